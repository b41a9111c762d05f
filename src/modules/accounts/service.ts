import { sql } from 'kysely';
import type { AppContext } from '../../platform/context.js';
import type { Db } from '../../platform/db/database.js';
import { AppError, conflict, invalid, notFound } from '../../platform/errors.js';
import { hashPassword, checkPasswordPolicy } from '../auth/passwords.js';
import { forgetUserSessions, revokeAllSessions } from '../auth/sessions.js';
import type { OrganisationInput, OrganisationPatch, OrganisationView, TeamView, UserInput, UserPatch, UserView } from './model.js';
import { rolesFromDb, STAFF_ROLES, type OrganisationKind, type Role } from './schema.js';

/** Everything here is scoped to one region: the region id is always part of the WHERE clause. */

export async function createRegion(db: Db, input: { slug: string; name: string }): Promise<{ id: string }> {
  const existing = await db.selectFrom('regions').select('id').where('slug', '=', input.slug).executeTakeFirst();
  if (existing) throw invalid('slug', 'Deze regio bestaat al.', 'This region already exists.');
  return db.insertInto('regions').values(input).returning('id').executeTakeFirstOrThrow();
}

export async function findRegion(db: Db, slug: string): Promise<{ id: string; name: string } | undefined> {
  return db.selectFrom('regions').select(['id', 'name']).where('slug', '=', slug).executeTakeFirst();
}

export async function createMunicipality(db: Db, regionId: string, name: string): Promise<{ id: string }> {
  return db.insertInto('municipalities').values({ region_id: regionId, name }).returning('id').executeTakeFirstOrThrow();
}

export async function listMunicipalities(db: Db, regionId: string): Promise<{ id: string; name: string }[]> {
  return db.selectFrom('municipalities').select(['id', 'name']).where('region_id', '=', regionId).orderBy('name').execute();
}

async function assertMunicipality(db: Db, regionId: string, id: string | null | undefined): Promise<void> {
  if (!id) return;
  const m = await db.selectFrom('municipalities').select('id').where('region_id', '=', regionId).where('id', '=', id).executeTakeFirst();
  if (!m) throw invalid('municipalityId', 'Deze gemeente bestaat niet in jouw regio.', 'This municipality does not exist in your region.');
}

async function assertOrganisation(db: Db, regionId: string, id: string | null | undefined): Promise<void> {
  if (!id) return;
  const o = await db.selectFrom('organisations').select('id').where('region_id', '=', regionId).where('id', '=', id).executeTakeFirst();
  if (!o) throw invalid('organisationId', 'Deze organisatie bestaat niet in jouw regio.', 'This organisation does not exist in your region.');
}

/** A team must belong to the user's organisation, and both to the region. */
async function assertTeam(db: Db, regionId: string, teamId: string | null | undefined, organisationId: string | null | undefined): Promise<void> {
  if (!teamId) return;
  const team = await db.selectFrom('teams').select('organisation_id').where('region_id', '=', regionId).where('id', '=', teamId).executeTakeFirst();
  if (!team || team.organisation_id !== organisationId) {
    throw invalid('teamId', 'Kies een team van de organisatie van deze persoon.', "Choose a team of this person's organisation.");
  }
}

async function uniqueOrganisationName(db: Db, regionId: string, name: string, exceptId?: string): Promise<void> {
  let q = db.selectFrom('organisations').select('id').where('region_id', '=', regionId).where(sql<boolean>`lower(name) = lower(${name})`);
  if (exceptId) q = q.where('id', '<>', exceptId);
  if (await q.executeTakeFirst()) throw invalid('name', 'Er is al een organisatie met deze naam.', 'An organisation with this name already exists.');
}

export async function createOrganisation(db: Db, regionId: string, input: OrganisationInput): Promise<OrganisationView> {
  await assertMunicipality(db, regionId, input.municipalityId);
  await uniqueOrganisationName(db, regionId, input.name);
  const row = await db
    .insertInto('organisations')
    .values({ region_id: regionId, name: input.name, kind: input.kind, municipality_id: input.municipalityId ?? null })
    .returning('id')
    .executeTakeFirstOrThrow();
  return getOrganisation(db, regionId, row.id);
}

