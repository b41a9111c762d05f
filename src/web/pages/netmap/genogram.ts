import type { FamilyView, PersonView } from './types';

/**
 * The genogram from the map's own records: generations come from the family links (a parent is one
 * generation up, a partner the same) and, for family members without links, from the relation in
 * the client's words ("oma", "zus", "dochter"). Words for the client's own parents, partner and
 * children also imply the link, so a small family needs no extra input. Pure, for unit tests.
 */

export const CLIENT_ID = 'client';

type Person = Pick<PersonView, 'id' | 'displayName' | 'relation' | 'gender' | 'deceased' | 'sector'>;

export interface GenoNode {
  id: string;
  name: string;
  relation: string;
  gender: PersonView['gender'];
  deceased: boolean;
  isClient: boolean;
  generation: number;
  x: number;
  y: number;
}

export interface Genogram {
  nodes: GenoNode[];
  couples: { a: string; b: string; ex: boolean }[];
  /** Each child with their known parents (one or two). */
  children: { child: string; parents: string[] }[];
  generations: number[];
  /** Family members the genogram cannot place: no link and no relation word it knows. */
  unplaced: Person[];
  width: number;
  height: number;
}

/** Relation words and their generation relative to the client; longer words first so "grootmoeder" is not "moeder". */
const WORDS: readonly (readonly [RegExp, number, 'parent' | 'child' | 'partner' | 'ex' | 'sibling' | null])[] = [
  [/\b(overgroot\w*|betovergroot\w*)/, -2, null],
  [/\b(oma|opa|grootmoeder|grootvader|grootouder\w*|grandmother|grandfather|grandma|grandpa)\b/, -2, null],
  [/\b(klein(zoon|dochter|kind\w*)|grandson|granddaughter|grandchild\w*)\b/, 2, null],
  [/\b(schoon(moeder|vader|ouder\w*)|mother-in-law|father-in-law)\b/, -1, null],
  [/\b(schoon(zoon|dochter)|son-in-law|daughter-in-law)\b/, 1, null],
  [/\b(schoon(zus|broer)|zwager|brother-in-law|sister-in-law)\b/, 0, null],
  [/\b(ex|ex-partner|ex-man|ex-vrouw)\b/, 0, 'ex'],
  [/\b(stief|pleeg)?(moeder|vader|mama|papa|ma|pa|ouder|mother|father|mum|mom|dad|parent)\b/, -1, 'parent'],
  [/\b(tante|oom|aunt|uncle)\b/, -1, null],
  [/\b(stief|pleeg)?(zoon|dochter|kind|son|daughter|child)\b/, 1, 'child'],
  [/\b(partner|echtgeno(o)?t(e)?|vrouw|man|husband|wife)\b/, 0, 'partner'],
  [/\b(halfzus|halfbroer|zus|zuster|broer|sister|brother|tweeling\w*)\b/, 0, 'sibling'],
  [/\b(neef|nicht|cousin)\b/, 0, null],
];

function byWord(relation: string): { generation: number; tie: 'parent' | 'child' | 'partner' | 'ex' | 'sibling' | null } | null {
  const r = relation.toLocaleLowerCase('nl');
  for (const [re, generation, tie] of WORDS) if (re.test(r)) return { generation, tie };
  return null;
}

const H_GAP = 130;
const V_GAP = 130;
const MARGIN = 70;

