import type { AppContext } from '../../platform/context.js';
import { regionFixture, PASSWORD, type RegionFixture } from '../../testing/fixtures.js';
import { organisation, person, type StaffUser } from '../../testing/safety-fixtures.js';
import { TestClient, type TestApp } from '../../testing/test-app.js';
import type { CaseMode } from './schema.js';

/**
 * A care network with every kind of person around a case, written straight into the core tables so
 * the case tests do not depend on the meetings module. Names are invented.
 */
export interface CaseWorld {
  fx: RegionFixture;
  other: RegionFixture;
  networkId: string;
  otherNetworkId: string;
  orgA: string;
  orgB: string;
  orgC: string;
  /** held, in the past */
  m0: string;
  /** the next meeting: "this meeting" */
  m1: string;
  /** the one after */
  m2: string;
  people: Record<CaseActor, StaffUser>;
}

export const CASE_ACTORS = [
  'chair',
  'secretary',
  'representative',
  'substitute-attending',
  'substitute-not-attending',
  'guest-this-item',
  'guest-other-item',
  'submitter',
  'other-network-member',
  'professional-outside',
  'other-region',
] as const;
export type CaseActor = (typeof CASE_ACTORS)[number];

const day = (offset: number) => new Date(Date.now() + offset * 86_400_000);

export async function caseWorld(ctx: AppContext, slug: string): Promise<CaseWorld> {
  const fx = await regionFixture(ctx, slug);
  const other = await regionFixture(ctx, `${slug}-elders`);
  const r = fx.regionId;
  const orgA = await organisation(ctx, r, `School ${slug}`);
  const orgB = await organisation(ctx, r, `Jeugdzorg ${slug}`);
  const orgC = await organisation(ctx, r, `Wijkteam Oost ${slug}`);
  const p = async (name: string, org: string | null, roles: ('professional' | 'netwerkvoorzitter')[] = ['professional']) => person(ctx, r, name, roles, org);
  const people: Record<CaseActor, StaffUser> = {
    chair: await p('Carla Voorzitter', orgC, ['netwerkvoorzitter', 'professional']),
    secretary: await p('Sam Secretaris', orgC),
    representative: await p('Rob Vertegenwoordiger', orgB),
    'substitute-attending': await p('Sara Invaller', orgB),
    'substitute-not-attending': await p('Siem Reserve', orgA),
    'guest-this-item': await p('Gijs Gast', orgB),
    'guest-other-item': await p('Greet Gast', orgA),
    submitter: await p('Ilse Inbrenger', orgA),
    'other-network-member': await p('Otto Elders', orgA),
    'professional-outside': await p('Paul Buiten', orgA),
    'other-region': await person(ctx, other.regionId, 'Rita Regio', ['professional'], other.organisationId),
  };
  const network = await ctx.db
    .insertInto('care_networks')
    .values({ region_id: r, name: `Zorgnetwerk 12-18 ${slug}`, age_group: '12-18', area: 'Centrum', municipality_id: null, target_group: null, chair_user_id: people.chair.id, secretary_user_id: people.secretary.id })
    .returning('id')
    .executeTakeFirstOrThrow();
  const otherNetwork = await ctx.db
    .insertInto('care_networks')
    .values({ region_id: r, name: `Zorgnetwerk 18+ ${slug}`, age_group: '18+', area: null, municipality_id: null, target_group: null, chair_user_id: null, secretary_user_id: null })
    .returning('id')
    .executeTakeFirstOrThrow();
  const members: [string, string, string, 'representative' | 'substitute'][] = [
    [network.id, orgB, people.representative.id, 'representative'],
    [network.id, orgB, people['substitute-attending'].id, 'substitute'],
    [network.id, orgA, people['substitute-not-attending'].id, 'substitute'],
    [network.id, orgA, people.submitter.id, 'representative'],
    [otherNetwork.id, orgA, people['other-network-member'].id, 'representative'],
  ];
  for (const [networkId, org, userId, role] of members) {
    await ctx.db.insertInto('care_network_members').values({ region_id: r, network_id: networkId, organisation_id: org, user_id: userId, role, job_title: null, mandate: null, active_from: '2020-01-01', active_until: null }).execute();
  }
  const meeting = async (offset: number, status: 'held' | 'planned') =>
    (await ctx.db.insertInto('care_meetings').values({ region_id: r, network_id: network.id, starts_at: day(offset), location: null, status, started_at: null, ended_at: null, created_by: people.chair.id }).returning('id').executeTakeFirstOrThrow()).id;
  const m0 = await meeting(-20, 'held');
  const m1 = await meeting(10, 'planned');
  const m2 = await meeting(52, 'planned');
  // The representative of organisation B sends apologies for m1; Sara attends in their place.
  await ctx.db
    .insertInto('care_meeting_attendance')
    .values({ region_id: r, meeting_id: m1, user_id: people.representative.id, organisation_id: orgB, status: 'apologised', substitute_user_id: people['substitute-attending'].id, note: null })
    .execute();
  return { fx, other, networkId: network.id, otherNetworkId: otherNetwork.id, orgA, orgB, orgC, m0, m1, m2, people };
}