export async function listOrganisations(db: Db, regionId: string, id?: string): Promise<OrganisationView[]> {
  let q = db
    .selectFrom('organisations as o')
    .leftJoin('municipalities as m', 'm.id', 'o.municipality_id')
    .select((eb) => [
      'o.id',
      'o.name',
      'o.kind',
      'o.municipality_id',
      'm.name as municipality_name',
      'o.version',
      eb.selectFrom('users as u').select(sql<number>`count(*)::int`.as('n')).whereRef('u.organisation_id', '=', 'o.id').as('user_count'),
    ])
    .where('o.region_id', '=', regionId)
    .where('o.archived_at', 'is', null)
    .orderBy('o.name');
  if (id) q = q.where('o.id', '=', id);
  const rows = await q.execute();
  return rows.map((r) => ({
    id: r.id,
    name: r.name,
    kind: r.kind as OrganisationKind,
    municipalityId: r.municipality_id,
    municipalityName: r.municipality_name,
    userCount: Number(r.user_count ?? 0),
    version: r.version,
  }));
}

export async function getOrganisation(db: Db, regionId: string, id: string): Promise<OrganisationView> {
  const [org] = await listOrganisations(db, regionId, id);
  if (!org) throw notFound();
  return org;
}

export async function updateOrganisation(db: Db, regionId: string, id: string, patch: OrganisationPatch): Promise<OrganisationView> {
  return db.transaction().execute(async (trx) => {
    const current = await getOrganisation(trx, regionId, id);
    if (patch.municipalityId !== undefined) await assertMunicipality(trx, regionId, patch.municipalityId);
    if (patch.name !== undefined) await uniqueOrganisationName(trx, regionId, patch.name, id);
    const res = await trx
      .updateTable('organisations')
      .set((eb) => ({
        ...(patch.name !== undefined ? { name: patch.name } : {}),
        ...(patch.kind !== undefined ? { kind: patch.kind } : {}),
        ...(patch.municipalityId !== undefined ? { municipality_id: patch.municipalityId } : {}),
        version: eb('version', '+', 1),
        updated_at: new Date(),
      }))
      .where('region_id', '=', regionId)
      .where('id', '=', id)
      .where('version', '=', patch.version)
      .executeTakeFirst();
    if (Number(res.numUpdatedRows) === 0) throw conflict(current);
    return getOrganisation(trx, regionId, id);
  });
}

export async function createTeam(db: Db, regionId: string, organisationId: string, name: string): Promise<TeamView> {
  // The organisation is the addressed resource here: another region's is simply not found.
  await getOrganisation(db, regionId, organisationId);
  const dup = await db
    .selectFrom('teams')
    .select('id')
    .where('organisation_id', '=', organisationId)
    .where(sql<boolean>`lower(name) = lower(${name})`)
    .executeTakeFirst();
  if (dup) throw invalid('name', 'Er is al een team met deze naam.', 'A team with this name already exists.');
  const row = await db.insertInto('teams').values({ region_id: regionId, organisation_id: organisationId, name }).returning(['id', 'name']).executeTakeFirstOrThrow();
  return { ...row, memberCount: 0 };
}

export async function listTeams(db: Db, regionId: string, organisationId: string): Promise<TeamView[]> {
  await getOrganisation(db, regionId, organisationId);
  const rows = await db
    .selectFrom('teams as t')
    .select((eb) => [
      't.id',
      't.name',
      eb.selectFrom('users as u').select(sql<number>`count(*)::int`.as('n')).whereRef('u.team_id', '=', 't.id').as('member_count'),
    ])
    .where('t.region_id', '=', regionId)
    .where('t.organisation_id', '=', organisationId)
    .orderBy('t.name')
    .execute();
  return rows.map((r) => ({ id: r.id, name: r.name, memberCount: Number(r.member_count ?? 0) }));
}