export function buildGenogram(persons: readonly Person[], family: readonly FamilyView[], clientName: string): Genogram {
  const idOf = (v: string | null) => v ?? CLIENT_ID;
  const byId = new Map(persons.map((p) => [p.id, p]));
  const linked = new Set(family.flatMap((l) => [idOf(l.fromPersonId), idOf(l.toPersonId)]));

  const couples: Genogram['couples'] = family.filter((l) => l.kind !== 'ouder-van').map((l) => ({ a: idOf(l.fromPersonId), b: idOf(l.toPersonId), ex: l.kind === 'ex-partner' }));
  const parentsOf = new Map<string, Set<string>>();
  const addParent = (child: string, parent: string) => parentsOf.set(child, new Set([...(parentsOf.get(child) ?? []), parent]));
  for (const l of family) if (l.kind === 'ouder-van') addParent(idOf(l.toPersonId), idOf(l.fromPersonId));

  // Implied links from the words, only for people without links of their own.
  const words = new Map<string, ReturnType<typeof byWord>>();
  // Only family: a "buurvrouw" or "vriendin van vroeger" is no relative, whatever the words say.
  for (const p of persons) if (!linked.has(p.id) && p.sector === 'familie') words.set(p.id, byWord(p.relation));
  for (const [id, w] of words) {
    if (w?.tie === 'parent') addParent(CLIENT_ID, id);
    if (w?.tie === 'child') addParent(id, CLIENT_ID);
    if (w?.tie === 'partner' || w?.tie === 'ex') couples.push({ a: CLIENT_ID, b: id, ex: w.tie === 'ex' });
  }
  const clientParents = [...(parentsOf.get(CLIENT_ID) ?? [])];
  for (const [id, w] of words) if (w?.tie === 'sibling') for (const parent of clientParents) addParent(id, parent);

  // Generations: walk the links from the client; then the words; then what is still unknown.
  const gen = new Map<string, number>([[CLIENT_ID, 0]]);
  const edges: [string, string, number][] = [
    ...couples.flatMap((c) => [[c.a, c.b, 0] as [string, string, number], [c.b, c.a, 0] as [string, string, number]]),
    ...[...parentsOf].flatMap(([child, ps]) => [...ps].flatMap((p) => [[child, p, -1] as [string, string, number], [p, child, 1] as [string, string, number]])),
  ];
  const walk = () => {
    for (let changed = true; changed; ) {
      changed = false;
      for (const [from, to, d] of edges) {
        const g = gen.get(from);
        if (g !== undefined && !gen.has(to)) {
          gen.set(to, g + d);
          changed = true;
        }
      }
    }
  };
  walk();
  for (const [id, w] of words) if (w && !gen.has(id)) gen.set(id, w.generation);
  walk();

  const inGenogram = (p: Person) => gen.has(p.id) && (p.sector === 'familie' || linked.has(p.id));
  const placed = persons.filter(inGenogram);
  const unplaced = persons.filter((p) => p.sector === 'familie' && !inGenogram(p));
  const generations = [...new Set([0, ...placed.map((p) => gen.get(p.id) ?? 0)])].sort((a, b) => a - b);

  // Order within a row: the client's parents and the client in the middle, partners next to each other.
  const rank = (id: string): number => {
    if (id === CLIENT_ID) return 0;
    if (clientParents.includes(id)) return clientParents.indexOf(id) - 0.5;
    const partnerOfClient = couples.some((c) => (c.a === CLIENT_ID && c.b === id) || (c.b === CLIENT_ID && c.a === id));
    if (partnerOfClient) return 1;
    const ps = [...(parentsOf.get(id) ?? [])];
    if (ps.includes(CLIENT_ID)) return 0.5;
    const w = words.get(id);
    return w?.tie === 'sibling' || ps.some((p) => clientParents.includes(p)) ? -1 : 2;
  };
  const rows = generations.map((g) => {
    const ids = [...(g === 0 ? [CLIENT_ID] : []), ...placed.filter((p) => gen.get(p.id) === g).map((p) => p.id)];
    return ids.sort((a, b) => rank(a) - rank(b) || (byId.get(a)?.displayName ?? '').localeCompare(byId.get(b)?.displayName ?? '', 'nl') || a.localeCompare(b));
  });
  const widest = Math.max(1, ...rows.map((r) => r.length));
  const width = MARGIN * 2 + (widest - 1) * H_GAP;
  const nodes: GenoNode[] = rows.flatMap((ids, row) => {
    const offset = MARGIN + ((widest - ids.length) * H_GAP) / 2;
    return ids.map((id, i) => {
      const p = byId.get(id);
      return {
        id,
        name: p?.displayName ?? clientName,
        relation: p?.relation ?? '',
        gender: p?.gender ?? null,
        deceased: p?.deceased ?? false,
        isClient: id === CLIENT_ID,
        generation: generations[row] ?? 0,
        x: offset + i * H_GAP,
        y: MARGIN + row * V_GAP,
      };
    });
  });
  const shown = new Set(nodes.map((n) => n.id));
  return {
    nodes,
    couples: couples.filter((c) => shown.has(c.a) && shown.has(c.b)),
    children: [...parentsOf].filter(([child]) => shown.has(child)).map(([child, ps]) => ({ child, parents: [...ps].filter((p) => shown.has(p)) })).filter((c) => c.parents.length > 0),
    generations,
    unplaced,
    width,
    height: MARGIN * 2 + (generations.length - 1) * V_GAP + 40,
  };
}
