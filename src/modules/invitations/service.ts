import type { ExpressionBuilder } from 'kysely';
import type { AppContext } from '../../platform/context.js';
import { deciderParty, lookupAccess, ROLES_FOR_LINK, withClientAccess, type Actor } from '../../platform/access/index.js';
import { AppError, forbidden, invalid } from '../../platform/errors.js';
import type { Database, Db } from '../../platform/db/database.js';
import { checkPasswordPolicy } from '../auth/passwords.js';
import { createUser } from '../accounts/service.js';
import { createSession } from '../auth/sessions.js';
import { hashToken, newToken } from '../auth/tokens.js';
import { invitationMail } from '../auth/mail-templates.js';
import { INVITATION_EXPIRED, INVITATION_UNKNOWN, INVITATION_USED } from '../auth/messages.js';
import { attachClientAccount } from '../clients/service.js';
import { addMember, assertNotRefused, defaultPreset, type DecisionActor } from '../consent/service.js';
import { rolesFromDb, type Role } from '../accounts/schema.js';
import { CLIENT_RELATIONS, type ClientRelation } from '../clients/schema.js';
import type { InvitationInput } from './model.js';

type Ctx = Pick<AppContext, 'db' | 'config' | 'mail' | 'audit' | 'log' | 'jobs'>;

/**
 * A professional, the client or their representative invites someone into the client's circle.
 * Sharing the client's name with a new person is a write of client data, so it goes through
 * platform/access and is logged.
 */
