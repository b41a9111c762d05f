import type { Messages } from '../../platform/errors.js';
import { isOverloaded } from '../plan/service.js';
import type { ClientRelation } from '../clients/schema.js';
import { QUALITIES, SECTORS, SUPPORT_FUNCTIONS, type Closeness, type PersonStatus, type Quality, type Sector, type SupportFunction } from './schema.js';

/** A person on the map, as far as the analysis needs it. */
export interface AnalysisPerson {
  id: string;
  displayName: string;
  relation: string;
  sector: Sector;
  closeness: Closeness;
  quality: Quality;
  supportGiven: readonly SupportFunction[];
  supportReceived: readonly SupportFunction[];
  paid: boolean;
  status: PersonStatus;
  deceased: boolean;
  linkId: string | null;
}

/** Running plan tasks (asked or accepted) per circle member, from the plan. */
export interface TaskCarrier {
  linkId: string;
  name: string;
  relation: ClientRelation;
  carries: number;
}
export interface TaskPart {
  total: number;
  clientCarries: number;
  carriers: readonly TaskCarrier[];
}

export type FlagKind = 'overbelast-taken' | 'overbelast-steun' | 'wil-herstellen' | 'vooral-betaald' | 'klein-netwerk';
export type Balance = 'geen' | 'ontvangt-vooral' | 'in-evenwicht' | 'geeft-vooral';

export interface Flag {
  kind: FlagKind;
  personId: string | null;
  linkId: string | null;
  name: string | null;
}

export interface Analysis {
  onMap: number;
  size: number;
  lostContact: number;
  sectors: { sector: Sector; count: number }[];
  sectorsCovered: number;
  missingSectors: Sector[];
  paid: { paid: number; unpaid: number; mostlyPaid: boolean };
  reciprocity: { given: number; received: number; balance: Balance };
  functions: { fn: SupportFunction; givers: number }[];
  qualities: { quality: Quality; count: number }[];
  supportLoad: { total: number; top: { personId: string; name: string; gives: number; overloaded: boolean } | null };
  tasks: { total: number; clientCarries: number; carriers: (TaskCarrier & { personId: string | null; overloaded: boolean })[] } | null;
  restore: { personId: string; name: string; relation: string; sector: Sector }[];
  flags: Flag[];
  sentences: Sentence[];
}

/** A sentence of the analysis; `warn` marks a risk the page shows as a warning. */
export type Sentence = Messages & { warn: boolean };

/** Below this many people a network is small (report 004: "vaak toch een hele kleine netwerkcirkel"). */
export const SMALL_NETWORK = 5;
/** Only the client's own network can be overloaded by tasks; professionals and volunteers have their own caps. */
const NETWORK_RELATIONS: readonly ClientRelation[] = ['naaste', 'vertegenwoordiger'];

/** Someone counts as part of the network now unless the contact is lost (or they died). */
const isCurrent = (p: AnalysisPerson) => !p.deceased && p.status !== 'contact-kwijt' && p.status !== 'wil-herstellen';

/**
 * Reciprocity in the unpaid network: the support functions people give the client against those the
 * client gives back. Paid helpers are left out: nobody expects the client to support their wijkcoach.
 */
export function balanceOf(given: number, received: number): Balance {
  if (given + received === 0) return 'geen';
  if (received * 2 < given) return 'ontvangt-vooral';
  if (given * 2 < received) return 'geeft-vooral';
  return 'in-evenwicht';
}