export type CaseState = 'consent-this-meeting' | 'consent-earlier-meeting' | 'consent-withdrawn' | 'anonymous' | 'safety';
export const CASE_STATES: readonly CaseState[] = ['consent-this-meeting', 'consent-earlier-meeting', 'consent-withdrawn', 'anonymous', 'safety'];

/**
 * A case in one state, submitted by the submitter (also its coordinator, as registration does), on
 * the agenda of m1 with the guest of this item, and a second case whose item has the other guest.
 */
export async function caseInState(ctx: AppContext, w: CaseWorld, state: CaseState, n: number): Promise<string> {
  const r = w.fx.regionId;
  const mode: CaseMode = state === 'anonymous' ? 'anonymous' : state === 'safety' ? 'safety' : 'identified';
  const identified = mode !== 'anonymous';
  const c = await ctx.db
    .insertInto('care_cases')
    .values({
      region_id: r,
      network_id: w.networkId,
      mode,
      label: `Jongere ${n}, schoolverzuim`,
      client_id: identified ? w.fx.clientId : null,
      subject_first_name: identified ? 'Cor' : null,
      subject_last_name: identified ? 'Client' : null,
      subject_birth_date: identified ? '1960-04-12' : null,
      subject_address: null,
      subject_school: identified ? 'Het Lyceum' : null,
      age_years: 15,
      question: 'Wie kan helpen bij het schoolverzuim?',
      submitted_by: w.people.submitter.id,
      submitted_org_id: w.orgA,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  if (identified) await ctx.db.insertInto('care_case_coordinators').values({ region_id: r, case_id: c.id, user_id: w.people.submitter.id, organisation_id: w.orgA, assigned_by: w.people.submitter.id }).execute();
  const item = async (meetingId: string, caseId: string, position: number) =>
    (await ctx.db.insertInto('care_meeting_items').values({ region_id: r, meeting_id: meetingId, kind: 'case', position, title: 'Casus', case_id: caseId, submitted_by: w.people.submitter.id }).returning('id').executeTakeFirstOrThrow()).id;
  if (state === 'consent-earlier-meeting') await item(w.m0, c.id, n * 2);
  const itemId = await item(w.m1, c.id, n * 2 + 1);
  await ctx.db.insertInto('care_item_guests').values({ region_id: r, item_id: itemId, user_id: w.people['guest-this-item'].id, organisation_id: w.orgB, role_label: 'gezinsvoogd', invited_by: w.people.chair.id }).execute();
  const consent = (meetingId: string, withdrawn: boolean) =>
    ctx.db
      .insertInto('care_case_consents')
      .values({
        region_id: r,
        case_id: c.id,
        meeting_id: meetingId,
        given_by_kind: 'parent',
        given_by_name: null,
        given_on: '2024-01-01',
        how: 'written',
        recorded_by: w.people.submitter.id,
        withdrawn_at: withdrawn ? new Date() : null,
        withdrawn_by: withdrawn ? w.people.submitter.id : null,
        withdrawal_choice: withdrawn ? 'anonymous' : null,
      })
      .execute();
  if (state === 'consent-this-meeting') await consent(w.m1, false);
  if (state === 'consent-earlier-meeting') await consent(w.m0, false);
  if (state === 'consent-withdrawn') await consent(w.m1, true);
  if (state === 'safety')
    await ctx.db
      .insertInto('care_case_safety')
      .values({ region_id: r, case_id: c.id, ground: 'child-safety', justification: 'Er zijn zorgen over de veiligheid thuis na meerdere meldingen.', veilig_thuis: 'considered', inform_client: true, not_inform_reason: null, client_informed_on: null })
      .execute();
  return c.id;
}

/** Another case on m1 whose item has the other guest, so that guest has an item but not this one. */
export async function otherGuestItem(ctx: AppContext, w: CaseWorld): Promise<void> {
  const r = w.fx.regionId;
  const c = await ctx.db
    .insertInto('care_cases')
    .values({ region_id: r, network_id: w.networkId, mode: 'anonymous', label: 'Meisje 9, zorgen', client_id: null, subject_first_name: null, subject_last_name: null, subject_birth_date: null, subject_address: null, subject_school: null, age_years: 9, question: 'Zorgen over thuis.', submitted_by: w.people.representative.id, submitted_org_id: w.orgB })
    .returning('id')
    .executeTakeFirstOrThrow();
  const item = await ctx.db.insertInto('care_meeting_items').values({ region_id: r, meeting_id: w.m1, kind: 'case', position: 999, title: 'Casus', case_id: c.id, submitted_by: w.people.representative.id }).returning('id').executeTakeFirstOrThrow();
  await ctx.db.insertInto('care_item_guests').values({ region_id: r, item_id: item.id, user_id: w.people['guest-other-item'].id, organisation_id: w.orgA, role_label: 'leerplicht', invited_by: w.people.chair.id }).execute();
}

export async function loginStaff(t: TestApp, u: StaffUser): Promise<TestClient> {
  const c = new TestClient(t.app);
  const res = await c.login(u.email, PASSWORD, u.totpSecret);
  if (res.statusCode !== 200) throw new Error(`login failed for ${u.email}: ${res.body}`);
  return c;
}
