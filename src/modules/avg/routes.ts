import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../../platform/context.js';

export function avgRoutes(app: FastifyInstance, ctx: AppContext): void {
  void app;
  void ctx;
}
