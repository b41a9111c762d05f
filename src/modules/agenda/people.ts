import { circleMembersAccess, decide, type AccessScope } from '../../platform/access/index.js';
import type { Db } from '../../platform/db/database.js';
import { invalid } from '../../platform/errors.js';

/** Someone who can be invited: the client with an account, or a circle member who may see the agenda. */
export interface Invitable {
  userId: string;
  linkId: string | null;
  label: string;
}

/** Whether the reader may add and change appointments, by the one consent rule. */
export const mayWriteAgenda = (scope: AccessScope): boolean =>
  decide({ relation: scope.relation, decides: scope.decidesAs !== null, level: scope.level, exceptionId: null }, 'create').allowed;

/**
 * The people an appointment can be for. A member without read access to the agenda is left out:
 * an invitation they cannot open helps nobody and would tell them more than the client allowed.
 * Runs inside the caller's withClientAccess.
 */
export async function invitablePeople(db: Db, regionId: string, clientId: string): Promise<Invitable[]> {
  const client = await db
    .selectFrom('clients as c')
    .innerJoin('users as u', (j) => j.onRef('u.id', '=', 'c.user_id').onRef('u.region_id', '=', 'c.region_id'))
    .select(['u.id', 'u.display_name'])
    .where('c.region_id', '=', regionId)
    .where('c.id', '=', clientId)
    .where('u.status', '=', 'active')
    .executeTakeFirst();
  const members = (await circleMembersAccess(db, regionId, clientId, 'agenda')).filter((m) => m.mayRead);
  const people: Invitable[] = client ? [{ userId: client.id, linkId: null, label: client.display_name }] : [];
  for (const m of members) {
    if (!people.some((p) => p.userId === m.userId)) people.push({ userId: m.userId, linkId: m.linkId, label: m.displayName });
  }
  return people;
}

/** The chosen people, each checked against who can be invited now. */
export async function resolveAttendees(db: Db, regionId: string, clientId: string, userIds: readonly string[]): Promise<Invitable[]> {
  const wanted = [...new Set(userIds.map((id) => id.toLowerCase()))];
  if (wanted.length === 0) return [];
  const people = await invitablePeople(db, regionId, clientId);
  const chosen = wanted.map((id) => people.find((p) => p.userId === id));
  if (chosen.some((p) => p === undefined)) {
    throw invalid('attendeeUserIds', 'Je kunt alleen mensen uit de kring uitnodigen die de agenda mogen zien.', 'You can only invite people in the circle who may see the agenda.');
  }
  return chosen as Invitable[];
}

export interface Recipient {
  userId: string;
  email: string;
  locale: 'nl' | 'en';
}

/** Active accounts to tell something; e-mail addresses only, never client data. */
export async function recipients(db: Db, userIds: readonly string[]): Promise<Recipient[]> {
  if (userIds.length === 0) return [];
  const rows = await db.selectFrom('users').select(['id', 'email', 'locale']).where('id', 'in', [...userIds]).where('status', '=', 'active').execute();
  return rows.map((r) => ({ userId: r.id, email: r.email, locale: r.locale }));
}
