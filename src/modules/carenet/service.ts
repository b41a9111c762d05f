/**
 * The care-network area's public face: what routes, jobs and other areas (cases, minutes) may call.
 */
export { networkRole, type NetworkRole } from './networks-roles.js';
export { meetingContext, type MeetingContext } from './meetings-context.js';
export { listNetworks, getNetwork, createNetwork, updateNetwork, directory } from './networks.js';
export { addMember, updateMember } from './networks-members.js';
export { planSchedule, seriesDays, addMonths } from './meetings-schedule.js';
export { createMeeting, createYearlyMeeting, updateMeeting, getMeeting } from './meetings.js';
export { myMeetings, myNotices, markNoticesRead } from './meetings-mine.js';
export { apologise, recordAttendance, attendanceStats as getAttendanceStats } from './attendance.js';
export { addThemeItem, updateItem, removeItem, moveItem, startMeeting, startItem, finishItem, endMeeting, addGuest, removeGuest } from './agenda.js';
export { sendReminders, REMINDER_JOB } from './meetings-invitations.js';
