import type { Config } from '../platform/config/config.js';
import { CliError } from './errors.js';

/**
 * PGlite has no server process and no lock file: a second process opening the same data directory
 * can corrupt it. The best available check is asking the configured address whether a Samenspel
 * server with an embedded database answers there.
 */
export async function assertEmbeddedServerStopped(config: Pick<Config, 'host' | 'port' | 'databaseUrl'>): Promise<void> {
  if (config.databaseUrl) return;
  const host = config.host === '0.0.0.0' || config.host === '::' ? '127.0.0.1' : config.host;
  const url = `http://${host.includes(':') ? `[${host}]` : host}:${config.port}/ready`;
  let database: unknown;
  try {
    const res = await fetch(url, { signal: AbortSignal.timeout(1000) });
    database = ((await res.json()) as { database?: unknown }).database;
  } catch {
    return;
  }
  if (database === 'pglite') {
    throw new CliError(
      `A Samenspel server with the embedded database is running at ${url.replace(/\/ready$/, '')}. Stop it first: only one process at a time may open the embedded database.`,
    );
  }
}
