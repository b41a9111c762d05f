import type { AppContext } from '../../platform/context.js';

// Filled in by the work on this area; registered in src/server/routes.ts.
export function registerContinuityJobs(_ctx: AppContext): void {}
