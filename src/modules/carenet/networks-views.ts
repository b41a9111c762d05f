import type { Db } from '../../platform/db/database.js';
import type { MeetingSummary, MemberView } from './model.js';
import { nlParts, nlToday } from './meetings-time.js';
import type { MeetingKind, MeetingStatus } from './schema.js';

export interface PersonRef {
  id: string;
  name: string;
  organisationName: string | null;
}

export async function people(db: Db, regionId: string, ids: readonly (string | null)[]): Promise<Map<string, PersonRef>> {
  const wanted = [...new Set(ids.filter((i): i is string => i !== null))];
  if (wanted.length === 0) return new Map();
  const rows = await db
    .selectFrom('users as u')
    .leftJoin('organisations as o', 'o.id', 'u.organisation_id')
    .select(['u.id', 'u.display_name', 'o.name as org'])
    .where('u.region_id', '=', regionId)
    .where('u.id', 'in', wanted)
    .execute();
  return new Map(rows.map((r) => [r.id, { id: r.id, name: r.display_name, organisationName: r.org }]));
}

export async function membersOf(db: Db, regionId: string, networkId: string): Promise<MemberView[]> {
  const today = nlToday();
  const rows = await db
    .selectFrom('care_network_members as m')
    .innerJoin('users as u', 'u.id', 'm.user_id')
    .innerJoin('organisations as o', 'o.id', 'm.organisation_id')
    .select(['m.id', 'm.user_id', 'u.display_name', 'u.email', 'u.phone', 'm.organisation_id', 'o.name as org', 'm.role', 'm.job_title', 'm.mandate', 'm.mandate_level', 'm.active_from', 'm.active_until', 'm.version'])
    .where('m.region_id', '=', regionId)
    .where('m.network_id', '=', networkId)
    .orderBy('o.name')
    .orderBy('m.role')
    .orderBy('u.display_name')
    .execute();
  return rows.map((r) => ({
    id: r.id,
    userId: r.user_id,
    name: r.display_name,
    email: r.email,
    phone: r.phone,
    organisationId: r.organisation_id,
    organisationName: r.org,
    role: r.role,
    jobTitle: r.job_title,
    mandate: r.mandate,
    mandateLevel: r.mandate_level,
    activeFrom: r.active_from,
    activeUntil: r.active_until,
    active: r.active_from <= today && (r.active_until === null || r.active_until >= today),
    version: r.version,
  }));
}

interface SummaryRow {
  id: string;
  network_id: string | null;
  kind: MeetingKind;
  starts_at: Date;
  duration_minutes: number;
  location: string | null;
  status: MeetingStatus;
}

export async function summaries(db: Db, regionId: string, rows: readonly SummaryRow[]): Promise<MeetingSummary[]> {
  if (rows.length === 0) return [];
  const ids = rows.map((r) => r.id);
  const counts = await db
    .selectFrom('care_meeting_items')
    .select(['meeting_id', (eb) => eb.fn.countAll<number>().as('n')])
    .where('region_id', '=', regionId)
    .where('meeting_id', 'in', ids)
    .where('status', '<>', 'removed')
    .groupBy('meeting_id')
    .execute();
  const networkIds = [...new Set(rows.map((r) => r.network_id).filter((n): n is string => n !== null))];
  const names = networkIds.length ? await db.selectFrom('care_networks').select(['id', 'name']).where('region_id', '=', regionId).where('id', 'in', networkIds).execute() : [];
  return rows.map((r) => {
    const parts = nlParts(r.starts_at);
    return {
      id: r.id,
      networkId: r.network_id,
      networkName: names.find((n) => n.id === r.network_id)?.name ?? null,
      kind: r.kind,
      startsAt: r.starts_at.toISOString(),
      date: parts.day,
      startTime: parts.time,
      durationMinutes: r.duration_minutes,
      location: r.location,
      status: r.status,
      itemCount: Number(counts.find((c) => c.meeting_id === r.id)?.n ?? 0),
    };
  });
}

export const SUMMARY_COLUMNS = ['id', 'network_id', 'kind', 'starts_at', 'duration_minutes', 'location', 'status'] as const;
