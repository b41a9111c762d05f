import type { AppContext } from '../../platform/context.js';

export function registerSafetyJobs(ctx: AppContext): void {
  void ctx;
}
