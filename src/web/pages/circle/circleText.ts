import type { TFunction } from 'i18next';
import {
  ACCESS_LEVELS,
  INFORMATION_CATEGORIES,
  type AccessLevel,
  type Cells,
  type CircleMember,
  type CircleView,
  type DeciderParty,
  type InformationCategory,
} from '../../api/circle-types';
import type { Locale } from '../../api/types';

export const CATEGORIES = INFORMATION_CATEGORIES;
export const LEVELS = ACCESS_LEVELS;

/** Strongest first: the order in which sentences name the levels. */
const LEVELS_STRONG_FIRST: readonly AccessLevel[] = ['contribute', 'read', 'none'];

const isLevel = (v: unknown): v is AccessLevel => typeof v === 'string' && (ACCESS_LEVELS as readonly string[]).includes(v);

/** Cells from an untyped history detail, or null when they are not complete. */
export function asCells(v: unknown): Cells | null {
  if (typeof v !== 'object' || v === null) return null;
  const r = v as Record<string, unknown>;
  if (!CATEGORIES.every((c) => isLevel(r[c]))) return null;
  return Object.fromEntries(CATEGORIES.map((c) => [c, r[c]])) as Cells;
}

export const isCategory = (v: unknown): v is InformationCategory => typeof v === 'string' && (CATEGORIES as readonly string[]).includes(v);

/**
 * The calendar day (yyyy-mm-dd) an access end date stands for. The server stores a chosen day as its
 * last second in Dutch winter time (23:59:59+01:00), so the day is read in that same offset.
 */
export function endDateOf(iso: string): string {
  const ms = Date.parse(iso);
  if (Number.isNaN(ms)) return iso.slice(0, 10);
  return new Date(ms + 3_600_000).toISOString().slice(0, 10);
}

/** "Anna, Bas en Cem". */
export function joinNames(names: readonly string[], locale: Locale): string {
  if (names.length <= 1) return names[0] ?? '';
  return new Intl.ListFormat(locale === 'en' ? 'en-GB' : 'nl-NL', { style: 'long', type: 'conjunction' }).format(names);
}

/** The categories at one level, in their fixed order. */
export function categoriesAt(cells: Cells, level: AccessLevel): InformationCategory[] {
  return CATEGORIES.filter((c) => cells[c] === level);
}

/**
 * Cells as one short phrase: "bekijken en aanvullen: netwerk, plan; bekijken: basisgegevens".
 * Nothing granted: "niets".
 */
export function cellsSummary(cells: Cells, t: TFunction, locale: Locale): string {
  const parts = LEVELS_STRONG_FIRST.filter((l) => l !== 'none')
    .map((level) => ({ level, cats: categoriesAt(cells, level) }))
    .filter((p) => p.cats.length > 0)
    .map((p) =>
      t('circle.summary.part', {
        level: t(`circle.levelInSentence.${p.level}`),
        categories: joinNames(
          p.cats.map((c) => t(`circle.categoryInSentence.${c}`)),
          locale,
        ),
      }),
    );
  return parts.length > 0 ? parts.join('; ') : t('circle.summary.nothing');
}

/** What changed between two sets of cells: "basisgegevens: nu niet (was: bekijken)". */
export function cellChanges(from: Cells, to: Cells, t: TFunction): string[] {
  return CATEGORIES.filter((c) => from[c] !== to[c]).map((c) =>
    t('circle.summary.change', {
      category: t(`circle.categoryInSentence.${c}`),
      level: t(`circle.levelInSentence.${to[c]}`),
      was: t(`circle.levelInSentence.${from[c]}`),
    }),
  );
}

/** The people a decision waits for, by name where the circle knows them: "Kim Hofman", "Sandra of Erik". */
export function partyNames(parties: readonly DeciderParty[], view: Pick<CircleView, 'client' | 'deciders'>, t: TFunction, locale: Locale): string[] {
  return parties.map((p) => {
    if (p === 'client') return `${view.client.firstName} ${view.client.lastName}`;
    const reps = view.deciders.filter((d) => d.as === 'vertegenwoordiger').map((d) => d.name);
    if (reps.length === 0) return t('circle.party.vertegenwoordiger');
    return new Intl.ListFormat(locale === 'en' ? 'en-GB' : 'nl-NL', { style: 'long', type: 'disjunction' }).format(reps);
  });
}

/**
 * Who decides, in plain words:
 * "Kim beslist zelf wie wat mag zien." / "Milan (14) en Sandra beslissen samen. …" /
 * "Jayden is jonger dan 12. Daarom beslist Kim." / "Marijke kan nu niet zelf beslissen. Daarom beslist Hans."
 */
export function ruleSentences(view: CircleView, t: TFunction, locale: Locale): string[] {
  const name = view.client.firstName;
  const reps = view.deciders.filter((d) => d.as === 'vertegenwoordiger').map((d) => d.name);
  const iAmClient = view.me.relation === 'self';
  const iDecide = view.me.decidesAs !== null;
  const out: string[] = [];
  if (view.rule === 'client') {
    out.push(iAmClient ? t('circle.rule.clientSelf') : t('circle.rule.client', { name }));
    if (!view.client.hasAccount) out.push(t('circle.rule.noAccount', { name }));
    return out;
  }
  if (reps.length === 0) {
    out.push(view.rule === 'both' ? t('circle.rule.bothNoRep', { name, age: view.client.age }) : view.client.age < 12 ? t('circle.rule.youngNoRep', { name }) : t('circle.rule.unableNoRep', { name }));
    return out;
  }
  if (view.rule === 'both') {
    out.push(
      iAmClient
        ? t('circle.rule.bothSelf', { all: joinNames([t('circle.rule.you'), ...reps], locale) })
        : t('circle.rule.both', { all: joinNames([`${name} (${view.client.age})`, ...reps], locale) }),
    );
    out.push(t('circle.rule.bothNeeds'));
    out.push(iDecide ? t('circle.rule.bothStopYou') : t('circle.rule.bothStop'));
    if (!view.client.hasAccount) out.push(t('circle.rule.noAccount', { name }));
    return out;
  }
  const others = joinNames(reps, locale);
  out.push(view.client.age < 12 ? t('circle.rule.young', { name, others, count: reps.length }) : t('circle.rule.unable', { name, others, count: reps.length }));
  return out;
}

/** Members by relation, in the order the page shows them. */
export const GROUPS = ['vertegenwoordiger', 'naaste', 'vrijwilliger', 'professional'] as const;

export function memberGroups(members: readonly CircleMember[]): { relation: (typeof GROUPS)[number]; members: CircleMember[] }[] {
  return GROUPS.map((relation) => ({ relation, members: members.filter((m) => m.relation === relation) })).filter((g) => g.members.length > 0);
}

/** "Jessica Hofman (zus)" or "Sanne de Wit (wijkcoach, Wijkteam Beekdal)". */
export function memberLabel(m: Pick<CircleMember, 'name' | 'label' | 'organisationName'>): string {
  const extra = [m.label, m.organisationName].filter(Boolean).join(', ');
  return extra ? `${m.name} (${extra})` : m.name;
}
