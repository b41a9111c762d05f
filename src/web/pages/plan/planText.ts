import { TZDate } from '@date-fns/tz';
import { format } from 'date-fns';
import type { TFunction } from 'i18next';
import { LIFE_DOMAINS, type Goal, type LifeDomain, type Suggestion, type Task, type TaskStatus } from '../../api/plan-types';
import type { Locale } from '../../api/types';

/** "Monique Zandbergen (dochter)" → "Monique Zandbergen": the role in brackets is for lists, not sentences. */
export const personName = (label: string): string => label.replace(/\s*\(.*\)\s*$/, '').trim();

/** "Monique Zandbergen (dochter)" → "Monique": sentences about load read better with a first name. */
export const firstName = (label: string): string => personName(label).split(/\s+/)[0] ?? label;

/** Today's date in the Netherlands (yyyy-mm-dd): a hand-over "today" must not become tomorrow in UTC. */
export const todayInNl = (now: Date = new Date()): string => format(new TZDate(now.getTime(), 'Europe/Amsterdam'), 'yyyy-MM-dd');

/** The eight life domains, each with the goals in it, in the fixed domain order; empty domains left out. */
export function goalsByDomain(goals: readonly Goal[]): { domain: LifeDomain; goals: Goal[] }[] {
  return LIFE_DOMAINS.map((domain) => ({ domain, goals: goals.filter((g) => g.domain === domain) })).filter((d) => d.goals.length > 0);
}

/** The score as text, so the bar never carries meaning by itself. */
export function scoreText(goal: Pick<Goal, 'scoreNow' | 'scoreTarget'>, t: TFunction): string | null {
  const { scoreNow: now, scoreTarget: target } = goal;
  if (now === null && target === null) return null;
  if (now !== null && target !== null) return t('plan.goal.scoreBoth', { now, target });
  if (now !== null) return t('plan.goal.scoreNow', { now });
  return t('plan.goal.scoreTarget', { target });
}

/** Who carries an agreement and where it stands, in one sentence. */
export function statusText(task: Pick<Task, 'status' | 'assignee' | 'mine' | 'returnedFrom'>, t: TFunction): string {
  const name = task.assignee.label ? personName(task.assignee.label) : t('plan.task.nobody');
  const you = task.mine ? 'Mine' : '';
  switch (task.status) {
    case 'open':
      return t('plan.status.open');
    case 'asked':
      return t(`plan.status.asked${you}`, { name });
    case 'accepted':
      return t(`plan.status.accepted${you}`, { name });
    case 'declined':
      return t(`plan.status.declined${you}`, { name });
    case 'done':
      return t('plan.status.done');
    case 'stopped':
      return t('plan.status.stopped');
    case 'returned':
      return t('plan.status.returned', { name: task.returnedFrom ? personName(task.returnedFrom) : t('plan.task.someone') });
  }
}

/** Agreements that need someone's attention first, finished ones last. */
const STATUS_ORDER: readonly TaskStatus[] = ['returned', 'declined', 'open', 'asked', 'accepted', 'done', 'stopped'];

export function sortTasks<T extends Pick<Task, 'status'>>(tasks: readonly T[]): T[] {
  return [...tasks].sort((a, b) => STATUS_ORDER.indexOf(a.status) - STATUS_ORDER.indexOf(b.status));
}

export const isFinished = (task: Pick<Task, 'status'>): boolean => task.status === 'done' || task.status === 'stopped';

/** The radio value of an assignee: 'client', 'open' or 'member:<linkId>'. */
export function assigneeValue(a: { kind: 'client' | 'member' | 'open'; linkId?: string | null }): string {
  return a.kind === 'member' ? `member:${a.linkId ?? ''}` : a.kind;
}

export function assigneeFromValue(value: string): { kind: 'client' } | { kind: 'open' } | { kind: 'member'; linkId: string } | null {
  if (value === 'client' || value === 'open') return { kind: value };
  if (value.startsWith('member:') && value.length > 'member:'.length) return { kind: 'member', linkId: value.slice('member:'.length) };
  return null;
}

export interface SuggestionWords {
  /** Why this person is in this place of the natural order. */
  reason: string;
  /** How much they already carry, or the overload warning. */
  load: string | null;
  warning: boolean;
}

/**
 * The natural order in words: the client first ("wat ze zelf kan doen, moet ze zelf doen"), then the
 * own network, volunteers, professionals; an overloaded person gets a warning with the numbers.
 */
/** "Uit het eigen netwerk" → "Uit het eigen netwerk."; a question keeps its question mark. */
const asSentence = (text: string): string => (/[.?!]$/.test(text) ? text : `${text}.`);

