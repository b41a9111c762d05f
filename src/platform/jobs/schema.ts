import type { ColumnType, Generated } from 'kysely';
import type { NullableTimestamp } from '../../modules/accounts/schema.js';

export type JobStatus = 'queued' | 'running' | 'done' | 'failed';

export interface JobsTable {
  id: Generated<number>;
  region_id: string | null;
  kind: string;
  payload: ColumnType<Record<string, unknown>, string | undefined, string>;
  status: Generated<JobStatus>;
  run_at: ColumnType<Date, Date | string | undefined, Date | string>;
  attempts: Generated<number>;
  max_attempts: Generated<number>;
  locked_by: string | null;
  locked_until: NullableTimestamp;
  last_error: string | null;
  unique_key: string | null;
  created_at: Generated<Date>;
  finished_at: NullableTimestamp;
}

export interface JobsTables {
  jobs: JobsTable;
}
