import type { Logger } from 'pino';
import type { Config } from './config/config.js';
import type { Db, DbHandle } from './db/database.js';
import type { AccessAction, InformationCategory } from './audit/schema.js';

/** One access-log entry as a caller describes it; the audit writer adds sequence, time and hashes. */
export interface AccessLogInput {
  regionId: string;
  actorUserId: string | null;
  /** Name and organisation at the time of access, e.g. "Jan de Vries (Wijkteam Noord)". */
  actorLabel: string;
  clientId: string | null;
  category: InformationCategory;
  action: AccessAction;
  purpose: string;
  requestId: string | null;
  /** The safety exception that allowed this access without consent; shown flagged to the client. */
  exceptionId?: string | null;
}

export interface ChainVerification {
  ok: boolean;
  regionsChecked: number;
  entriesChecked: number;
  /** First broken link per region, if any. */
  problems: { regionId: string; seq: number; reason: string }[];
}

export interface AuditLog {
  /** Resolves once the entries are durably stored in the hash chain; rejects if they are not. */
  record(entries: AccessLogInput | AccessLogInput[]): Promise<void>;
  verify(options?: { regionId?: string; onProgress?: (done: number, total: number) => void }): Promise<ChainVerification>;
  /** Flushes pending entries. */
  close(): Promise<void>;
}

export interface OutgoingMail {
  regionId: string;
  to: string;
  subject: string;
  text: string;
  html?: string;
}

export interface Mailer {
  /** Stores the message and schedules delivery; nothing is dropped, with or without SMTP. */
  send(message: OutgoingMail): Promise<{ id: string }>;
}

export interface EnqueueOptions {
  runAt?: Date;
  regionId?: string | null;
  /** A second enqueue with the same key is ignored while the first exists. */
  uniqueKey?: string;
  maxAttempts?: number;
}

export interface JobContext {
  jobId: number;
  attempt: number;
  maxAttempts: number;
  regionId: string | null;
}

export type JobHandler = (payload: Record<string, unknown>, job: JobContext) => Promise<void>;

export interface Jobs {
  register(kind: string, handler: JobHandler): void;
  enqueue(kind: string, payload: Record<string, unknown>, options?: EnqueueOptions, db?: Db): Promise<number>;
  /** Claims and runs due jobs once; returns how many ran. Used by the poller and by tests. */
  runDue(limit?: number): Promise<number>;
  start(): void;
  stop(): Promise<void>;
}

/** Everything a service needs, passed explicitly so tests can build one per database. */
export interface AppContext {
  config: Config;
  dbh: DbHandle;
  db: Db;
  log: Logger;
  audit: AuditLog;
  mail: Mailer;
  jobs: Jobs;
}
