import os from 'node:os';
import { sql } from 'kysely';
import type { AppContext } from '../../src/platform/context.js';

export interface MachineInfo {
  cpus: number;
  cpuModel: string;
  memoryGiB: number;
  node: string;
  database: string;
}

export async function machineInfo(ctx: AppContext): Promise<MachineInfo> {
  const version = (await sql<{ v: string }>`SELECT version() AS v`.execute(ctx.db)).rows[0]?.v ?? 'unknown';
  const short = version.split(' on ')[0] ?? version;
  return {
    cpus: os.availableParallelism(),
    cpuModel: os.cpus()[0]?.model.trim() ?? 'unknown',
    memoryGiB: Math.round(os.totalmem() / 1024 ** 3),
    node: process.version,
    database: ctx.dbh.kind === 'postgres' ? short : `PGlite (${short})`,
  };
}
