import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import path from 'node:path';
import Fastify, { type FastifyInstance, type FastifyServerOptions } from 'fastify';
import cookie from '@fastify/cookie';
import csrf from '@fastify/csrf-protection';
import helmet from '@fastify/helmet';
import rateLimit from '@fastify/rate-limit';
import swagger from '@fastify/swagger';
import fastifyStatic from '@fastify/static';
import { jsonSchemaTransform, serializerCompiler, validatorCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod';
import type { AppContext } from '../platform/context.js';
import { ping } from '../platform/db/database.js';
import { authPlugin } from './auth.js';
import { notFoundProblem, sendProblem, toProblem } from './problem.js';
import { registerModuleJobs, registerModuleRoutes } from './routes.js';

/** The built web app; WEB_DIST_DIR points elsewhere when several builds are tested side by side. */
export const WEB_DIST = process.env.WEB_DIST_DIR ? path.resolve(process.env.WEB_DIST_DIR) : path.resolve(import.meta.dirname, '../../dist/web');

const REQUEST_ID = /^[\w.-]{8,64}$/;

// Only the route pattern is logged, never the concrete URL: tokens and ids of clients stay out of logs.
const loggerOptions = (level: string): FastifyServerOptions['logger'] => ({
  level,
  redact: ['req.headers.cookie', 'req.headers.authorization', 'req.headers["x-csrf-token"]'],
  serializers: {
    req: (req) => ({ method: req.method, route: (req as unknown as { routeOptions?: { url?: string } }).routeOptions?.url ?? 'unmatched', id: req.id }),
    res: (res) => ({ statusCode: res.statusCode }),
  },
});

export const CONTENT_SECURITY_POLICY = {
  useDefaults: false,
  directives: {
    defaultSrc: ["'self'"],
    scriptSrc: ["'self'"],
    styleSrc: ["'self'"],
    imgSrc: ["'self'", 'data:'],
    fontSrc: ["'self'"],
    connectSrc: ["'self'"],
    objectSrc: ["'none'"],
    frameAncestors: ["'none'"],
    baseUri: ["'self'"],
    formAction: ["'self'"],
  },
};

/** Fastify's typings take a hop count only as a function: trust the nearest `hops` proxies. */
const trustHops = (hops: number) => (_address: string, hop: number) => hop < hops;

export interface BuildOptions {
  /** Serve the built web app from dist/web (off in API tests). */
  serveWeb?: boolean;
  logger?: boolean;
  /** Requests per minute per IP on log-in and reset endpoints. */
  authRateLimit?: number;
}

export async function buildApp(ctx: AppContext, options: BuildOptions = {}): Promise<FastifyInstance> {
  const app = Fastify({
    logger: options.logger === false ? false : loggerOptions(ctx.config.logLevel),
    bodyLimit: 256 * 1024,
    genReqId: (req) => {
      const incoming = req.headers['x-request-id'];
      return typeof incoming === 'string' && REQUEST_ID.test(incoming) ? incoming : randomUUID();
    },
    trustProxy: typeof ctx.config.trustProxy === 'number' ? trustHops(ctx.config.trustProxy) : ctx.config.trustProxy,
  }).withTypeProvider<ZodTypeProvider>();

  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);

  app.addHook('onSend', async (req, reply) => {
    reply.header('x-request-id', req.id);
    if (req.url.startsWith('/api/')) reply.header('cache-control', 'no-store');
  });

  await app.register(helmet, {
    contentSecurityPolicy: CONTENT_SECURITY_POLICY,
    crossOriginEmbedderPolicy: false,
    referrerPolicy: { policy: 'same-origin' },
    hsts: ctx.config.secureCookies ? { maxAge: 31_536_000, includeSubDomains: true } : false,
  });
  await app.register(cookie);
  await app.register(csrf, {
    cookieKey: ctx.config.secureCookies ? '__Host-samenspel-csrf' : 'samenspel-csrf',
    cookieOpts: { path: '/', httpOnly: true, sameSite: 'lax', secure: ctx.config.secureCookies },
    getToken: (req) => {
      const v = req.headers['x-csrf-token'];
      return typeof v === 'string' ? v : undefined;
    },
  });
  await app.register(rateLimit, { global: false });

  await app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'Samenspel API',
        version: '0.1.0',
        description: 'JSON API of Samenspel. Errors are RFC 9457 problem+json with a Dutch and an English message.',
      },
      components: { securitySchemes: { session: { type: 'apiKey', in: 'cookie', name: 'samenspel' } } },
    },
    transform: jsonSchemaTransform,
  });

  await app.register(authPlugin, { ctx });

  // Every state-changing API call carries the CSRF token; log-in included, against login CSRF.
  app.addHook('onRequest', (req, reply, done) => {
    if (!req.url.startsWith('/api/') || ['GET', 'HEAD', 'OPTIONS'].includes(req.method)) return done();
    app.csrfProtection(req, reply, done);
  });

  app.setErrorHandler((err, req, reply) => {
    const p = toProblem(err);
    if (p.status >= 500) req.log.error({ err: { message: (err as Error).message, stack: (err as Error).stack } }, 'request failed');
    return sendProblem(req, reply, p);
  });

  app.get('/health', { schema: { hide: true } }, async () => ({ status: 'ok' }));
  app.get('/ready', { schema: { hide: true } }, async (_req, reply) => {
    try {
      await ping(ctx.db);
      return { status: 'ready', database: ctx.dbh.kind };
    } catch {
      return reply.code(503).send({ status: 'unavailable' });
    }
  });

  registerModuleJobs(ctx);
  await app.register(async (api) => registerModuleRoutes(api, ctx, options), { prefix: '/api' });
  app.get('/api/openapi.json', { schema: { hide: true } }, async () => app.swagger());

  const webAvailable = options.serveWeb !== false && existsSync(path.join(WEB_DIST, 'index.html'));
  if (webAvailable) {
    await app.register(fastifyStatic, { root: WEB_DIST, wildcard: false, index: false, maxAge: '1h' });
  }
  app.setNotFoundHandler((req, reply) => {
    const isApi = req.url.startsWith('/api/') || req.url === '/health' || req.url === '/ready';
    if (!isApi && webAvailable && req.method === 'GET') {
      // Client-side routes: the SPA decides what to show; index.html must never be cached stale.
      return reply.header('cache-control', 'no-cache').sendFile('index.html');
    }
    return sendProblem(req, reply, notFoundProblem());
  });

  return app;
}
