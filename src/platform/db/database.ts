import { Kysely, PostgresDialect, sql } from 'kysely';
import pg from 'pg';
import { PGlite } from '@electric-sql/pglite';
import type { AccountsTables } from '../../modules/accounts/schema.js';
import type { ClientsTables } from '../../modules/clients/schema.js';
import type { ConsentTables } from '../../modules/consent/schema.js';
import type { SocialMapTables } from '../../modules/socialmap/schema.js';
import type { PlanTables } from '../../modules/plan/schema.js';
import type { EvaluationTables } from '../../modules/plan/evaluation-schema.js';
import type { ContinuityTables } from '../../modules/plan/continuity-schema.js';
import type { AgendaTables } from '../../modules/agenda/schema.js';
import type { LogbookTables } from '../../modules/logbook/schema.js';
import type { VolunteerTables } from '../../modules/volunteers/schema.js';
import type { NetmapTables } from '../../modules/netmap/schema.js';
import type { NetIntakeTables } from '../../modules/netmap/intake-schema.js';
import type { NaastenTables } from '../../modules/naasten/schema.js';
import type { CareNetTables } from '../../modules/carenet/schema.js';
import type { CareCaseTables } from '../../modules/carenet/case-schema.js';
import type { CareMinutesTables } from '../../modules/carenet/minutes-schema.js';
import type { AuditTables } from '../audit/schema.js';
import type { JobsTables } from '../jobs/schema.js';
import type { MailTables } from '../mail/schema.js';
import { PGlitePool } from './pglite-pool.js';
import { PreparingClient } from './preparing-client.js';
import { lockDataDir } from './data-dir-lock.js';

export interface Database
  extends AccountsTables,
    ClientsTables,
    ConsentTables,
    SocialMapTables,
    PlanTables,
    EvaluationTables,
    ContinuityTables,
    AgendaTables,
    LogbookTables,
    VolunteerTables,
    NetmapTables,
    NetIntakeTables,
    NaastenTables,
    CareNetTables,
    CareCaseTables,
    CareMinutesTables,
    AuditTables,
    JobsTables,
    MailTables {}

export type Db = Kysely<Database>;

export type DbKind = 'pglite' | 'postgres';

export interface DbHandle {
  db: Db;
  kind: DbKind;
  /** Runs a multi-statement SQL script (migrations, restore). */
  execScript(script: string): Promise<void>;
  /**
   * Runs fn on one dedicated connection, for work that needs session state such as an advisory
   * lock. run() accepts multi-statement scripts and returns the rows of the last statement.
   */
  onOneConnection<T>(fn: (run: (script: string) => Promise<Record<string, unknown>[]>) => Promise<T>): Promise<T>;
  close(): Promise<void>;
  /** Present in embedded mode; backups use it to dump the data directory consistently. */
  pglite?: PGlite;
}

const INT8_OID = 20;
const DATE_OID = 1082;

/** Both drivers must hand the app identical values: int8 as number, date as 'yyyy-mm-dd'. */
const pgTypes = {
  getTypeParser(oid: number, format?: 'text' | 'binary') {
    if (oid === INT8_OID) return (v: string) => Number(v);
    if (oid === DATE_OID) return (v: string) => v;
    return pg.types.getTypeParser(oid, format as 'text');
  },
} as pg.CustomTypesConfig;

export interface OpenDbOptions {
  databaseUrl?: string | undefined;
  /** PGlite data directory; undefined means in-memory (tests). */
  dataDir?: string | undefined;
  poolSize?: number;
}

export async function openDb(options: OpenDbOptions): Promise<DbHandle> {
  if (options.databaseUrl) {
    const pool = new pg.Pool({
      connectionString: options.databaseUrl,
      max: options.poolSize ?? 20,
      types: pgTypes,
      Client: PreparingClient,
    });
    const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
    return {
      db,
      kind: 'postgres',
      async execScript(script) {
        const client = await pool.connect();
        try {
          await client.query(script);
        } finally {
          client.release();
        }
      },
      async onOneConnection(fn) {
        const client = await pool.connect();
        try {
          return await fn(async (script) => {
            const r = (await client.query(script)) as unknown as pg.QueryResult | pg.QueryResult[];
            const last = Array.isArray(r) ? r[r.length - 1] : r;
            return (last?.rows ?? []) as Record<string, unknown>[];
          });
        } finally {
          client.release();
        }
      },
      async close() {
        await db.destroy();
        // Kysely only ends a pool it has used; a pool that ran no query would keep its connections.
        if (!pool.ended) await pool.end();
      },
    };
  }
  const unlock = options.dataDir ? await lockDataDir(options.dataDir) : async () => {};
  const pglite = await PGlite.create({
    ...(options.dataDir ? { dataDir: options.dataDir } : {}),
    parsers: { [INT8_OID]: (v: string) => Number(v), [DATE_OID]: (v: string) => v },
  });
  const pool = new PGlitePool(pglite);
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
  return {
    db,
    kind: 'pglite',
    pglite,
    execScript: (script) => pool.exec(script),
    onOneConnection: (fn) => pool.exclusive(fn),
    async close() {
      await db.destroy();
      await pglite.close();
      await unlock();
    },
  };
}

export async function ping(db: Db): Promise<boolean> {
  const r = await sql<{ ok: number }>`select 1 as ok`.execute(db);
  return r.rows[0]?.ok === 1;
}
