import i18next from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Suggestion, Task } from '../../api/plan-types';
import en from '../../i18n/en.json';
import nl from '../../i18n/nl.json';
import planEn from '../../i18n/areas/plan.en.json';
import planNl from '../../i18n/areas/plan.nl.json';
import {
  actionsFor,
  assigneeFromValue,
  assigneeValue,
  centsToField,
  firstName,
  goalsByDomain,
  parseEuros,
  personName,
  recurrenceWords,
  scoreText,
  sortTasks,
  statusText,
  suggestionWords,
  todayInNl,
  weeklyDayOf,
} from './planText';

const i18n = i18next.createInstance();
beforeAll(async () => {
  await i18n.init({
    resources: { nl: { translation: { ...nl, ...planNl } }, en: { translation: { ...en, ...planEn } } },
    lng: 'nl',
    interpolation: { escapeValue: false },
    showSupportNotice: false,
  });
});
const nlT = () => i18n.getFixedT('nl');

const suggestion = (over: Partial<Suggestion>): Suggestion => ({
  tier: 'network',
  assignee: { kind: 'member', linkId: 'l1' },
  label: 'Nel Naaste (buurvrouw)',
  carries: 0,
  total: 0,
  overloaded: false,
  reasons: ['own-network'],
  ...over,
});

const task = (over: Partial<Pick<Task, 'status' | 'assignee' | 'mine' | 'returnedFrom'>>) => ({
  status: 'asked' as const,
  assignee: { kind: 'member' as const, linkId: 'l1', label: 'Nel Naaste (buurvrouw)' },
  mine: false,
  returnedFrom: null,
  ...over,
});

describe('the natural order in words', () => {
  it('asks first whether the client can do it, then names the tier', () => {
    const t = nlT();
    expect(suggestionWords(suggestion({ tier: 'client', assignee: { kind: 'client' }, label: 'Cor Client', reasons: ['self-first'] }), t, false).reason).toBe('Eerst: kan Cor het zelf?');
    expect(suggestionWords(suggestion({ tier: 'client', assignee: { kind: 'client' }, label: 'Cor Client', reasons: ['self-first'] }), t, true).reason).toBe('Eerst: kun je het zelf?');
    expect(suggestionWords(suggestion({ reasons: ['own-network', 'lowest-load'] }), t, false).reason).toBe('Uit het eigen netwerk. Heeft nu de minste afspraken.');
    expect(suggestionWords(suggestion({ tier: 'volunteer', reasons: ['volunteer'] }), t, false).reason).toBe('Vrijwilliger.');
    expect(suggestionWords(suggestion({ tier: 'professional', reasons: ['professional'] }), t, false).reason).toBe('Professional.');
  });

  it('warns with the numbers when one person carries most agreements', () => {
    const words = suggestionWords(suggestion({ carries: 4, total: 5, overloaded: true }), nlT(), false);
    expect(words.warning).toBe(true);
    expect(words.load).toBe('Nel doet al 4 van de 5 afspraken — vraag iemand anders.');
  });

  it('says how much someone carries when not overloaded, and nothing when there are no agreements', () => {
    expect(suggestionWords(suggestion({ carries: 1, total: 3 }), nlT(), false)).toEqual({ reason: 'Uit het eigen netwerk.', load: 'Doet nu 1 van de 3 afspraken.', warning: false });
    expect(suggestionWords(suggestion({}), nlT(), false).load).toBeNull();
  });
});

describe('status of an agreement in words', () => {
  it('names who was asked, who does it, who said no, and what came back', () => {
    const t = nlT();
    expect(statusText(task({}), t)).toBe('Gevraagd aan Nel Naaste, wacht op antwoord');
    expect(statusText(task({ mine: true }), t)).toBe('Aan jou gevraagd, wacht op jouw antwoord');
    expect(statusText(task({ status: 'accepted' }), t)).toBe('Nel Naaste doet het');
    expect(statusText(task({ status: 'declined' }), t)).toBe('Nel Naaste zei nee. Vraag iemand anders.');
    expect(statusText(task({ status: 'returned', assignee: { kind: 'open', linkId: null, label: null }, returnedFrom: 'Nel Naaste (buurvrouw)' }), t)).toBe(
      'Terug bij de regisseur: Nel Naaste kan dit niet meer doen',
    );
    expect(statusText(task({ status: 'open', assignee: { kind: 'open', linkId: null, label: null } }), t)).toBe('Nog niemand gevraagd');
    expect(statusText(task({ status: 'done' }), i18n.getFixedT('en'))).toBe('Done');
  });

  it('puts what needs someone first and finished agreements last', () => {
    const order = sortTasks([{ status: 'done' }, { status: 'accepted' }, { status: 'returned' }, { status: 'asked' }, { status: 'declined' }] as const).map((x) => x.status);
    expect(order).toEqual(['returned', 'declined', 'asked', 'accepted', 'done']);
  });
});

