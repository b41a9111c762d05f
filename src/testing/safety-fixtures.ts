import { randomUUID } from 'node:crypto';
import { expect } from 'vitest';
import type { AppContext } from '../platform/context.js';
import type { Actor } from '../platform/access/index.js';
import type { InformationCategory } from '../platform/audit/schema.js';
import { seal } from '../modules/auth/secret-box.js';
import { newTotpSecret } from '../modules/auth/totp.js';
import { createOrganisation, createUser } from '../modules/accounts/service.js';
import type { Role } from '../modules/accounts/schema.js';
import type { ClientRelation } from '../modules/clients/schema.js';
import type { GrantedLevel } from '../modules/consent/schema.js';
import { PASSWORD, type FixtureUser } from './fixtures.js';
import { TestClient, type TestApp } from './test-app.js';

/**
 * Extra people for the refusal, safety-exception and access-log tests: colleagues, team leads of
 * the same and of another organisation, and circle members with exactly the grants a test needs.
 * Names are invented.
 */

export interface StaffUser extends FixtureUser {
  name: string;
  organisationName: string | null;
}

export async function organisation(ctx: AppContext, regionId: string, name: string): Promise<string> {
  return (await createOrganisation(ctx.db, regionId, { name, kind: 'wijkteam' })).id;
}

/** A user; staff get a second factor as the log-in requires. */
export async function person(ctx: AppContext, regionId: string, name: string, roles: Role[], organisationId: string | null = null): Promise<StaffUser> {
  const email = `${name.toLowerCase().replace(/\s+/g, '.')}.${randomUUID().slice(0, 8)}@voorbeeld.test`;
  const { id } = await createUser(ctx.db, regionId, { displayName: name, email, roles, organisationId, password: PASSWORD });
  const org = organisationId ? await ctx.db.selectFrom('organisations').select('name').where('id', '=', organisationId).executeTakeFirst() : undefined;
  const staff = roles.some((r) => ['beheerder', 'professional', 'teamleider', 'netwerkvoorzitter', 'beleidsadviseur'].includes(r));
  if (!staff) return { id, email, name, organisationName: org?.name ?? null };
  const totpSecret = newTotpSecret();
  await ctx.db.updateTable('users').set({ totp_secret_enc: seal(ctx.config.secretKey, totpSecret), totp_enabled_at: new Date() }).where('id', '=', id).execute();
  return { id, email, totpSecret, name, organisationName: org?.name ?? null };
}

/**
 * Makes the user a member of the client's circle with exactly these grants (others: none). Written
 * straight into the tables, so the tests do not depend on how consent decisions are made.
 */
export async function membership(
  ctx: AppContext,
  regionId: string,
  clientId: string,
  userId: string,
  relation: ClientRelation,
  grants: Partial<Record<InformationCategory, GrantedLevel>>,
): Promise<string> {
  const link = await ctx.db
    .insertInto('client_links')
    .values({ region_id: regionId, client_id: clientId, user_id: userId, relation, label: null })
    .onConflict((oc) => oc.columns(['client_id', 'user_id']).doUpdateSet({ relation }))
    .returning('id')
    .executeTakeFirstOrThrow();
  await ctx.db.deleteFrom('consent_grants').where('link_id', '=', link.id).execute();
  const rows = Object.entries(grants).map(([category, level]) => ({
    link_id: link.id,
    category: category as InformationCategory,
    region_id: regionId,
    client_id: clientId,
    level: level as GrantedLevel,
    expires_at: null,
    decision_id: randomUUID(),
  }));
  if (rows.length) await ctx.db.insertInto('consent_grants').values(rows).execute();
  return link.id;
}

/** What a professional gets from the 'professional' preset: everything but sensitive notes. */
export const PROFESSIONAL_GRANTS: Partial<Record<InformationCategory, GrantedLevel>> = {
  basis: 'contribute',
  netwerk: 'contribute',
  plan: 'contribute',
  agenda: 'contribute',
  logboek: 'contribute',
  rapportage: 'contribute',
  documenten: 'contribute',
};

/** The actor platform/access sees for a user, as the session would build it. */
export async function actorFor(ctx: AppContext, userId: string): Promise<Actor> {
  const u = await ctx.db
    .selectFrom('users as u')
    .leftJoin('organisations as o', 'o.id', 'u.organisation_id')
    .select(['u.region_id', 'u.display_name', 'o.name as org'])
    .where('u.id', '=', userId)
    .executeTakeFirstOrThrow();
  const roles = (await ctx.db.selectFrom('user_roles').select('role').where('user_id', '=', userId).execute()).map((r) => r.role);
  return { userId, regionId: u.region_id, roles, label: u.org ? `${u.display_name} (${u.org})` : u.display_name };
}

/** A logged-in browser stand-in for the user. */
export async function loginAs(t: TestApp, u: FixtureUser): Promise<TestClient> {
  await t.ctx.db.updateTable('users').set({ totp_last_step: null }).where('id', '=', u.id).execute();
  const c = new TestClient(t.app);
  const res = await c.login(u.email, PASSWORD, u.totpSecret);
  expect(res.statusCode).toBe(200);
  return c;
}

/** Mail in the outbox to an address, newest last. */
export async function mailTo(ctx: AppContext, address: string) {
  return ctx.db.selectFrom('mail_outbox').select(['subject', 'text_body']).where('to_address', '=', address).orderBy('created_at').execute();
}
