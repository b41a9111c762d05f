import type { AppContext } from '../platform/context.js';
import { seal } from '../modules/auth/secret-box.js';
import { newTotpSecret } from '../modules/auth/totp.js';
import { createMunicipality, createOrganisation, createRegion, createUser } from '../modules/accounts/service.js';
import { attachClientAccount, createClient } from '../modules/clients/service.js';
import { addMember, type DecisionActor } from '../modules/consent/service.js';
import type { Preset } from '../modules/consent/schema.js';
import type { Role } from '../modules/accounts/schema.js';

export const PASSWORD = 'Lange-Zomer-Wandeling-42';

export interface FixtureUser {
  id: string;
  email: string;
  totpSecret?: string;
}

export interface RegionFixture {
  regionId: string;
  organisationId: string;
  municipalityId: string;
  admin: FixtureUser;
  professional: FixtureUser;
  otherProfessional: FixtureUser;
  policy: FixtureUser;
  clientUser: FixtureUser;
  naaste: FixtureUser;
  representative: FixtureUser;
  clientId: string;
  minorId: string;
}

async function user(ctx: AppContext, regionId: string, slug: string, name: string, roles: Role[], orgId: string | null, withTotp: boolean): Promise<FixtureUser> {
  const email = `${name.toLowerCase().replace(/\s+/g, '.')}@${slug}.test`;
  const { id } = await createUser(ctx.db, regionId, { displayName: name, email, roles, organisationId: orgId, password: PASSWORD });
  if (!withTotp) return { id, email };
  const totpSecret = newTotpSecret();
  await ctx.db.updateTable('users').set({ totp_secret_enc: seal(ctx.config.secretKey, totpSecret), totp_enabled_at: new Date() }).where('id', '=', id).execute();
  return { id, email, totpSecret };
}

/** Adds a circle member with a preset the decider chose; for tests that need a second member too. */
export async function member(ctx: AppContext, m: Parameters<typeof addMember>[2], decider: DecisionActor, preset: Preset): Promise<string> {
  return ctx.db.transaction().execute(async (trx) => (await addMember(trx, ctx.jobs, m, decider, preset)).linkId);
}

/** One region with every kind of person the foundation knows; names are invented. */
export async function regionFixture(ctx: AppContext, slug: string): Promise<RegionFixture> {
  const { id: regionId } = await createRegion(ctx.db, { slug, name: `Regio ${slug}` });
  const { id: municipalityId } = await createMunicipality(ctx.db, regionId, `Gemeente ${slug}`);
  const org = await createOrganisation(ctx.db, regionId, { name: `Wijkteam ${slug}`, kind: 'wijkteam', municipalityId });
  const admin = await user(ctx, regionId, slug, 'Bea Beheer', ['beheerder'], null, true);
  const professional = await user(ctx, regionId, slug, 'Pim Prof', ['professional'], org.id, true);
  const otherProfessional = await user(ctx, regionId, slug, 'Olga Ander', ['professional'], org.id, true);
  const policy = await user(ctx, regionId, slug, 'Bas Beleid', ['beleidsadviseur'], null, true);
  const clientUser = await user(ctx, regionId, slug, 'Cor Client', ['client'], null, false);
  const naaste = await user(ctx, regionId, slug, 'Nel Naaste', ['naaste'], null, false);
  const representative = await user(ctx, regionId, slug, 'Vera Vader', ['vertegenwoordiger'], null, false);
  const { id: clientId } = await createClient(ctx.db, regionId, { firstName: 'Cor', lastName: 'Client', birthDate: '1960-04-12', municipalityId });
  await attachClientAccount(ctx.db, regionId, clientId, clientUser.id);
  const cor: DecisionActor = { userId: clientUser.id, label: 'Cor Client', as: 'client' };
  await member(ctx, { regionId, clientId, userId: professional.id, relation: 'professional', label: 'wijkcoach', memberLabel: 'Pim Prof' }, cor, 'professional');
  await member(ctx, { regionId, clientId, userId: naaste.id, relation: 'naaste', label: 'buurvrouw', memberLabel: 'Nel Naaste' }, cor, 'binnenkring');
  const { id: minorId } = await createClient(ctx.db, regionId, { firstName: 'Mila', lastName: 'Klein', birthDate: '2017-09-01', municipalityId });
  const vera: DecisionActor = { userId: representative.id, label: 'Vera Vader', as: 'vertegenwoordiger' };
  await member(ctx, { regionId, clientId: minorId, userId: representative.id, relation: 'vertegenwoordiger', label: 'vader', memberLabel: 'Vera Vader' }, vera, 'binnenkring');
  await member(ctx, { regionId, clientId: minorId, userId: professional.id, relation: 'professional', label: 'jeugdconsulent', memberLabel: 'Pim Prof' }, vera, 'professional');
  return { regionId, organisationId: org.id, municipalityId, admin, professional, otherProfessional, policy, clientUser, naaste, representative, clientId, minorId };
}
