import type { Selectable } from 'kysely';
import type { AccessScope } from '../../platform/access/index.js';
import type { Db } from '../../platform/db/database.js';
import type { FamilyView, PersonView, SnapshotEntry, SnapshotSummary } from './model.js';
import type { NetworkFamilyLinksTable, NetworkPersonsTable, NetworkSnapshotEntriesTable, NetworkSnapshotsTable } from './schema.js';

type PersonRow = Selectable<NetworkPersonsTable>;

/** The client's people, region-scoped; every query of the map starts here. */
export const personsOf = (db: Db, scope: Pick<AccessScope, 'regionId' | 'clientId'>) =>
  db.selectFrom('network_persons').where('region_id', '=', scope.regionId).where('client_id', '=', scope.clientId);

/** Persons with the circle member they are and the invitation they were sent, in one query. */
export async function personViews(db: Db, scope: Pick<AccessScope, 'regionId' | 'clientId'>, ids?: readonly string[]): Promise<PersonView[]> {
  if (ids && ids.length === 0) return [];
  const rows = await db
    .selectFrom('network_persons as p')
    .leftJoin('client_links as l', (j) => j.onRef('l.id', '=', 'p.link_id').onRef('l.region_id', '=', 'p.region_id'))
    .leftJoin('users as u', (j) => j.onRef('u.id', '=', 'l.user_id').onRef('u.region_id', '=', 'l.region_id'))
    .leftJoin('invitations as i', (j) => j.onRef('i.id', '=', 'p.invitation_id').onRef('i.region_id', '=', 'p.region_id'))
    .selectAll('p')
    .select(['u.display_name as member_name', 'l.relation as member_relation', 'i.expires_at as inv_expires', 'i.accepted_at as inv_accepted', 'i.revoked_at as inv_revoked'])
    .where('p.region_id', '=', scope.regionId)
    .where('p.client_id', '=', scope.clientId)
    .$if(ids !== undefined, (q) => q.where('p.id', 'in', ids ?? []))
    .orderBy('p.created_at')
    .orderBy('p.id')
    .execute();
  const now = Date.now();
  return rows.map((r) => {
    const state = r.inv_expires === null ? null : r.inv_revoked ? 'revoked' : r.inv_accepted ? 'accepted' : r.inv_expires.getTime() <= now ? 'expired' : 'open';
    return toPersonView(r, {
      member: r.link_id && r.member_name && r.member_relation ? { linkId: r.link_id, name: r.member_name, relation: r.member_relation } : null,
      invitation: state && r.inv_expires ? { state, expiresAt: r.inv_expires.toISOString() } : null,
    });
  });
}

export function toPersonView(r: PersonRow, extra: Pick<PersonView, 'member' | 'invitation'> = { member: null, invitation: null }): PersonView {
  return {
    id: r.id,
    displayName: r.display_name,
    relation: r.relation,
    sector: r.sector,
    closeness: r.closeness,
    quality: r.quality,
    supportGiven: r.support_given,
    supportReceived: r.support_received,
    contactFrequency: r.contact_frequency,
    paid: r.paid,
    status: r.status,
    note: r.note,
    birthDate: r.birth_date,
    gender: r.gender,
    deceased: r.deceased,
    member: extra.member,
    invitation: extra.invitation,
    posX: r.pos_x,
    posY: r.pos_y,
    version: r.version,
    createdAt: r.created_at.toISOString(),
    updatedAt: r.updated_at.toISOString(),
  };
}

export const toFamilyView = (r: Selectable<NetworkFamilyLinksTable>): FamilyView => ({ id: r.id, kind: r.kind, fromPersonId: r.from_person_id, toPersonId: r.to_person_id });

export function toEntry(r: Selectable<NetworkSnapshotEntriesTable>): SnapshotEntry {
  return {
    personKey: r.person_key,
    removed: r.removed,
    displayName: r.display_name,
    relation: r.relation,
    sector: r.sector,
    closeness: r.closeness,
    quality: r.quality,
    supportGiven: r.support_given,
    supportReceived: r.support_received,
    contactFrequency: r.contact_frequency,
    paid: r.paid,
    status: r.status,
    deceased: r.deceased,
  };
}

/** A person on the map now, in the shape of a snapshot entry (for "compare with now"). */
export const personAsEntry = (p: PersonRow): SnapshotEntry => ({
  personKey: p.id,
  removed: false,
  displayName: p.display_name,
  relation: p.relation,
  sector: p.sector,
  closeness: p.closeness,
  quality: p.quality,
  supportGiven: p.support_given,
  supportReceived: p.support_received,
  contactFrequency: p.contact_frequency,
  paid: p.paid,
  status: p.status,
  deceased: p.deceased,
});

export const toSnapshotSummary = (r: Selectable<NetworkSnapshotsTable>, personCount: number): SnapshotSummary => ({
  id: r.id,
  label: r.label,
  takenOn: r.taken_on,
  note: r.note,
  createdByLabel: r.created_by_label,
  createdAt: r.created_at.toISOString(),
  personCount,
});
