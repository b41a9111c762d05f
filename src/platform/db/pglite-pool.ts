import type { PGlite } from '@electric-sql/pglite';
import type { PostgresPool, PostgresPoolClient, PostgresQueryResult } from 'kysely';

/**
 * PGlite is a single connection. Kysely's Postgres dialect expects a pool, so this pool hands out
 * that one connection to one borrower at a time; a transaction therefore owns the database until
 * it commits, which is exactly the isolation a real pool gives per connection.
 */
export class PGlitePool implements PostgresPool {
  readonly options = {};
  private queue: Promise<void> = Promise.resolve();

  constructor(private readonly pglite: PGlite) {}

  private acquire(): Promise<() => void> {
    let release!: () => void;
    const next = new Promise<void>((resolve) => (release = resolve));
    const ready = this.queue.then(() => release);
    this.queue = this.queue.then(() => next);
    return ready;
  }

  async connect(): Promise<PostgresPoolClient> {
    const release = await this.acquire();
    const pglite = this.pglite;
    let released = false;
    const client = {
      async query<R>(sqlText: string, parameters: readonly unknown[]): Promise<PostgresQueryResult<R>> {
        const result = await pglite.query<R>(sqlText, parameters as unknown[]);
        const command = (sqlText.trimStart().split(/\s+/, 1)[0] ?? '').toUpperCase();
        return {
          command: command as PostgresQueryResult<R>['command'],
          rowCount: result.affectedRows ?? result.rows.length,
          rows: result.rows,
        };
      },
      release() {
        if (released) return;
        released = true;
        release();
      },
    };
    return client as unknown as PostgresPoolClient;
  }

  async exec(script: string): Promise<void> {
    const release = await this.acquire();
    try {
      await this.pglite.exec(script);
    } finally {
      release();
    }
  }

  async exclusive<T>(fn: (run: (script: string) => Promise<Record<string, unknown>[]>) => Promise<T>): Promise<T> {
    const release = await this.acquire();
    try {
      return await fn(async (script) => {
        const results = await this.pglite.exec(script);
        return (results[results.length - 1]?.rows ?? []) as Record<string, unknown>[];
      });
    } finally {
      release();
    }
  }

  async end(): Promise<void> {
    await this.queue;
  }
}
