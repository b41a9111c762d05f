/** The volunteers module: the only file other modules may import from. */
export { listVolunteers, getVolunteer, saveProfile, addTraining, handleCheckIn, saveOwnProfile } from './profiles.js';
export { listRequests, getRequest, propose, planIntroduction, startThinking, endMatch, closeRequest } from './matching.js';
export { createRequest, getClientVolunteer, answerAsClient, messageFromClient } from './requests.js';
export { getMine, answerAsVolunteer, messageFromVolunteer } from './mine.js';
export { answerCheckIn, askCheckIn, scheduleCheckIn, nextCheckInDay, CHECK_IN_JOB } from './check-ins.js';
export { rank, distance, ageGroup } from './ranking.js';
