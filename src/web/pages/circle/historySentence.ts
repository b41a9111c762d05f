import type { TFunction } from 'i18next';
import type { Cells, HistoryEntry } from '../../api/circle-types';
import type { Locale } from '../../api/types';
import { formatCalendarDate } from '../../lib/format';
import { asCells, cellChanges, cellsSummary, endDateOf, isCategory, joinNames } from './circleText';

const allNone = (cells: Cells): boolean => Object.values(cells).every((l) => l === 'none');

const str = (v: unknown): string | null => (typeof v === 'string' && v !== '' ? v : null);

/** A day from a history detail (yyyy-mm-dd or an ISO moment) as "3 maart 2026". */
function day(v: unknown, locale: Locale): string | null {
  const s = str(v);
  if (!s) return null;
  return formatCalendarDate(/^\d{4}-\d{2}-\d{2}$/.test(s) ? s : endDateOf(s), locale);
}

function categoryList(v: unknown, t: TFunction, locale: Locale): string {
  const cats = Array.isArray(v) ? v.filter(isCategory) : [];
  return cats.length > 0 ? joinNames(cats.map((c) => t(`circle.categoryInSentence.${c}`)), locale) : t('circle.history.someData');
}

/**
 * For each "access applied" entry: the cells that applied before, for the same person (entries are
 * newest first). With them the sentence can say what changed instead of listing everything again.
 */
export function previousCellsByEntry(entries: readonly HistoryEntry[]): Map<string, Cells | null> {
  const out = new Map<string, Cells | null>();
  entries.forEach((e, i) => {
    if (e.kind !== 'consent-applied') return;
    let before: Cells | null = null;
    for (const older of entries.slice(i + 1)) {
      if (older.subjectLabel !== e.subjectLabel) continue;
      if (older.kind === 'member-removed') break;
      if (older.kind === 'consent-applied') {
        before = asCells(older.details.cells);
        break;
      }
    }
    out.set(e.id, before);
  });
  return out;
}

/**
 * One event of a circle's history as a plain sentence, e.g.
 * "Kim Hofman gaf Jessica Hofman (zus) toegang: bekijken en aanvullen: netwerk, plan; bekijken: basisgegevens."
 * `before` is what the person could see before an "access applied" event, when known.
 */
export function historySentence(entry: HistoryEntry, before: Cells | null, t: TFunction, locale: Locale): string {
  const actor = entry.actorLabel;
  const subject = entry.subjectLabel ?? t('circle.history.someone');
  const d = entry.details;
  const until = day(d.expiresAt, locale);
  const untilText = until ? ` ${t('circle.history.until', { date: until })}` : '';
  switch (entry.kind) {
    case 'circle-created':
      return t('circle.history.circleCreated', { actor });
    case 'member-added':
      return t('circle.history.memberAdded', { actor, subject });
    case 'member-removed':
      return actor === subject || subject.startsWith(`${actor} (`)
        ? t('circle.history.memberLeft', { subject })
        : t('circle.history.memberRemoved', { actor, subject });
    case 'consent-proposed': {
      const cells = asCells(d.cells);
      const waiting = Array.isArray(d.waitingFor) ? d.waitingFor.filter((p): p is 'client' | 'vertegenwoordiger' => p === 'client' || p === 'vertegenwoordiger') : [];
      const names = waiting.map((p) => t(`circle.party.${p}`));
      const base = t('circle.history.proposed', { actor, subject, what: cells ? cellsSummary(cells, t, locale) : t('circle.history.someData') });
      return `${base}${untilText}${names.length ? ` ${t('circle.history.waitingFor', { names: joinNames(names, locale) })}` : ''}`;
    }
    case 'consent-confirmed':
      return t('circle.history.confirmed', { actor, subject });
    case 'consent-applied': {
      const cells = asCells(d.cells);
      if (!cells) return t('circle.history.appliedUnknown', { actor, subject });
      if (d.basis === 'aanmelding') return t('circle.history.registered', { subject });
      const confirmed = Array.isArray(d.confirmedBy)
        ? d.confirmedBy.map((c) => (typeof c === 'object' && c !== null ? str((c as Record<string, unknown>).label) : null)).filter((x): x is string => !!x)
        : [];
      const by = confirmed.length > 1 ? ` ${t('circle.history.approvedBy', { names: joinNames(confirmed, locale) })}` : '';
      if (allNone(cells)) return `${t('circle.history.allStopped', { actor, subject })}${by}`;
      if (before) {
        const changes = cellChanges(before, cells, t);
        if (changes.length > 0) return `${t('circle.history.changed', { actor, subject, changes: changes.join('; ') })}${untilText}${by}`;
        return `${t('circle.history.changedDate', { actor, subject })}${untilText || ` ${t('circle.history.noEnd')}`}${by}`;
      }
      return `${t('circle.history.granted', { actor, subject, what: cellsSummary(cells, t, locale) })}${untilText}${by}`;
    }
    case 'consent-rejected':
      return t('circle.history.rejected', { actor, subject });
    case 'access-lapsed':
      return t('circle.history.lapsed', { subject, categories: categoryList(d.categories, t, locale) });
    case 'regisseur-set':
      return t('circle.history.regisseur', { actor, subject });
    case 'refusal-recorded': {
      const date = day(d.reviewOn, locale);
      return `${t('circle.history.refusalRecorded', { actor, subject })}${date ? ` ${t('circle.history.reviewOn', { date })}` : ''}`;
    }
    case 'refusal-reviewed': {
      const date = day(d.reviewOn, locale);
      return `${t('circle.history.refusalReviewed', { actor, subject })}${date ? ` ${t('circle.history.reviewOn', { date })}` : ''}`;
    }
    case 'refusal-ended':
      return t('circle.history.refusalEnded', { actor, subject });
    case 'safety-exception':
      return t('circle.history.safetyException', { actor, categories: categoryList(d.categories, t, locale) });
    case 'safety-reviewed':
      return t(d.outcome === 'onterecht' ? 'circle.history.safetyReviewedWrong' : 'circle.history.safetyReviewed', { actor });
    case 'client-informed':
      return d.informed === false
        ? t('circle.history.clientNotInformed', { actor })
        : t('circle.history.clientInformed', { categories: categoryList(d.categories, t, locale) });
    case 'correction-requested':
      return t('circle.history.correctionRequested', { actor, category: isCategory(d.category) ? t(`circle.categoryInSentence.${d.category}`) : t('circle.history.someData') });
    case 'correction-resolved':
      return t(d.status === 'declined' ? 'circle.history.correctionDeclined' : 'circle.history.correctionDone', {
        actor,
        category: isCategory(d.category) ? t(`circle.categoryInSentence.${d.category}`) : t('circle.history.someData'),
      });
    case 'erasure-requested': {
      const date = day(d.executeAfter, locale);
      return `${t('circle.history.erasureRequested', { actor })}${date ? ` ${t('circle.history.erasureAfter', { date })}` : ''}`;
    }
    default:
      return t('circle.history.other', { actor, kind: entry.kind });
  }
}

