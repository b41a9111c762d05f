import { describe, expect, it } from 'vitest';
import { AppError } from '../../platform/errors.js';
import { addDays, expand, nlInstant, nlParts, normaliseRecurrence } from './recurrence.js';

const weekly10 = { firstDay: '2026-10-13', localTime: '10:00', durationMinutes: 60, recurrence: 'FREQ=WEEKLY', until: null };

describe('Dutch local time', () => {
  it('turns a wall-clock time into the right instant in summer and in winter', () => {
    expect(nlInstant('2026-07-01', '10:00').toISOString()).toBe('2026-07-01T08:00:00.000Z');
    expect(nlInstant('2026-12-01', '10:00').toISOString()).toBe('2026-12-01T09:00:00.000Z');
    expect(nlParts(new Date('2026-12-31T23:30:00Z'))).toEqual({ day: '2027-01-01', time: '00:30' });
  });

  it('counts calendar days across the clock change', () => {
    expect(addDays('2026-10-24', 1)).toBe('2026-10-25');
    expect(addDays('2026-10-25', 1)).toBe('2026-10-26');
    expect(addDays('2027-03-01', -1)).toBe('2027-02-28');
  });
});

describe('a weekly appointment keeps its local time', () => {
  it('stays at 10:00 across the end of October (summer to winter time)', () => {
    const dates = expand(weekly10, '2026-10-13', '2026-11-03');
    expect(dates.map((d) => d.day)).toEqual(['2026-10-13', '2026-10-20', '2026-10-27', '2026-11-03']);
    expect(dates.map((d) => nlParts(d.start).time)).toEqual(['10:00', '10:00', '10:00', '10:00']);
    // The UTC time moves by an hour instead: 08:00Z in summer time, 09:00Z in winter time.
    expect(dates.map((d) => d.start.toISOString().slice(11, 16))).toEqual(['08:00', '08:00', '09:00', '09:00']);
    expect(dates.every((d) => d.end.getTime() - d.start.getTime() === 3_600_000)).toBe(true);
  });

  it('stays at 10:00 across the end of March (winter to summer time)', () => {
    const tuesdays = { ...weekly10, firstDay: '2027-03-16', recurrence: 'FREQ=WEEKLY;BYDAY=TU' };
    const dates = expand(tuesdays, '2027-03-16', '2027-04-06');
    expect(dates.map((d) => d.day)).toEqual(['2027-03-16', '2027-03-23', '2027-03-30', '2027-04-06']);
    expect(dates.map((d) => nlParts(d.start).time)).toEqual(['10:00', '10:00', '10:00', '10:00']);
    expect(dates.map((d) => d.start.toISOString().slice(11, 16))).toEqual(['09:00', '09:00', '08:00', '08:00']);
  });

  it('keeps an evening time on the day of the change itself', () => {
    const sundays = { firstDay: '2026-10-18', localTime: '19:30', durationMinutes: 30, recurrence: 'FREQ=WEEKLY', until: null };
    const [, changeDay] = expand(sundays, '2026-10-18', '2026-10-25');
    expect(changeDay?.day).toBe('2026-10-25');
    expect(nlParts(changeDay!.start).time).toBe('19:30');
  });

  it('expands every other week, stops at the end date, and only inside the window', () => {
    const fortnight = { ...weekly10, recurrence: 'FREQ=WEEKLY;INTERVAL=2', until: '2026-11-30' };
    expect(expand(fortnight, '2026-10-01', '2026-12-31').map((d) => d.day)).toEqual(['2026-10-13', '2026-10-27', '2026-11-10', '2026-11-24']);
    expect(expand(fortnight, '2026-10-28', '2026-11-09')).toEqual([]);
    expect(expand({ ...weekly10, recurrence: 'FREQ=WEEKLY;COUNT=2' }, '2026-10-01', '2026-12-31').map((d) => d.day)).toEqual(['2026-10-13', '2026-10-20']);
  });

  it('shows a one-off appointment only on its own day', () => {
    const once = { ...weekly10, recurrence: null };
    expect(expand(once, '2026-10-13', '2026-10-13')).toHaveLength(1);
    expect(expand(once, '2026-10-14', '2026-10-20')).toEqual([]);
  });

  it('makes a whole-day entry from midnight to midnight, also on the long day', () => {
    const [d] = expand({ firstDay: '2026-10-25', localTime: null, durationMinutes: 0, recurrence: null, until: null }, '2026-10-25', '2026-10-25');
    expect(d!.end.getTime() - d!.start.getTime()).toBe(25 * 3_600_000);
  });
});

describe('recurrence rules from outside', () => {
  it('accepts the rules the forms and the plan use, in canonical form', () => {
    expect(normaliseRecurrence('freq=weekly;interval=2')).toBe('FREQ=WEEKLY;INTERVAL=2');
    expect(normaliseRecurrence('RRULE:FREQ=MONTHLY;BYDAY=1TU')).toBe('FREQ=MONTHLY;BYDAY=1TU');
  });

  it.each(['', 'FREQ=HOURLY', 'FREQ=WEEKLY;DTSTART=20260101T000000Z', 'FREQ=WEEKLY;BYHOUR=9', 'FREQ=WEEKLY;UNTIL=20270101', 'INTERVAL=2', 'FREQ=WEEKLY;FREQ=DAILY', 'FREQ=DAILY;COUNT=9999', 'FREQ=WEEKLY;BYDAY=XX'])(
    'refuses %j with a field error',
    (rule) => {
      const err = (() => {
        try {
          normaliseRecurrence(rule);
        } catch (e) {
          return e;
        }
        return null;
      })();
      expect(err).toBeInstanceOf(AppError);
      expect((err as AppError).fields[0]?.field).toBe('recurrence');
    },
  );
});
