import type { AppContext } from '../../platform/context.js';

export function registerConsentJobs(ctx: AppContext): void {
  void ctx;
}
