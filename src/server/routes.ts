import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../platform/context.js';
import { adminRoutes } from '../modules/admin/routes.js';
import { authRoutes } from '../modules/auth/routes.js';
import { avgRoutes } from '../modules/avg/routes.js';
import { registerAvgJobs } from '../modules/avg/jobs.js';
import { clientRoutes } from '../modules/clients/routes.js';
import { circleRoutes } from '../modules/consent/routes.js';
import { registerConsentJobs } from '../modules/consent/jobs.js';
import { refusalRoutes } from '../modules/consent/refusal-routes.js';
import { registerRefusalJobs } from '../modules/consent/refusal-jobs.js';
import { safetyRoutes } from '../modules/consent/safety-routes.js';
import { registerSafetyJobs } from '../modules/consent/safety-jobs.js';
import { invitationRoutes } from '../modules/invitations/routes.js';
import { socialMapRoutes } from '../modules/socialmap/routes.js';
import { registerSocialMapJobs } from '../modules/socialmap/stale-reminders.js';
import { planRoutes } from '../modules/plan/routes.js';
import { registerPlanJobs } from '../modules/plan/jobs.js';
import { evaluationRoutes } from '../modules/plan/evaluation-routes.js';
import { registerEvaluationJobs } from '../modules/plan/evaluation-reminder.js';
import { continuityRoutes } from '../modules/plan/continuity-routes.js';
import { registerContinuityJobs } from '../modules/plan/continuity-jobs.js';
import { agendaRoutes } from '../modules/agenda/routes.js';
import { registerAgendaJobs } from '../modules/agenda/jobs.js';
import { logbookRoutes } from '../modules/logbook/routes.js';
import { volunteerRoutes } from '../modules/volunteers/routes.js';
import { registerVolunteerJobs } from '../modules/volunteers/jobs.js';
import { netmapRoutes } from '../modules/netmap/routes.js';
import { netIntakeRoutes } from '../modules/netmap/intake-routes.js';
import { registerNetIntakeJobs } from '../modules/netmap/intake-jobs.js';
import { naastenRoutes } from '../modules/naasten/routes.js';
import { registerNaastenJobs } from '../modules/naasten/jobs.js';
import { careNetworkRoutes } from '../modules/carenet/routes.js';
import { registerCareNetJobs } from '../modules/carenet/jobs.js';
import { careCaseRoutes } from '../modules/carenet/case-routes.js';
import { registerCareCaseJobs } from '../modules/carenet/case-jobs.js';
import { careMinutesRoutes } from '../modules/carenet/minutes-routes.js';
import { registerCareMinutesJobs } from '../modules/carenet/minutes-jobs.js';
import type { BuildOptions } from './app.js';

/** The one list of module route sets; a new module adds its line here (see docs/ARCHITECTURE.md). */
export function registerModuleRoutes(api: FastifyInstance, ctx: AppContext, options: BuildOptions): void {
  const limits = { authRateLimit: options.authRateLimit ?? 20 };
  authRoutes(api, ctx, limits);
  invitationRoutes(api, ctx, limits);
  clientRoutes(api, ctx);
  circleRoutes(api, ctx);
  refusalRoutes(api, ctx);
  safetyRoutes(api, ctx);
  avgRoutes(api, ctx);
  socialMapRoutes(api, ctx);
  planRoutes(api, ctx);
  evaluationRoutes(api, ctx);
  continuityRoutes(api, ctx);
  agendaRoutes(api, ctx);
  logbookRoutes(api, ctx);
  volunteerRoutes(api, ctx);
  netmapRoutes(api, ctx);
  netIntakeRoutes(api, ctx);
  naastenRoutes(api, ctx);
  careNetworkRoutes(api, ctx);
  careCaseRoutes(api, ctx);
  careMinutesRoutes(api, ctx);
  adminRoutes(api, ctx);
}

/** The one list of module job handlers; handlers run in whichever instance claims the job. */
export function registerModuleJobs(ctx: AppContext): void {
  registerConsentJobs(ctx);
  registerRefusalJobs(ctx);
  registerSafetyJobs(ctx);
  registerAvgJobs(ctx);
  registerSocialMapJobs(ctx);
  registerPlanJobs(ctx);
  registerEvaluationJobs(ctx);
  registerContinuityJobs(ctx);
  registerAgendaJobs(ctx);
  registerVolunteerJobs(ctx);
  registerNetIntakeJobs(ctx);
  registerNaastenJobs(ctx);
  registerCareNetJobs(ctx);
  registerCareCaseJobs(ctx);
  registerCareMinutesJobs(ctx);
}
