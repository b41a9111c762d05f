import type { Db } from '../../platform/db/database.js';
import type { MeetingKind, MeetingStatus } from './schema.js';

export interface MeetingContext {
  id: string;
  regionId: string;
  /** Null for the yearly meeting of all networks. */
  networkId: string | null;
  kind: MeetingKind;
  status: MeetingStatus;
  startsAt: Date;
  durationMinutes: number;
  startedAt: Date | null;
  endedAt: Date | null;
}

/** The bare facts of one meeting other areas need to decide rights; null when it does not exist in the region. */
export async function meetingContext(db: Db, regionId: string, meetingId: string): Promise<MeetingContext | null> {
  const row = await db
    .selectFrom('care_meetings')
    .select(['id', 'region_id', 'network_id', 'kind', 'status', 'starts_at', 'duration_minutes', 'started_at', 'ended_at'])
    .where('region_id', '=', regionId)
    .where('id', '=', meetingId)
    .executeTakeFirst();
  if (!row) return null;
  return {
    id: row.id,
    regionId: row.region_id,
    networkId: row.network_id,
    kind: row.kind,
    status: row.status,
    startsAt: row.starts_at,
    durationMinutes: row.duration_minutes,
    startedAt: row.started_at,
    endedAt: row.ended_at,
  };
}
