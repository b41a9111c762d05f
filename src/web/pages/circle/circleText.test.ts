import i18next from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { PRESET_CELLS, type Cells, type CircleView, type HistoryEntry } from '../../api/circle-types';
import en from '../../i18n/en.json';
import nl from '../../i18n/nl.json';
import circleEn from '../../i18n/areas/circle.en.json';
import circleNl from '../../i18n/areas/circle.nl.json';
import { cellsSummary, endDateOf, partyNames, ruleSentences } from './circleText';
import { historySentence, previousCellsByEntry } from './historySentence';

const i18n = i18next.createInstance();
beforeAll(async () => {
  await i18n.init({
    resources: { nl: { translation: { ...nl, ...circleNl } }, en: { translation: { ...en, ...circleEn } } },
    lng: 'nl',
    interpolation: { escapeValue: false },
    showSupportNotice: false,
  });
});

const none: Cells = { basis: 'none', netwerk: 'none', plan: 'none', agenda: 'none', logboek: 'none', rapportage: 'none', gevoelig: 'none', documenten: 'none' };

function view(over: Partial<CircleView> & { age?: number; relation?: CircleView['me']['relation']; decidesAs?: CircleView['me']['decidesAs'] } = {}): CircleView {
  const { age = 34, relation = 'professional', decidesAs = null, ...rest } = over;
  return {
    client: { id: 'c1', firstName: 'Kim', lastName: 'Hofman', age, hasAccount: true },
    circle: { createdAt: '2026-01-01T10:00:00Z', regisseur: null },
    rule: 'client',
    deciders: [{ userId: 'u-kim', name: 'Kim Hofman', as: 'client' }],
    me: { relation, decidesAs, linkId: null, canPropose: relation === 'professional' },
    members: [],
    pending: [],
    ...rest,
  };
}

describe('who decides, in plain words', () => {
  it('says the client decides, or "you" to the client', () => {
    const t = i18n.getFixedT('nl');
    expect(ruleSentences(view(), t, 'nl')).toEqual(['Kim beslist zelf wie wat mag zien.']);
    expect(ruleSentences(view({ relation: 'self', decidesAs: 'client' }), t, 'nl')).toEqual(['Jij beslist zelf wie wat mag zien.']);
  });

  it('explains two deciders for 12 to 15, and that stopping needs only one', () => {
    const t = i18n.getFixedT('nl');
    const v = view({
      age: 14,
      rule: 'both',
      client: { id: 'c2', firstName: 'Milan', lastName: 'de Vries', age: 14, hasAccount: true },
      deciders: [
        { userId: 'm', name: 'Milan de Vries', as: 'client' },
        { userId: 's', name: 'Sandra de Vries', as: 'vertegenwoordiger' },
        { userId: 'e', name: 'Erik de Vries', as: 'vertegenwoordiger' },
      ],
    });
    expect(ruleSentences(v, t, 'nl')).toEqual([
      'Milan (14), Sandra de Vries en Erik de Vries beslissen samen.',
      'Wie toegang wil geven, heeft beiden nodig.',
      'Toegang stoppen kan één van hen alleen.',
    ]);
  });

  it('names the representative for a young child and for someone who cannot decide', () => {
    const t = i18n.getFixedT('nl');
    const young = view({ rule: 'representative', client: { id: 'c3', firstName: 'Jayden', lastName: 'Hofman', age: 9, hasAccount: false }, deciders: [{ userId: 'k', name: 'Kim Hofman', as: 'vertegenwoordiger' }] });
    expect(ruleSentences(young, t, 'nl')).toEqual(['Jayden is jonger dan 12. Daarom beslist Kim Hofman.']);
    const unable = view({ rule: 'representative', client: { id: 'c4', firstName: 'Marijke', lastName: 'Hoogkamp', age: 58, hasAccount: false }, deciders: [{ userId: 'h', name: 'Hans Hoogkamp', as: 'vertegenwoordiger' }] });
    expect(ruleSentences(unable, t, 'nl')).toEqual(['Marijke kan nu niet zelf beslissen. Daarom beslist Hans Hoogkamp.']);
  });

  it('names whom a decision waits for', () => {
    const t = i18n.getFixedT('nl');
    const v = view({ deciders: [{ userId: 's', name: 'Sandra', as: 'vertegenwoordiger' }, { userId: 'e', name: 'Erik', as: 'vertegenwoordiger' }] });
    expect(partyNames(['client', 'vertegenwoordiger'], v, t, 'nl')).toEqual(['Kim Hofman', 'Sandra of Erik']);
  });
});

