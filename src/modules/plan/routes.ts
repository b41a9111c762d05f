import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../../platform/context.js';

// Filled in by the work on this area; registered in src/server/routes.ts.
export function planRoutes(_app: FastifyInstance, _ctx: AppContext): void {}
