import { addDays, differenceInCalendarDays, parseISO, format } from 'date-fns';
import { nlParts } from './meetings-time.js';
import { MINUTES_DUE_DAYS } from './minutes-schema.js';

/** The Dutch calendar day of the meeting. */
export const meetingDay = (startsAt: Date): string => nlParts(startsAt).day;

/** Minutes are due on the seventh day after the meeting (inclusive). */
export const minutesDueOn = (startsAt: Date): string => shiftDay(meetingDay(startsAt), MINUTES_DUE_DAYS);

export const shiftDay = (day: string, days: number): string => format(addDays(parseISO(day), days), 'yyyy-MM-dd');

/** Whole calendar days from one yyyy-mm-dd to another. */
export const daysBetween = (from: string, to: string): number => differenceInCalendarDays(parseISO(to), parseISO(from));
