import type { Actor } from '../../platform/access/index.js';
import type { AppContext } from '../../platform/context.js';
import type { Db } from '../../platform/db/database.js';
import { conflict, forbidden, invalid, notFound } from '../../platform/errors.js';
import type { MemberInput, MemberUpdate, MemberView, NetworkDetail } from './model.js';
import { networkAccess } from './networks-access.js';
import { getNetwork } from './networks.js';
import { membersOf } from './networks-views.js';
import { nlToday } from './meetings-time.js';

const NO_EDIT = { nl: 'Alleen de voorzitter van dit netwerk past de leden aan.', en: 'Only the chair of this network changes its members.' };

async function staffOrg(db: Db, regionId: string, userId: string): Promise<string | null | undefined> {
  const u = await db
    .selectFrom('users as u')
    .select('u.organisation_id')
    .where('u.region_id', '=', regionId)
    .where('u.id', '=', userId)
    .where('u.status', '=', 'active')
    .where((eb) => eb.exists(eb.selectFrom('user_roles as r').select('r.user_id').whereRef('r.user_id', '=', 'u.id').where('r.role', 'in', ['professional', 'netwerkvoorzitter', 'teamleider'])))
    .executeTakeFirst();
  return u === undefined ? undefined : u.organisation_id;
}

async function checkOrganisation(db: Db, regionId: string, organisationId: string): Promise<void> {
  const org = await db.selectFrom('organisations').select('id').where('region_id', '=', regionId).where('id', '=', organisationId).where('archived_at', 'is', null).executeTakeFirst();
  if (!org) throw invalid('organisationId', 'Kies een organisatie uit deze regio.', 'Choose an organisation from this region.');
}

function checkDates(from: string, until: string | null): void {
  if (until !== null && until < from) throw invalid('activeUntil', 'De einddatum ligt voor de begindatum.', 'The end date is before the start date.');
}

export async function addMember(ctx: AppContext, actor: Actor, networkId: string, input: MemberInput): Promise<NetworkDetail> {
  const access = await networkAccess(ctx.db, actor, networkId);
  if (!access.manage) throw forbidden(NO_EDIT);
  const org = await staffOrg(ctx.db, actor.regionId, input.userId);
  if (org === undefined) throw invalid('userId', 'Kies een professional uit deze regio.', 'Choose a professional from this region.');
  const organisationId = input.organisationId ?? org;
  if (organisationId === null) throw invalid('organisationId', 'Kies voor welke organisatie deze persoon meedoet.', 'Choose the organisation this person represents.');
  await checkOrganisation(ctx.db, actor.regionId, organisationId);
  const from = input.activeFrom ?? nlToday();
  checkDates(from, input.activeUntil);
  const taken = await ctx.db.selectFrom('care_network_members').select('id').where('network_id', '=', networkId).where('user_id', '=', input.userId).executeTakeFirst();
  if (taken) throw invalid('userId', 'Deze persoon staat al in de ledenlijst.', 'This person is already on the member list.');
  await ctx.db
    .insertInto('care_network_members')
    .values({
      region_id: actor.regionId,
      network_id: networkId,
      organisation_id: organisationId,
      user_id: input.userId,
      role: input.role,
      job_title: input.jobTitle,
      mandate: input.mandate,
      mandate_level: input.mandateLevel,
      active_from: from,
      active_until: input.activeUntil,
    })
    .execute();
  return getNetwork(ctx, actor, networkId);
}

export async function updateMember(ctx: AppContext, actor: Actor, networkId: string, memberId: string, input: MemberUpdate): Promise<NetworkDetail> {
  const access = await networkAccess(ctx.db, actor, networkId);
  if (!access.manage) throw forbidden(NO_EDIT);
  const current = (await membersOf(ctx.db, actor.regionId, networkId)).find((m) => m.id === memberId);
  if (!current) throw notFound();
  const organisationId = input.organisationId ?? current.organisationId;
  if (organisationId !== current.organisationId) await checkOrganisation(ctx.db, actor.regionId, organisationId);
  const from = input.activeFrom ?? current.activeFrom;
  checkDates(from, input.activeUntil);
  const done = await ctx.db
    .updateTable('care_network_members')
    .set((eb) => ({
      organisation_id: organisationId,
      role: input.role,
      job_title: input.jobTitle,
      mandate: input.mandate,
      mandate_level: input.mandateLevel,
      active_from: from,
      active_until: input.activeUntil,
      version: eb('version', '+', 1),
    }))
    .where('region_id', '=', actor.regionId)
    .where('id', '=', memberId)
    .where('version', '=', input.version)
    .returning('id')
    .executeTakeFirst();
  if (!done) throw conflict(current satisfies MemberView);
  return getNetwork(ctx, actor, networkId);
}