export async function invite(ctx: Ctx, actor: Actor, input: InvitationInput, requestId: string | null): Promise<{ id: string; expiresAt: string }> {
  const token = newToken();
  const expiresAt = new Date(Date.now() + ctx.config.invitationDays * 86_400_000);
  const created = await withClientAccess(
    ctx,
    actor,
    { clientId: input.clientId, category: 'basis', action: 'share', purpose: 'uitnodiging voor de kring', requestId },
    async (db, scope) => {
      if (!['self', 'vertegenwoordiger', 'professional'].includes(scope.relation)) throw forbidden();
      if (input.role === 'client') {
        if (scope.relation !== 'professional') throw forbidden();
        const client = await db.selectFrom('clients').select('user_id').where('id', '=', scope.clientId).executeTakeFirstOrThrow();
        if (client.user_id) throw invalid('role', 'Deze cliënt heeft al een account.', 'This client already has an account.');
      }
      await checkInvitee(db, scope.regionId, scope.clientId, input);
      if (input.role !== 'client') await assertNotRefused(db, scope.regionId, scope.clientId, { email: input.email, displayName: input.displayName });
      const row = await db
        .insertInto('invitations')
        .values({
          region_id: scope.regionId,
          token_hash: hashToken(token),
          email: input.email,
          display_name: input.displayName,
          role: input.role,
          client_id: scope.clientId,
          relation_label: input.relationLabel ?? null,
          preset: input.role === 'client' ? null : (input.preset ?? defaultPreset(input.role)),
          invited_by: actor.userId,
          expires_at: expiresAt,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      return { id: row.id, regionId: scope.regionId };
    },
  );
  const link = `${ctx.config.publicUrl}/uitnodiging/${encodeURIComponent(token)}`;
  const inviter = actor.label;
  const mail = invitationMail('nl', input.displayName, inviter, link, ctx.config.invitationDays);
  await ctx.mail.send({ regionId: created.regionId, to: input.email, ...mail });
  return { id: created.id, expiresAt: expiresAt.toISOString() };
}

/** Roles of the user in the query's `u`, as one array column. */
const rolesOf = (eb: ExpressionBuilder<Database & { u: Database['users'] }, 'u'>) =>
  eb.selectFrom('user_roles as r').whereRef('r.user_id', '=', 'u.id').select((e) => e.fn<string[]>('array_agg', ['r.role']).as('roles')).as('roles');

/**
 * Someone with an account joins with that account: it must be in this region and not in the circle
 * yet, and a professional can only be someone who already works as one here. New professionals get
 * their account from the administrator, not from a circle.
 */
async function checkInvitee(db: Db, regionId: string, clientId: string, input: InvitationInput): Promise<void> {
  const existing = await db
    .selectFrom('users as u')
    .select(['u.id', 'u.region_id'])
    .select(rolesOf)
    .where('u.email', '=', input.email)
    .executeTakeFirst();
  if (!existing) {
    if (input.role === 'professional') {
      throw invalid('email', 'Er is geen professional met dit e-mailadres. Vraag de beheerder om een account.', 'There is no professional with this e-mail address. Ask the administrator for an account.');
    }
    return;
  }
  if (input.role === 'client') throw invalid('email', 'Er is al een account met dit e-mailadres.', 'An account with this e-mail address already exists.');
  if (existing.region_id !== regionId) throw invalid('email', 'Dit e-mailadres hoort bij een account in een andere regio.', 'This e-mail address belongs to an account in another region.');
  const roles = rolesFromDb((existing.roles ?? []) as Role[]);
  if (input.role === 'professional' && !roles.some((r) => ROLES_FOR_LINK.professional.includes(r))) {
    throw invalid('role', 'Deze persoon werkt hier niet als professional.', 'This person does not work here as a professional.');
  }
  const member = await db.selectFrom('client_links').select('id').where('region_id', '=', regionId).where('client_id', '=', clientId).where('user_id', '=', existing.id).executeTakeFirst();
  if (member) throw invalid('email', 'Deze persoon zit al in de kring.', 'This person is already in the circle.');
}

async function findByToken(db: Db, token: string, lock: boolean) {
  let q = db
    .selectFrom('invitations as i')
    .innerJoin('regions as r', 'r.id', 'i.region_id')
    .leftJoin('organisations as o', 'o.id', 'i.organisation_id')
    .leftJoin('clients as c', 'c.id', 'i.client_id')
    .select([
      'i.id',
      'i.region_id',
      'i.email',
      'i.display_name',
      'i.role',
      'i.organisation_id',
      'i.client_id',
      'i.relation_label',
      'i.preset',
      'i.invited_by',
      'i.expires_at',
      'i.accepted_at',
      'i.revoked_at',
      'r.name as region_name',
      'o.name as organisation_name',
      'c.first_name',
      'c.last_name',
    ])
    .where('i.token_hash', '=', hashToken(token));
  if (lock) q = q.forUpdate('i');
  const inv = await q.executeTakeFirst();
  if (!inv || inv.revoked_at) throw new AppError(404, 'invitation-unknown', INVITATION_UNKNOWN);
  if (inv.accepted_at) throw new AppError(410, 'invitation-used', INVITATION_USED);
  if (inv.expires_at <= new Date()) throw new AppError(410, 'invitation-expired', INVITATION_EXPIRED);
  return inv;
}

export async function describeInvitation(db: Db, token: string) {
  const inv = await findByToken(db, token, false);
  return {
    displayName: inv.display_name,
    email: inv.email,
    role: inv.role,
    regionName: inv.region_name,
    organisationName: inv.organisation_name,
    clientName: inv.first_name ? `${inv.first_name} ${inv.last_name}` : null,
    expiresAt: inv.expires_at.toISOString(),
    existingAccount: (await db.selectFrom('users').select('id').where('email', '=', inv.email).executeTakeFirst()) !== undefined,
  };
}

/** Single use: the row is locked, checked and marked accepted in one transaction. */
export async function acceptInvitation(ctx: Ctx, token: string, password: string, userAgent?: string): Promise<string> {
  const { userId, regionId } = await ctx.db.transaction().execute(async (trx) => {
    const inv = await findByToken(trx, token, true);
    checkPasswordPolicy(password, 'password', [inv.email, inv.display_name]);
    const taken = await trx.selectFrom('users').select('id').where('email', '=', inv.email).executeTakeFirst();
    if (taken) throw invalid('email', 'Er is al een account met dit e-mailadres. Log in.', 'An account with this e-mail address already exists. Please log in.');
    const user = await createUser(trx, inv.region_id, {
      displayName: inv.display_name,
      email: inv.email,
      roles: [inv.role],
      organisationId: inv.organisation_id,
      password,
    });
    if (inv.client_id) {
      if (inv.role === 'client') await attachClientAccount(trx, inv.region_id, inv.client_id, user.id);
      else await joinAsMember(trx, ctx, inv, user.id, inv.display_name);
    }
    await trx.updateTable('invitations').set({ accepted_at: new Date(), accepted_user_id: user.id }).where('id', '=', inv.id).execute();
    return { userId: user.id, regionId: inv.region_id };
  });
  // Client-side roles are not forced into a second factor; it is offered afterwards.
  return createSession(ctx.db, ctx.config, { userId, regionId, stage: 'active', userAgent });
}

type FoundInvitation = Awaited<ReturnType<typeof findByToken>>;

async function joinAsMember(trx: Db, ctx: Ctx, inv: FoundInvitation, userId: string, name: string): Promise<'applied' | 'pending' | 'none'> {
  if (!inv.client_id || inv.role === 'client' || !isRelation(inv.role)) return 'none';
  const inviter = await inviterAsDecider(trx, inv.region_id, inv.client_id, inv.invited_by);
  const memberLabel = inv.relation_label ? `${name} (${inv.relation_label})` : name;
  const added = await addMember(
    trx,
    ctx.jobs,
    { regionId: inv.region_id, clientId: inv.client_id, userId, relation: inv.role, label: inv.relation_label, memberLabel },
    inviter,
    inv.preset,
  );
  return added.status;
}

const isRelation = (role: Role): role is ClientRelation => (CLIENT_RELATIONS as readonly string[]).includes(role);

/**
 * Someone who already has an account opens their invitation while logged in and joins the circle.
 * The invitation must be addressed to the e-mail address of that account.
 */
export async function joinWithAccount(ctx: Ctx, user: { id: string; email: string; roles: readonly Role[] }, token: string): Promise<{ clientId: string; status: 'applied' | 'pending' | 'none' }> {
  return ctx.db.transaction().execute(async (trx) => {
    const inv = await findByToken(trx, token, true);
    if (inv.email !== user.email.toLowerCase() || !inv.client_id) {
      throw forbidden({ nl: 'Deze uitnodiging is voor iemand anders. Log in met het account van de uitnodiging.', en: 'This invitation is for someone else. Log in with the account it was sent to.' });
    }
    if (inv.role === 'client') throw invalid('role', 'Deze uitnodiging is om een account te maken.', 'This invitation is for making an account.');
    // A client-side role comes with joining; a professional role only from the administrator (checked when invited).
    if (!user.roles.includes(inv.role)) {
      if (inv.role === 'professional') throw forbidden();
      await trx.insertInto('user_roles').values({ user_id: user.id, region_id: inv.region_id, role: inv.role }).onConflict((oc) => oc.doNothing()).execute();
    }
    const who = await trx.selectFrom('users').select('display_name').where('id', '=', user.id).executeTakeFirstOrThrow();
    const status = await joinAsMember(trx, ctx, inv, user.id, who.display_name);
    await trx.updateTable('invitations').set({ accepted_at: new Date(), accepted_user_id: user.id }).where('id', '=', inv.id).execute();
    return { clientId: inv.client_id, status };
  });
}

/**
 * The invitation carried the inviter's proposal. If the inviter decides for the client today, their
 * invitation was their decision; otherwise it becomes a proposal for whoever decides.
 */
async function inviterAsDecider(db: Db, regionId: string, clientId: string, inviterId: string): Promise<DecisionActor> {
  const u = await db
    .selectFrom('users as u')
    .leftJoin('organisations as o', (j) => j.onRef('o.id', '=', 'u.organisation_id').onRef('o.region_id', '=', 'u.region_id'))
    .select(['u.display_name', 'o.name as organisation_name'])
    .select(rolesOf)
    .where('u.region_id', '=', regionId)
    .where('u.id', '=', inviterId)
    .executeTakeFirstOrThrow();
  const label = u.organisation_name ? `${u.display_name} (${u.organisation_name})` : u.display_name;
  // The same relation and rule platform/access would apply to the inviter today.
  const found = await lookupAccess(db, { userId: inviterId, regionId, roles: rolesFromDb((u.roles ?? []) as Role[]), label }, clientId, 'netwerk');
  return { userId: inviterId, label, as: found.found ? deciderParty(found.relation, found.rule) : null };
}