async function assertEmailFree(db: Db, email: string): Promise<void> {
  const taken = await db.selectFrom('users').select('id').where('email', '=', email).executeTakeFirst();
  if (taken) throw invalid('email', 'Er is al een account met dit e-mailadres.', 'An account with this e-mail address already exists.');
}

export interface NewUser extends Omit<UserInput, 'roles'> {
  /** Any role: the CLI and the seed also make client-side accounts; the admin API allows staff roles only. */
  roles: Role[];
  /** Only the CLI and the demo seed set a password directly; the web sends a welcome link. */
  password?: string;
  locale?: 'nl' | 'en';
}

export async function createUser(db: Db, regionId: string, input: NewUser): Promise<{ id: string }> {
  await assertEmailFree(db, input.email);
  await assertOrganisation(db, regionId, input.organisationId);
  await assertTeam(db, regionId, input.teamId, input.organisationId);
  if (input.password !== undefined) checkPasswordPolicy(input.password, 'password', [input.email, input.displayName]);
  const passwordHash = input.password !== undefined ? await hashPassword(input.password) : null;
  const run = async (trx: Db) => {
    const user = await trx
      .insertInto('users')
      .values({
        region_id: regionId,
        organisation_id: input.organisationId ?? null,
        team_id: input.teamId ?? null,
        email: input.email,
        display_name: input.displayName,
        job_title: input.jobTitle ?? null,
        phone: input.phone ?? null,
        locale: input.locale ?? 'nl',
        password_hash: passwordHash,
        password_changed_at: passwordHash ? new Date() : null,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await trx
      .insertInto('user_roles')
      .values([...new Set(input.roles)].map((role) => ({ user_id: user.id, region_id: regionId, role })))
      .execute();
    return user;
  };
  return db.isTransaction ? run(db) : db.transaction().execute(run);
}

/**
 * The administrator's view of accounts: staff only, with their staff roles. Client-side accounts
 * (clients, representatives, naasten, volunteers) are not listed: that someone is a client, or close
 * to one, is itself client information, and those people come in by invitation.
 */
export async function listUsers(db: Db, regionId: string, options: { q?: string; id?: string; limit?: number } = {}): Promise<UserView[]> {
  let q = db
    .selectFrom('users as u')
    .leftJoin('organisations as o', 'o.id', 'u.organisation_id')
    .leftJoin('teams as t', 't.id', 'u.team_id')
    .select([
      'u.id',
      'u.display_name',
      'u.email',
      'u.organisation_id',
      'o.name as organisation_name',
      'u.team_id',
      't.name as team_name',
      'u.status',
      'u.totp_enabled_at',
      'u.last_login_at',
      'u.version',
      sql<Role[] | string>`COALESCE((SELECT array_agg(ur.role ORDER BY ur.role) FROM user_roles ur WHERE ur.user_id = u.id AND ur.role IN (${sql.join(STAFF_ROLES)})), '{}')`.as('roles'),
    ])
    .where('u.region_id', '=', regionId)
    .where(({ exists, selectFrom }) =>
      exists(selectFrom('user_roles as ur').select('ur.role').whereRef('ur.user_id', '=', 'u.id').where('ur.role', 'in', STAFF_ROLES)),
    )
    .orderBy('u.display_name')
    .limit(options.limit ?? 500);
  if (options.id) q = q.where('u.id', '=', options.id);
  if (options.q) {
    const like = `%${options.q.replace(/[%_\\]/g, (c) => `\\${c}`)}%`;
    q = q.where((eb) => eb.or([eb('u.display_name', 'ilike', like), eb('u.email', 'ilike', like), eb('o.name', 'ilike', like)]));
  }
  const rows = await q.execute();
  return rows.map((r) => ({
    id: r.id,
    displayName: r.display_name,
    email: r.email,
    roles: rolesFromDb(r.roles),
    organisationId: r.organisation_id,
    organisationName: r.organisation_name,
    teamId: r.team_id,
    teamName: r.team_name,
    status: r.status,
    mfaEnabled: r.totp_enabled_at !== null,
    lastLoginAt: r.last_login_at ? r.last_login_at.toISOString() : null,
    version: r.version,
  }));
}

export async function getUser(db: Db, regionId: string, id: string): Promise<UserView> {
  const [user] = await listUsers(db, regionId, { id });
  if (!user) throw notFound();
  return user;
}

export async function updateUser(db: Db, regionId: string, id: string, patch: UserPatch, actingUserId: string): Promise<UserView> {
  return db.transaction().execute(async (trx) => {
    const current = await getUser(trx, regionId, id);
    if (id === actingUserId && (patch.status === 'disabled' || (patch.roles && !patch.roles.includes('beheerder')))) {
      throw invalid('roles', 'Je kunt je eigen beheerrechten niet weghalen.', 'You cannot remove your own administrator rights.');
    }
    if (patch.organisationId !== undefined) await assertOrganisation(trx, regionId, patch.organisationId);
    // A user who moves to another organisation leaves their team unless a new one is given.
    const organisationId = patch.organisationId !== undefined ? patch.organisationId : current.organisationId;
    const teamId = patch.teamId !== undefined ? patch.teamId : patch.organisationId !== undefined && patch.organisationId !== current.organisationId ? null : current.teamId;
    await assertTeam(trx, regionId, teamId, organisationId);
    const res = await trx
      .updateTable('users')
      .set((eb) => ({
        ...(patch.displayName !== undefined ? { display_name: patch.displayName } : {}),
        ...(patch.organisationId !== undefined ? { organisation_id: patch.organisationId } : {}),
        team_id: teamId,
        ...(patch.status !== undefined ? { status: patch.status } : {}),
        version: eb('version', '+', 1),
        updated_at: new Date(),
      }))
      .where('region_id', '=', regionId)
      .where('id', '=', id)
      .where('version', '=', patch.version)
      .executeTakeFirst();
    if (Number(res.numUpdatedRows) === 0) throw conflict(current);
    if (patch.roles) {
      // Only staff roles are the administrator's to change; a role as naaste of someone stays.
      await trx.deleteFrom('user_roles').where('user_id', '=', id).where('role', 'in', STAFF_ROLES).execute();
      await trx
        .insertInto('user_roles')
        .values([...new Set(patch.roles)].map((role) => ({ user_id: id, region_id: regionId, role })))
        .execute();
    }
    if (patch.status === 'disabled') await revokeAllSessions(trx, id);
    // Sessions held in the process cache carry the old roles and name.
    forgetUserSessions(id);
    return getUser(trx, regionId, id);
  });
}

export async function setPassword(db: Db, userId: string, password: string): Promise<void> {
  const user = await db.selectFrom('users').select(['email', 'display_name']).where('id', '=', userId).executeTakeFirst();
  if (!user) throw notFound();
  checkPasswordPolicy(password, 'password', [user.email, user.display_name]);
  await db
    .updateTable('users')
    .set({ password_hash: await hashPassword(password), password_changed_at: new Date() })
    .where('id', '=', userId)
    .execute();
  await revokeAllSessions(db, userId);
}

export const ensureNotSelf = (a: string, b: string) => {
  if (a === b) throw new AppError(409, 'self', { nl: 'Dit kan niet bij je eigen account.', en: 'This is not possible for your own account.' });
};

export type AccountsContext = Pick<AppContext, 'db'>;

/** Active accounts with a role, optionally in one organisation: whom to mail for a region's or organisation's work. */
export async function activeUsersWithRole(db: Db, regionId: string, role: Role, organisationId?: string): Promise<{ id: string; email: string; locale: 'nl' | 'en' }[]> {
  return db
    .selectFrom('users as u')
    .select(['u.id', 'u.email', 'u.locale'])
    .where('u.region_id', '=', regionId)
    .where('u.status', '=', 'active')
    .where('u.id', 'in', db.selectFrom('user_roles as ur').select('ur.user_id').where('ur.role', '=', role))
    .$if(organisationId !== undefined, (q) => q.where('u.organisation_id', '=', organisationId!))
    .orderBy('u.email')
    .execute();
}