describe('what the viewer can do with an agreement', () => {
  it('the person asked answers yes or no; once carrying they mark it done or give it back', () => {
    expect(actionsFor(task({ mine: true }), false)).toEqual(['accept', 'decline']);
    expect(actionsFor(task({ mine: true, status: 'accepted' }), false)).toEqual(['done', 'decline']);
    expect(actionsFor(task({ status: 'accepted' }), false)).toEqual([]);
  });

  it('someone who may change the plan marks done, stops, or restarts a finished agreement that has someone', () => {
    expect(actionsFor(task({ status: 'accepted' }), true)).toEqual(['done', 'stopped']);
    expect(actionsFor(task({ status: 'returned', assignee: { kind: 'open', linkId: null, label: null } }), true)).toEqual(['stopped']);
    expect(actionsFor(task({ status: 'done' }), true)).toEqual(['accepted']);
    expect(actionsFor(task({ status: 'stopped', assignee: { kind: 'open', linkId: null, label: null } }), true)).toEqual([]);
  });
});

describe('small conversions', () => {
  it('reads euros as written in Dutch or English and refuses other text', () => {
    expect(parseEuros('6')).toBe(600);
    expect(parseEuros('6,5')).toBe(650);
    expect(parseEuros('€ 12.05')).toBe(1205);
    expect(parseEuros(' ')).toBeNull();
    expect(parseEuros('zes')).toBe('invalid');
    expect(parseEuros('6,555')).toBe('invalid');
    expect(centsToField(650)).toBe('6,50');
    expect(centsToField(null)).toBe('');
  });

  it('words repeat rules and recognises a plain weekly day', () => {
    const t = nlT();
    expect(recurrenceWords('FREQ=WEEKLY;BYDAY=TU', t)).toBe('elke dinsdag');
    expect(recurrenceWords('FREQ=WEEKLY;BYDAY=MO,WE,FR', t)).toBe('elke maandag, woensdag en vrijdag');
    expect(recurrenceWords('FREQ=WEEKLY;INTERVAL=2;BYDAY=SA', t)).toBe('om de 2 weken op zaterdag');
    expect(recurrenceWords('FREQ=DAILY', t)).toBe('elke dag');
    expect(recurrenceWords(null, t)).toBeNull();
    expect(weeklyDayOf('FREQ=WEEKLY;BYDAY=TU')).toBe('TU');
    expect(weeklyDayOf('FREQ=WEEKLY;BYDAY=MO,TU')).toBeNull();
  });

  it('keeps the assignee through the radio value', () => {
    expect(assigneeFromValue(assigneeValue({ kind: 'member', linkId: 'abc' }))).toEqual({ kind: 'member', linkId: 'abc' });
    expect(assigneeFromValue('client')).toEqual({ kind: 'client' });
    expect(assigneeFromValue('member:')).toBeNull();
    expect(assigneeFromValue('')).toBeNull();
  });

  it('names, scores, domains and the Dutch calendar day', () => {
    expect(personName('Nel Naaste (buurvrouw)')).toBe('Nel Naaste');
    expect(firstName('Nel Naaste (buurvrouw)')).toBe('Nel');
    expect(scoreText({ scoreNow: 3, scoreTarget: 7 }, nlT())).toBe('Nu: 3 van 10. Doel: 7 van 10.');
    expect(scoreText({ scoreNow: null, scoreTarget: null }, nlT())).toBeNull();
    const goal = { id: 'g', ownWords: 'x', success: null, scoreNow: null, scoreTarget: null, status: 'active' as const, version: 1 };
    expect(goalsByDomain([{ ...goal, domain: 'geld' }, { ...goal, domain: 'wonen' }]).map((d) => d.domain)).toEqual(['wonen', 'geld']);
    // 23:30 UTC on 31 March is already 1 April in Amsterdam (summer time).
    expect(todayInNl(new Date('2026-03-31T23:30:00Z'))).toBe('2026-04-01');
  });
});
