import type { AppContext } from '../../platform/context.js';

export function registerRefusalJobs(ctx: AppContext): void {
  void ctx;
}
