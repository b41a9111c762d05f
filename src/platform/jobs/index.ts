export { createJobs, type JobsOptions } from './jobs.js';
export { retryDelayMs } from './backoff.js';
