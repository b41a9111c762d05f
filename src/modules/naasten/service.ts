/**
 * The naasten module's public face: naastenkaarten, the burden check, check-in calls, "te veel"
 * signals, the circle's start date and the team lead's overview. Every read or write of a client's
 * data goes through platform/access inside these functions.
 */
export { circleCards, saveCard, saveMyCard, myCard, type NaastenCtx } from './cards.js';
export { recordBurden } from './burden.js';
export { sayTooMuch, markAlertSeen } from './alerts.js';
export { markCheckInDone, runCheckIn, scheduleCheckIn, checkInPayload, CHECK_IN_JOB } from './check-ins.js';
export { setCircleStart } from './start.js';
export { getSettings, saveSettings } from './settings.js';
export { teamDashboard } from './dashboard.js';
export { worklist, myCards } from './worklist.js';
