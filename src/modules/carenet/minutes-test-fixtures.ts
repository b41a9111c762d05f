import type { AppContext } from '../../platform/context.js';
import { createOrganisation } from '../accounts/service.js';
import { regionFixture, type RegionFixture } from '../../testing/fixtures.js';
import { person, type StaffUser } from '../../testing/safety-fixtures.js';

/**
 * One region with a care network for the minutes, signals and survey tests: a chair, a secretary,
 * two representatives, a substitute member, an outsider, a guest, and a municipality employee.
 * Rows go straight into the core tables, so these tests do not depend on how meetings are planned.
 */
export interface NetworkFixture {
  region: RegionFixture;
  networkId: string;
  orgId: string;
  chair: StaffUser;
  secretary: StaffUser;
  rep1: StaffUser;
  rep2: StaffUser;
  subMember: StaffUser;
  outsider: StaffUser;
  guest: StaffUser;
  gemeente: StaffUser;
}

export async function networkFixture(ctx: AppContext, slug: string): Promise<NetworkFixture> {
  const region = await regionFixture(ctx, slug);
  const { regionId } = region;
  const orgId = region.organisationId;
  const school = (await createOrganisation(ctx.db, regionId, { name: `School ${slug}`, kind: 'school' })).id;
  const gem = (await createOrganisation(ctx.db, regionId, { name: `Gemeente ${slug} Sociaal Domein`, kind: 'gemeente' })).id;
  const chair = await person(ctx, regionId, 'Carla Voorzitter', ['netwerkvoorzitter'], gem);
  const secretary = await person(ctx, regionId, 'Sem Notulist', ['professional'], orgId);
  const rep1 = await person(ctx, regionId, 'Rik Wijkteam', ['professional'], orgId);
  const rep2 = await person(ctx, regionId, 'Ilse School', ['professional'], school);
  const subMember = await person(ctx, regionId, 'Ben Vervanger', ['professional'], school);
  const outsider = await person(ctx, regionId, 'Otto Buiten', ['professional'], orgId);
  const guest = await person(ctx, regionId, 'Gijs Gast', ['professional'], orgId);
  const gemeente = await person(ctx, regionId, 'Greet Gemeente', ['professional'], gem);
  const network = await ctx.db
    .insertInto('care_networks')
    .values({ region_id: regionId, name: `Netwerk 12-18 ${slug}`, age_group: '12-18', chair_user_id: chair.id, secretary_user_id: secretary.id })
    .returning('id')
    .executeTakeFirstOrThrow();
  await ctx.db
    .insertInto('care_network_members')
    .values([
      { region_id: regionId, network_id: network.id, organisation_id: orgId, user_id: rep1.id, role: 'representative', active_from: '2020-01-01' },
      { region_id: regionId, network_id: network.id, organisation_id: school, user_id: rep2.id, role: 'representative', active_from: '2020-01-01' },
      { region_id: regionId, network_id: network.id, organisation_id: school, user_id: subMember.id, role: 'substitute', active_from: '2020-01-01' },
      { region_id: regionId, network_id: network.id, organisation_id: orgId, user_id: secretary.id, role: 'representative', active_from: '2020-01-01' },
    ])
    .execute();
  return { region, networkId: network.id, orgId, chair, secretary, rep1, rep2, subMember, outsider, guest, gemeente };
}

/** A meeting of the network with a theme item and an anonymous case item (brought in by rep1). */
export async function meetingWithItems(ctx: AppContext, f: NetworkFixture, startsAt: Date, status: 'planned' | 'running' | 'held' | 'cancelled' = 'held') {
  const { regionId } = f.region;
  const meeting = await ctx.db.insertInto('care_meetings').values({ region_id: regionId, network_id: f.networkId, starts_at: startsAt, status }).returning('id').executeTakeFirstOrThrow();
  const kase = await ctx.db
    .insertInto('care_cases')
    .values({ region_id: regionId, network_id: f.networkId, mode: 'anonymous', label: 'Jongen 14, schoolverzuim', question: 'Hoe krijgen we hem weer naar school?', submitted_by: f.rep1.id, submitted_org_id: f.orgId })
    .returning('id')
    .executeTakeFirstOrThrow();
  const theme = await ctx.db
    .insertInto('care_meeting_items')
    .values({ region_id: regionId, meeting_id: meeting.id, kind: 'theme', position: 1, title: 'Drugsgebruik rond het schoolplein' })
    .returning('id')
    .executeTakeFirstOrThrow();
  const caseItem = await ctx.db
    .insertInto('care_meeting_items')
    .values({ region_id: regionId, meeting_id: meeting.id, kind: 'case', position: 2, title: 'Jongen 14, schoolverzuim', case_id: kase.id })
    .returning('id')
    .executeTakeFirstOrThrow();
  return { meetingId: meeting.id, themeItemId: theme.id, caseItemId: caseItem.id, caseId: kase.id };
}
