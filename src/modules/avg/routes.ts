import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../../platform/context.js';
import { correctionRoutes } from './correction-routes.js';
import { erasureRoutes } from './erasure-routes.js';
import { exportRoutes } from './export-routes.js';

/** AVG rights of the client: a copy of everything (export), correction, and erasure. */
export function avgRoutes(app: FastifyInstance, ctx: AppContext): void {
  exportRoutes(app, ctx);
  correctionRoutes(app, ctx);
  erasureRoutes(app, ctx);
}
