import type { AppContext } from '../../platform/context.js';
import { withClientAccess, type Actor } from '../../platform/access/index.js';
import { AppError, forbidden, invalid } from '../../platform/errors.js';
import type { Db } from '../../platform/db/database.js';
import { checkPasswordPolicy } from '../auth/passwords.js';
import { createUser } from '../accounts/service.js';
import { createSession } from '../auth/sessions.js';
import { hashToken, newToken } from '../auth/tokens.js';
import { invitationMail } from '../auth/mail-templates.js';
import { INVITATION_EXPIRED, INVITATION_UNKNOWN, INVITATION_USED } from '../auth/messages.js';
import { attachClientAccount } from '../clients/service.js';
import { addMember, defaultPreset, type DecisionActor } from '../consent/service.js';
import { decisionRule, deciderParty, effectiveRelation, todayInNl } from '../../platform/access/index.js';
import { rolesFromDb, type Role } from '../accounts/schema.js';
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
      const taken = await db.selectFrom('users').select('id').where('email', '=', input.email).executeTakeFirst();
      if (taken) throw invalid('email', 'Er is al een account met dit e-mailadres.', 'An account with this e-mail address already exists.');
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
      else if (inv.role === 'vertegenwoordiger' || inv.role === 'naaste' || inv.role === 'vrijwilliger') {
        const inviter = await inviterAsDecider(trx, inv.region_id, inv.client_id, inv.invited_by);
        const memberLabel = inv.relation_label ? `${inv.display_name} (${inv.relation_label})` : inv.display_name;
        await addMember(
          trx,
          ctx.jobs,
          { regionId: inv.region_id, clientId: inv.client_id, userId: user.id, relation: inv.role, label: inv.relation_label, memberLabel },
          inviter,
          inv.preset,
        );
      }
    }
    await trx.updateTable('invitations').set({ accepted_at: new Date(), accepted_user_id: user.id }).where('id', '=', inv.id).execute();
    return { userId: user.id, regionId: inv.region_id };
  });
  // Client-side roles are not forced into a second factor; it is offered afterwards.
  return createSession(ctx.db, ctx.config, { userId, regionId, stage: 'active', userAgent });
}

/**
 * The invitation carried the inviter's proposal. If the inviter decides for the client today, their
 * invitation was their decision; otherwise it becomes a proposal for whoever decides.
 */
async function inviterAsDecider(db: Db, regionId: string, clientId: string, inviterId: string): Promise<DecisionActor> {
  const row = await db
    .selectFrom('users as u')
    .leftJoin('organisations as o', (j) => j.onRef('o.id', '=', 'u.organisation_id').onRef('o.region_id', '=', 'u.region_id'))
    .innerJoin('clients as c', (j) => j.on('c.id', '=', clientId).onRef('c.region_id', '=', 'u.region_id'))
    .leftJoin('client_links as l', (j) => j.onRef('l.client_id', '=', 'c.id').onRef('l.user_id', '=', 'u.id'))
    .select(['u.display_name', 'o.name as organisation_name', 'c.user_id as client_user_id', 'c.birth_date', 'c.decision_capacity', 'l.relation'])
    .select((eb) => eb.selectFrom('user_roles as r').whereRef('r.user_id', '=', 'u.id').select((e) => e.fn<string[]>('array_agg', ['r.role']).as('roles')).as('roles'))
    .where('u.region_id', '=', regionId)
    .where('u.id', '=', inviterId)
    .executeTakeFirstOrThrow();
  const relation = effectiveRelation({ userId: inviterId, roles: rolesFromDb((row.roles ?? []) as Role[]) }, { userId: row.client_user_id, link: row.relation });
  const rule = decisionRule(row.birth_date, row.decision_capacity, todayInNl());
  const label = row.organisation_name ? `${row.display_name} (${row.organisation_name})` : row.display_name;
  return { userId: inviterId, label, as: deciderParty(relation, rule) };
}
