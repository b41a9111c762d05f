import type { AppContext } from '../../platform/context.js';

/** Job handlers of this area; registered in src/server/routes.ts. */
export function registerCareMinutesJobs(_ctx: AppContext): void {
  // Filled in by the work on this area.
}
