import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../../platform/context.js';

/** Routes of this area; registered in src/server/routes.ts. */
export function careMinutesRoutes(_api: FastifyInstance, _ctx: AppContext): void {
  // Filled in by the work on this area.
}