export function suggestionWords(s: Suggestion, t: TFunction, viewerIsClient: boolean): SuggestionWords {
  const name = firstName(s.label);
  const reasons = s.reasons.map((code) => {
    if (code === 'self-first') return viewerIsClient ? t('plan.reason.selfFirstOwn') : t('plan.reason.selfFirst', { name });
    return t(`plan.reason.${code}`, { defaultValue: '' });
  });
  const reason = reasons.filter(Boolean).map(asSentence).join(' ');
  if (s.overloaded) return { reason, load: asSentence(t('plan.reason.overloaded', { name, carries: s.carries, total: s.total })), warning: true };
  const load = s.total > 0 ? asSentence(t('plan.reason.carries', { count: s.carries, total: s.total })) : null;
  return { reason, load, warning: false };
}

const DAY_CODES = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'] as const;
export type DayCode = (typeof DAY_CODES)[number];
export const WEEKDAY_CODES: readonly DayCode[] = DAY_CODES;

/** The one weekday of a plain weekly rule ("FREQ=WEEKLY;BYDAY=TU"), or null for anything else. */
export function weeklyDayOf(rrule: string | null): DayCode | null {
  const m = rrule ? /^FREQ=WEEKLY;BYDAY=(MO|TU|WE|TH|FR|SA|SU)$/.exec(rrule) : null;
  return m ? (m[1] as DayCode) : null;
}

/** A repeat rule the agenda understands, in words: "elke dinsdag", "om de 2 weken op maandag en donderdag". */
export function recurrenceWords(rrule: string | null, t: TFunction): string | null {
  if (!rrule) return null;
  const m = /^FREQ=(DAILY|WEEKLY|MONTHLY)(?:;INTERVAL=(\d+))?(?:;BYDAY=([A-Z,]+))?$/.exec(rrule);
  if (!m) return rrule;
  const interval = Number(m[2] ?? '1');
  const days = (m[3]?.split(',') ?? []).filter((d): d is DayCode => (DAY_CODES as readonly string[]).includes(d));
  const dayNames = days.map((d) => t(`plan.weekday.${d}`));
  const dayList = dayNames.length > 1 ? t('plan.repeat.list', { first: dayNames.slice(0, -1).join(', '), last: dayNames[dayNames.length - 1] }) : (dayNames[0] ?? '');
  if (m[1] === 'DAILY') return interval === 1 ? t('plan.repeat.daily') : t('plan.repeat.everyNDays', { count: interval });
  if (m[1] === 'MONTHLY') return interval === 1 ? t('plan.repeat.monthly') : t('plan.repeat.everyNMonths', { count: interval });
  if (days.length === 0) return interval === 1 ? t('plan.repeat.weekly') : t('plan.repeat.everyNWeeks', { count: interval });
  return interval === 1 ? t('plan.repeat.weeklyOn', { days: dayList }) : t('plan.repeat.everyNWeeksOn', { count: interval, days: dayList });
}

/** "6", "6,5" or "6,50" euros → 650 cents; '' → null; anything else → 'invalid'. */
export function parseEuros(text: string): number | null | 'invalid' {
  const v = text.trim().replace(/^€\s*/, '');
  if (v === '') return null;
  const m = /^(\d{1,6})(?:[.,](\d{1,2}))?$/.exec(v);
  if (!m) return 'invalid';
  return Number(m[1]) * 100 + Number((m[2] ?? '0').padEnd(2, '0'));
}

/** 650 → "6,50" for the form field. */
export const centsToField = (cents: number | null): string => (cents === null ? '' : `${Math.floor(cents / 100)},${String(cents % 100).padStart(2, '0')}`);

/** 650 → "€ 6,50"; 0 → "gratis". */
export function formatEuros(cents: number, locale: Locale, t: TFunction): string {
  if (cents === 0) return t('plan.task.free');
  return new Intl.NumberFormat(locale === 'en' ? 'en-GB' : 'nl-NL', { style: 'currency', currency: 'EUR' }).format(cents / 100);
}

export type TaskAction = 'accept' | 'decline' | 'done' | 'stopped' | 'accepted';

/** What this viewer can do with an agreement right here: answer it, mark it done, stop it or start it again. */
export function actionsFor(task: Pick<Task, 'mine' | 'status' | 'assignee'>, canEdit: boolean): TaskAction[] {
  const out: TaskAction[] = [];
  if (task.mine && task.status === 'asked') out.push('accept', 'decline');
  if (task.mine && task.status === 'accepted') out.push('done', 'decline');
  if (canEdit && !task.mine && task.status === 'accepted') out.push('done');
  if (canEdit && ['open', 'asked', 'accepted', 'declined', 'returned'].includes(task.status)) out.push('stopped');
  if (canEdit && (task.status === 'done' || task.status === 'stopped') && task.assignee.kind !== 'open') out.push('accepted');
  return out;
}