export function analyse(people: readonly AnalysisPerson[], tasks: TaskPart | null): Analysis {
  const living = people.filter((p) => !p.deceased);
  const current = living.filter(isCurrent);
  const unpaid = current.filter((p) => !p.paid);
  const sectors = SECTORS.map((sector) => ({ sector, count: current.filter((p) => p.sector === sector).length }));
  const paidCount = current.length - unpaid.length;

  const given = unpaid.reduce((n, p) => n + p.supportGiven.length, 0);
  const received = unpaid.reduce((n, p) => n + p.supportReceived.length, 0);

  // Load concentration on support: the unpaid person giving most functions, against all given.
  const top = [...unpaid].sort((a, b) => b.supportGiven.length - a.supportGiven.length || a.displayName.localeCompare(b.displayName, 'nl'))[0];
  const supportTop = top && top.supportGiven.length > 0 ? { personId: top.id, name: top.displayName, gives: top.supportGiven.length, overloaded: isOverloaded(top.supportGiven.length, given) } : null;

  const personOfLink = new Map(living.filter((p) => p.linkId).map((p) => [p.linkId!, p]));
  const taskView = tasks
    ? {
        total: tasks.total,
        clientCarries: tasks.clientCarries,
        carriers: [...tasks.carriers]
          .filter((c) => c.carries > 0)
          .sort((a, b) => b.carries - a.carries || a.name.localeCompare(b.name, 'nl'))
          .map((c) => ({ ...c, personId: personOfLink.get(c.linkId)?.id ?? null, overloaded: NETWORK_RELATIONS.includes(c.relation) && isOverloaded(c.carries, tasks.total) })),
      }
    : null;

  const restore = living.filter((p) => p.status === 'wil-herstellen').map((p) => ({ personId: p.id, name: p.displayName, relation: p.relation, sector: p.sector }));

  const flags: Flag[] = [];
  for (const c of taskView?.carriers ?? []) if (c.overloaded) flags.push({ kind: 'overbelast-taken', personId: c.personId, linkId: c.linkId, name: c.name });
  if (supportTop?.overloaded) flags.push({ kind: 'overbelast-steun', personId: supportTop.personId, linkId: top?.linkId ?? null, name: supportTop.name });
  for (const r of restore) flags.push({ kind: 'wil-herstellen', personId: r.personId, linkId: null, name: r.name });
  const mostlyPaid = current.length > 0 && paidCount * 2 > current.length;
  if (mostlyPaid) flags.push({ kind: 'vooral-betaald', personId: null, linkId: null, name: null });
  if (current.length > 0 && current.length < SMALL_NETWORK) flags.push({ kind: 'klein-netwerk', personId: null, linkId: null, name: null });

  const analysis: Analysis = {
    onMap: living.length,
    size: current.length,
    lostContact: living.filter((p) => p.status === 'contact-kwijt').length,
    sectors,
    sectorsCovered: sectors.filter((s) => s.count > 0).length,
    missingSectors: sectors.filter((s) => s.count === 0).map((s) => s.sector),
    paid: { paid: paidCount, unpaid: unpaid.length, mostlyPaid },
    reciprocity: { given, received, balance: balanceOf(given, received) },
    functions: SUPPORT_FUNCTIONS.map((fn) => ({ fn, givers: current.filter((p) => p.supportGiven.includes(fn)).length })),
    qualities: QUALITIES.map((quality) => ({ quality, count: current.filter((p) => p.quality === quality).length })),
    supportLoad: { total: given, top: supportTop },
    tasks: taskView,
    restore,
    flags,
    sentences: [],
  };
  analysis.sentences = sentencesFor(analysis);
  return analysis;
}

const SECTOR_WORDS: Record<Sector, Messages> = {
  familie: { nl: 'familie', en: 'family' },
  vrienden: { nl: 'vrienden', en: 'friends' },
  buurt: { nl: 'buurt', en: 'neighbourhood' },
  'school-werk': { nl: 'school of werk', en: 'school or work' },
  'vrije-tijd': { nl: 'vrije tijd', en: 'leisure' },
  zorg: { nl: 'zorg en hulp', en: 'care and support' },
};
const FUNCTION_WORDS: Record<SupportFunction, Messages> = {
  emotioneel: { nl: 'een luisterend oor', en: 'a listening ear' },
  praktisch: { nl: 'praktische hulp', en: 'practical help' },
  informatie: { nl: 'informatie en advies', en: 'information and advice' },
  gezelschap: { nl: 'gezelschap', en: 'company' },
  begeleiding: { nl: 'begeleiding', en: 'guidance' },
  belangen: { nl: 'opkomen voor je belangen', en: 'standing up for your interests' },
};

