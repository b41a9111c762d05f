import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../platform/context.js';
import { adminRoutes } from '../modules/admin/routes.js';
import { authRoutes } from '../modules/auth/routes.js';
import { clientRoutes } from '../modules/clients/routes.js';
import { invitationRoutes } from '../modules/invitations/routes.js';
import type { BuildOptions } from './app.js';

/** The one list of module route sets; a new module adds its line here (see docs/ARCHITECTURE.md). */
export function registerModuleRoutes(api: FastifyInstance, ctx: AppContext, options: BuildOptions): void {
  const limits = { authRateLimit: options.authRateLimit ?? 20 };
  authRoutes(api, ctx, limits);
  invitationRoutes(api, ctx, limits);
  clientRoutes(api, ctx);
  adminRoutes(api, ctx);
}
