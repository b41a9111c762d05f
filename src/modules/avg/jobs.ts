import type { AppContext } from '../../platform/context.js';

export function registerAvgJobs(ctx: AppContext): void {
  void ctx;
}