const list = (items: readonly string[], and: string) => (items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} ${and} ${items[items.length - 1]}`);
const people = (n: number, nl: [string, string], en: [string, string]): Messages => ({ nl: n === 1 ? nl[0] : nl[1], en: n === 1 ? en[0] : en[1] });

/** The analysis in plain sentences (B1), in both languages; the page shows them above the charts. */
export function sentencesFor(a: Analysis): Sentence[] {
  const info: Messages[] = [];
  const warn: Messages[] = [];
  if (a.onMap === 0) {
    info.push({ nl: 'Er staat nog niemand op de netwerkkaart. Begin met de netwerkintake: wie neem je mee?', en: 'Nobody is on the network map yet. Start with the network intake: who do you bring along?' });
  } else {
    const n = people(a.size, ['persoon hoort', 'mensen horen'], ['person belongs', 'people belong']);
    info.push({ nl: `${a.size} ${n.nl} nu bij het netwerk.`, en: `${a.size} ${n.en} to the network now.` });
    if (a.size > 0 && a.size < SMALL_NETWORK) info.push({ nl: 'Dat is een klein netwerk.', en: 'That is a small network.' });
    if (a.size > 0) {
      info.push({ nl: `Ze komen uit ${a.sectorsCovered} van de ${SECTORS.length} levensgebieden.`, en: `They come from ${a.sectorsCovered} of the ${SECTORS.length} areas of life.` });
      if (a.missingSectors.length > 0) {
        info.push({
          nl: `Nog niemand bij: ${list(a.missingSectors.map((s) => SECTOR_WORDS[s].nl), 'en')}.`,
          en: `Nobody yet in: ${list(a.missingSectors.map((s) => SECTOR_WORDS[s].en), 'and')}.`,
        });
      }
    }
  }
  if (a.size > 0 && a.paid.paid > 0) {
    const lead = a.paid.mostlyPaid ? { nl: 'Vooral professionals om je heen: ', en: 'Mostly professionals around you: ' } : { nl: '', en: '' };
    info.push({
      nl: `${lead.nl}${a.paid.paid} van de ${a.size} mensen ${a.paid.paid === 1 ? 'krijgt' : 'krijgen'} betaald voor hun hulp.`,
      en: `${lead.en}${a.paid.paid} of the ${a.size} people ${a.paid.paid === 1 ? 'is' : 'are'} paid for their help.`,
    });
  }
  const { given, received, balance } = a.reciprocity;
  if (balance === 'ontvangt-vooral') info.push({ nl: `Je krijgt vooral steun: ${given} keer krijgen en ${received} keer geven.`, en: `You mostly receive support: ${given} times receiving and ${received} times giving.` });
  if (balance === 'geeft-vooral') info.push({ nl: `Je geeft vooral steun: ${received} keer geven en ${given} keer krijgen.`, en: `You mostly give support: ${received} times giving and ${given} times receiving.` });
  if (balance === 'in-evenwicht') info.push({ nl: `Geven en krijgen zijn in evenwicht: ${given} keer krijgen en ${received} keer geven.`, en: `Giving and receiving are in balance: ${given} times receiving and ${received} times giving.` });
  const missing = a.size > 0 ? a.functions.filter((f) => f.givers === 0).map((f) => f.fn) : [];
  if (missing.length > 0 && missing.length < SUPPORT_FUNCTIONS.length) {
    info.push({ nl: `Niemand geeft nu ${list(missing.map((f) => FUNCTION_WORDS[f].nl), 'of')}.`, en: `Nobody gives ${list(missing.map((f) => FUNCTION_WORDS[f].en), 'or')} now.` });
  }
  for (const c of a.tasks?.carriers ?? []) {
    if (!c.overloaded) continue;
    warn.push({
      nl: `Let op: ${c.name} doet ${c.carries} van de ${a.tasks!.total} taken in het plan. Dat is veel voor één persoon. Vraag of het niet te veel wordt.`,
      en: `Take care: ${c.name} does ${c.carries} of the ${a.tasks!.total} tasks in the plan. That is a lot for one person. Ask whether it is becoming too much.`,
    });
  }
  if (a.supportLoad.top?.overloaded) {
    const t = a.supportLoad.top;
    warn.push({
      nl: `Let op: ${t.name} geeft ${t.gives} van de ${a.supportLoad.total} soorten steun. Dat is veel voor één persoon.`,
      en: `Take care: ${t.name} gives ${t.gives} of the ${a.supportLoad.total} kinds of support. That is a lot for one person.`,
    });
  }
  if (a.restore.length > 0) {
    const n = people(a.restore.length, ['persoon', 'mensen'], ['person', 'people']);
    const names = a.restore.map((r) => r.name);
    info.push({ nl: `${a.restore.length} ${n.nl} om weer contact mee te zoeken: ${list(names, 'en')}.`, en: `${a.restore.length} ${n.en} to get back in touch with: ${list(names, 'and')}.` });
  }
  if (a.tasks === null) info.push({ nl: 'De taken uit het plan tellen hier niet mee: je kunt het plan niet zien.', en: 'Tasks from the plan are not counted here: you cannot see the plan.' });
  return [...warn.map((m) => ({ ...m, warn: true })), ...info.map((m) => ({ ...m, warn: false }))];
}
