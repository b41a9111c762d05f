import { sql } from 'kysely';
import type { Db } from '../db/database.js';

/** One organisation already involved with a person: who to call, since when. Never any content. */
export interface Involvement {
  organisation: string;
  contactName: string | null;
  contactPhone: string | null;
  since: Date;
  source: 'circle' | 'case';
}

export type InvolvementSubject =
  | { kind: 'client'; clientId: string }
  | { kind: 'subject'; firstName: string; lastName: string; birthDate: string };

/**
 * "Who is already involved?" for a care case, so it is not discussed in three forums. From the
 * circles of the client and of their family (professional members and their organisation), and from
 * earlier cases about the same person in any network of the region (the submitting organisation and
 * the coordinator). Returns only organisation, contact person and date: callers run it inside
 * withCaseAccess, which logged the check on the client.
 */
export async function involvedOrganisations(db: Db, regionId: string, subject: InvolvementSubject, exceptCaseId: string): Promise<Involvement[]> {
  const clientIds = subject.kind === 'client' ? await withFamily(db, regionId, subject.clientId) : [];
  const [circle, cases] = await Promise.all([
    clientIds.length === 0
      ? Promise.resolve([])
      : db
          .selectFrom('client_links as l')
          .innerJoin('users as u', (j) => j.onRef('u.id', '=', 'l.user_id').onRef('u.region_id', '=', 'l.region_id'))
          .innerJoin('organisations as o', (j) => j.onRef('o.id', '=', 'u.organisation_id').onRef('o.region_id', '=', 'u.region_id'))
          .select(['o.id as org_id', 'o.name as org', 'u.display_name', 'u.phone', 'l.created_at'])
          .where('l.region_id', '=', regionId)
          .where('l.client_id', 'in', clientIds)
          .where('l.relation', '=', 'professional')
          .where('u.status', '=', 'active')
          .execute(),
    db
      .selectFrom('care_cases as c')
      .innerJoin('organisations as o', (j) => j.onRef('o.id', '=', 'c.submitted_org_id').onRef('o.region_id', '=', 'c.region_id'))
      .innerJoin('users as u', (j) => j.onRef('u.id', '=', 'c.submitted_by').onRef('u.region_id', '=', 'c.region_id'))
      .leftJoin('care_case_coordinators as k', (j) => j.onRef('k.case_id', '=', 'c.id').onRef('k.region_id', '=', 'c.region_id').on('k.ended_at', 'is', null))
      .leftJoin('users as ku', (j) => j.onRef('ku.id', '=', 'k.user_id').onRef('ku.region_id', '=', 'k.region_id'))
      .leftJoin('organisations as ko', (j) => j.onRef('ko.id', '=', 'k.organisation_id').onRef('ko.region_id', '=', 'k.region_id'))
      .select(['o.id as org_id', 'o.name as org', 'u.display_name', 'u.phone', 'c.created_at', 'ko.id as k_org_id', 'ko.name as k_org', 'ku.display_name as k_name', 'ku.phone as k_phone', 'k.assigned_at'])
      .where('c.region_id', '=', regionId)
      .where('c.id', '<>', exceptCaseId)
      .where('c.mode', '<>', 'anonymous')
      .where((eb) =>
        subject.kind === 'client'
          ? eb('c.client_id', 'in', clientIds)
          : eb.and([
              eb(sql`lower(c.subject_first_name)`, '=', subject.firstName.toLowerCase()),
              eb(sql`lower(c.subject_last_name)`, '=', subject.lastName.toLowerCase()),
              eb('c.subject_birth_date', '=', subject.birthDate),
            ]),
      )
      .execute(),
  ]);
  const byOrg = new Map<string, Involvement>();
  const add = (orgId: string, inv: Involvement) => {
    const known = byOrg.get(orgId);
    // The earliest date says since when; the latest contact person is the one to call now.
    if (!known) byOrg.set(orgId, inv);
    else byOrg.set(orgId, { ...(inv.since > known.since ? inv : known), since: inv.since < known.since ? inv.since : known.since, source: known.source === 'circle' ? 'circle' : inv.source });
  };
  for (const r of circle) add(r.org_id, { organisation: r.org, contactName: r.display_name, contactPhone: r.phone, since: r.created_at, source: 'circle' });
  for (const r of cases) {
    add(r.org_id, { organisation: r.org, contactName: r.display_name, contactPhone: r.phone, since: r.created_at, source: 'case' });
    if (r.k_org_id && r.k_org && r.assigned_at) add(r.k_org_id, { organisation: r.k_org, contactName: r.k_name, contactPhone: r.k_phone, since: r.assigned_at, source: 'case' });
  }
  return [...byOrg.values()].sort((a, b) => a.organisation.localeCompare(b.organisation, 'nl'));
}

/** The client and the other clients in their family plan ("één gezin, één plan"). */
async function withFamily(db: Db, regionId: string, clientId: string): Promise<string[]> {
  const rows = await db
    .selectFrom('plans as p')
    .innerJoin('plans as f', (j) => j.onRef('f.family_id', '=', 'p.family_id').onRef('f.region_id', '=', 'p.region_id'))
    .select('f.client_id')
    .where('p.region_id', '=', regionId)
    .where('p.client_id', '=', clientId)
    .where('p.family_id', 'is not', null)
    .execute();
  return [...new Set([clientId, ...rows.map((r) => r.client_id)])];
}
