import type { AppContext } from '../platform/context.js';
import { seal } from '../modules/auth/secret-box.js';
import { newTotpSecret } from '../modules/auth/totp.js';
import { createMunicipality, createOrganisation, createRegion, createUser } from '../modules/accounts/service.js';
import { attachClientAccount, createClient, linkToClient } from '../modules/clients/service.js';
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
  await linkToClient(ctx.db, regionId, clientId, professional.id, 'professional', 'wijkcoach');
  await linkToClient(ctx.db, regionId, clientId, naaste.id, 'naaste', 'buurvrouw');
  const { id: minorId } = await createClient(ctx.db, regionId, { firstName: 'Mila', lastName: 'Klein', birthDate: '2017-09-01', municipalityId });
  await linkToClient(ctx.db, regionId, minorId, representative.id, 'vertegenwoordiger', 'vader');
  await linkToClient(ctx.db, regionId, minorId, professional.id, 'professional', 'jeugdconsulent');
  return { regionId, organisationId: org.id, municipalityId, admin, professional, otherProfessional, policy, clientUser, naaste, representative, clientId, minorId };
}