describe('cells in words', () => {
  it('lists the strongest level first', () => {
    const t = i18n.getFixedT('nl');
    expect(cellsSummary(PRESET_CELLS.buitenkring, t, 'nl')).toBe('bekijken: basisgegevens, plan, agenda en logboek');
    expect(cellsSummary({ ...none, plan: 'contribute', basis: 'read' }, t, 'nl')).toBe('bekijken en aanvullen: plan; bekijken: basisgegevens');
    expect(cellsSummary(none, t, 'nl')).toBe('niets');
  });

  it('reads an end date as the day the server stored', () => {
    expect(endDateOf('2026-07-31T22:59:59.000Z')).toBe('2026-07-31');
    expect(endDateOf('2026-01-31T22:59:59.000Z')).toBe('2026-01-31');
  });
});

describe('history sentences', () => {
  const entry = (over: Partial<HistoryEntry>): HistoryEntry => ({
    id: 'e1',
    occurredAt: '2026-03-03T13:05:00Z',
    kind: 'consent-applied',
    actorLabel: 'Kim Hofman',
    subjectLabel: 'Jessica Hofman (zus)',
    details: {},
    ...over,
  });

  it('says who gave whom which access, and later what changed', () => {
    const t = i18n.getFixedT('nl');
    const first = entry({ id: 'a', occurredAt: '2026-01-01T10:00:00Z', details: { cells: PRESET_CELLS.binnenkring } });
    const second = entry({ id: 'b', details: { cells: { ...PRESET_CELLS.binnenkring, basis: 'none' } } });
    const before = previousCellsByEntry([second, first]);
    expect(historySentence(first, before.get('a') ?? null, t, 'nl')).toBe(
      'Kim Hofman gaf Jessica Hofman (zus) toegang: bekijken en aanvullen: netwerk, plan, agenda en logboek; bekijken: basisgegevens en documenten.',
    );
    expect(historySentence(second, before.get('b') ?? null, t, 'nl')).toBe('Kim Hofman veranderde de toegang van Jessica Hofman (zus): basisgegevens nu niet (was: bekijken).');
  });

  it('has a sentence for removal, leaving, lapsing and unknown kinds', () => {
    const t = i18n.getFixedT('nl');
    expect(historySentence(entry({ kind: 'member-removed' }), null, t, 'nl')).toBe('Kim Hofman haalde Jessica Hofman (zus) uit de kring.');
    expect(historySentence(entry({ kind: 'member-removed', actorLabel: 'Jessica Hofman' }), null, t, 'nl')).toBe('Jessica Hofman (zus) stapte uit de kring.');
    expect(historySentence(entry({ kind: 'access-lapsed', actorLabel: 'Samenspel', details: { categories: ['plan', 'agenda'] } }), null, t, 'nl')).toBe(
      'De toegang van Jessica Hofman (zus) tot plan en agenda is gestopt op de einddatum.',
    );
    expect(historySentence(entry({ kind: 'iets-nieuws' }), null, t, 'nl')).toBe('Kim Hofman: iets-nieuws.');
  });

  it('has an English version', () => {
    const t = i18n.getFixedT('en');
    expect(historySentence(entry({ kind: 'member-added' }), null, t, 'en')).toBe('Kim Hofman added Jessica Hofman (zus) to the circle.');
  });
});
