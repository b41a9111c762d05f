import Fastify from 'fastify';
import { afterEach, describe, expect, it } from 'vitest';
import { assertEmbeddedServerStopped } from './server-check.js';

describe('assertEmbeddedServerStopped', () => {
  const apps: ReturnType<typeof Fastify>[] = [];
  afterEach(async () => {
    for (const app of apps.splice(0)) await app.close();
  });

  async function serverAnswering(database: string): Promise<number> {
    const app = Fastify();
    app.get('/ready', async () => ({ status: 'ready', database }));
    apps.push(app);
    await app.listen({ host: '127.0.0.1', port: 0 });
    const address = app.server.address();
    return typeof address === 'object' && address ? address.port : 0;
  }

  it('refuses while a server with the embedded database answers', async () => {
    const port = await serverAnswering('pglite');
    await expect(assertEmbeddedServerStopped({ host: '0.0.0.0', port, databaseUrl: undefined })).rejects.toThrow(/Stop it first/);
  });

  it('lets a server on PostgreSQL, another program or nothing at all pass', async () => {
    const port = await serverAnswering('postgres');
    await expect(assertEmbeddedServerStopped({ host: '127.0.0.1', port, databaseUrl: undefined })).resolves.toBeUndefined();
    await expect(assertEmbeddedServerStopped({ host: '127.0.0.1', port: 1, databaseUrl: undefined })).resolves.toBeUndefined();
  });

  it('does not look when the database is PostgreSQL', async () => {
    const port = await serverAnswering('pglite');
    await expect(assertEmbeddedServerStopped({ host: '127.0.0.1', port, databaseUrl: 'postgres://x/y' })).resolves.toBeUndefined();
  });
});
