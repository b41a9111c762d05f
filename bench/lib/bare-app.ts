import Fastify, { type FastifyInstance } from 'fastify';
import { sql } from 'kysely';
import type { Db } from '../../src/platform/db/database.js';

/**
 * The baseline: the same framework on the same machine and process, doing no work. The ratio
 * against it shows what auth, access control, the database and the access log cost per request.
 */
export async function startBareApp(db: Db): Promise<{ app: FastifyInstance; url: string }> {
  const app = Fastify({ logger: false });
  const body = { id: '00000000-0000-4000-8000-000000000000', firstName: 'Bench', lastName: 'Baseline', city: 'Benchdorp' };
  app.get('/bare', async () => body);
  // One database round trip and nothing else: shows what a single query costs on this machine.
  app.get('/bare-db', async () => {
    await sql`SELECT 1`.execute(db);
    return body;
  });
  const url = await app.listen({ host: '127.0.0.1', port: 0 });
  return { app, url };
}
