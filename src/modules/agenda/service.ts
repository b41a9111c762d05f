/**
 * The agenda module's public face: what routes, jobs and other modules may call. Every read or
 * write of a client's agenda goes through platform/access inside these functions.
 */
export { circleCalendar, windowOf } from './calendar.js';
export { createItem, updateItem, cancelItem, skipOccurrence, type AgendaCtx } from './items.js';
export { myAgenda } from './my-agenda.js';
export { myNotices, markNoticesRead } from './notices.js';
export { getPrefs, savePrefs, DEFAULT_PREFS } from './reminder-prefs.js';
export { scanReminders, sendReminder, scheduleReminderScan, REMINDER_JOB, REMINDER_SCAN_JOB } from './reminders.js';
export { getFeedStatus, createFeed, revokeFeed, renderFeed, feedPath } from './feed.js';
export { registerAgendaExport } from './export-section.js';
