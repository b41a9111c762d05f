import { sql } from 'kysely';
import type { Actor } from '../../platform/access/index.js';
import { todayInNl } from '../../platform/access/index.js';
import type { AppContext } from '../../platform/context.js';
import type { Db } from '../../platform/db/database.js';
import { AppError, conflict, forbidden, invalid, notFound } from '../../platform/errors.js';
import { networkPeople } from './minutes-roles.js';
import { networkRole } from './service.js';
import { detectPersonalData, FINDING_WORDS, type Finding } from './signals-detector.js';
import type { NetworkSignalsView, SignalInput, SignalView } from './signals-model.js';

type Ctx = Pick<AppContext, 'db'>;

const notHere = () => notFound({ nl: 'Dit netwerk bestaat niet of je hoort er niet bij.', en: 'This network does not exist or you are not part of it.' });

async function signalRole(db: Db, actor: Actor, networkId: string) {
  const role = await networkRole(db, actor.regionId, networkId, actor.userId);
  if (!role.chair && !role.secretary && !role.member) throw notHere();
  return { ...role, canManage: role.chair || role.secretary };
}

/** Policy advisers and the people of the region's municipality organisations. */
export async function seesRaisedSignals(db: Db, actor: Actor): Promise<boolean> {
  if (actor.roles.includes('beleidsadviseur')) return true;
  const row = await db
    .selectFrom('users as u')
    .innerJoin('organisations as o', (j) => j.onRef('o.id', '=', 'u.organisation_id').onRef('o.region_id', '=', 'u.region_id'))
    .select('o.kind')
    .where('u.region_id', '=', actor.regionId)
    .where('u.id', '=', actor.userId)
    .executeTakeFirst();
  return row?.kind === 'gemeente';
}

function signalsQuery(db: Db, regionId: string) {
  return db
    .selectFrom('care_signals as s')
    .innerJoin('care_networks as n', (j) => j.onRef('n.id', '=', 's.network_id').onRef('n.region_id', '=', 's.region_id'))
    .innerJoin('organisations as o', (j) => j.onRef('o.id', '=', 's.source_org_id').onRef('o.region_id', '=', 's.region_id'))
    .innerJoin('users as c', 'c.id', 's.created_by')
    .leftJoin('users as f', 'f.id', 's.follow_up_user_id')
    .leftJoin('users as r', 'r.id', 's.raised_by')
    .leftJoin('care_meeting_items as i', 'i.id', 's.agenda_item_id')
    .leftJoin('care_meetings as m', 'm.id', 'i.meeting_id')
    .select([
      's.id',
      's.network_id',
      'n.name as network',
      's.kind',
      's.title',
      's.body',
      'o.name as org',
      's.observed_on',
      's.area',
      's.age_group',
      'f.display_name as follow_up',
      's.status',
      's.raised_at',
      'r.display_name as raiser',
      's.raised_note',
      'm.id as meeting_id',
      'm.starts_at',
      'c.display_name as creator',
      's.version',
    ])
    .where('s.region_id', '=', regionId);
}

type SignalRow = Awaited<ReturnType<ReturnType<typeof signalsQuery>['execute']>>[number];

const toView = (r: SignalRow): SignalView => ({
  id: r.id,
  networkId: r.network_id,
  networkName: r.network,
  kind: r.kind,
  title: r.title,
  body: r.body,
  sourceOrgName: r.org,
  observedOn: r.observed_on,
  area: r.area,
  ageGroup: r.age_group,
  followUpName: r.follow_up,
  status: r.status,
  raisedAt: r.raised_at?.toISOString() ?? null,
  raisedByName: r.raiser,
  raisedNote: r.raised_note,
  agendaMeetingId: r.meeting_id,
  agendaMeetingStartsAt: r.starts_at?.toISOString() ?? null,
  createdByName: r.creator,
  version: r.version,
});

/** The networks whose signal log this person keeps or reads. */
export async function mySignalNetworks(ctx: Ctx, actor: Actor, now = new Date()) {
  const today = todayInNl(now);
  const rows = await ctx.db
    .selectFrom('care_networks as n')
    .select(['n.id', 'n.name', 'n.age_group', 'n.area', 'n.chair_user_id', 'n.secretary_user_id'])
    .where('n.region_id', '=', actor.regionId)
    .where('n.archived_at', 'is', null)
    .where((eb) =>
      eb.or([
        eb('n.chair_user_id', '=', actor.userId),
        eb('n.secretary_user_id', '=', actor.userId),
        eb.exists(
          eb
            .selectFrom('care_network_members as cm')
            .select('cm.id')
            .whereRef('cm.network_id', '=', 'n.id')
            .where('cm.user_id', '=', actor.userId)
            .where('cm.active_from', '<=', today)
            .where((w) => w.or([w('cm.active_until', 'is', null), w('cm.active_until', '>=', today)])),
        ),
      ]),
    )
    .orderBy('n.name')
    .execute();
  return {
    networks: rows.map((r) => ({ id: r.id, name: r.name, ageGroup: r.age_group, area: r.area, canManage: r.chair_user_id === actor.userId || r.secretary_user_id === actor.userId })),
    seesRaised: await seesRaisedSignals(ctx.db, actor),
  };
}

/** The signal log of one network with what the form needs. */
export async function networkSignals(ctx: Ctx, actor: Actor, networkId: string, now = new Date()): Promise<NetworkSignalsView> {
  const role = await signalRole(ctx.db, actor, networkId);
  const network = await ctx.db.selectFrom('care_networks').select(['id', 'name', 'age_group', 'area']).where('region_id', '=', actor.regionId).where('id', '=', networkId).executeTakeFirstOrThrow();
  const rows = await signalsQuery(ctx.db, actor.regionId).where('s.network_id', '=', networkId).orderBy('s.observed_on', 'desc').orderBy('s.created_at', 'desc').limit(300).execute();
  const orgs = await ctx.db
    .selectFrom('organisations as o')
    .select(['o.id', 'o.name'])
    .where('o.region_id', '=', actor.regionId)
    .where('o.id', 'in', ctx.db.selectFrom('care_network_members').select('organisation_id').where('network_id', '=', networkId))
    .orderBy('o.name')
    .execute();
  const meetings = role.canManage
    ? await ctx.db
        .selectFrom('care_meetings')
        .select(['id', 'starts_at'])
        .where('region_id', '=', actor.regionId)
        .where('network_id', '=', networkId)
        .where('status', 'in', ['planned', 'running'])
        .where('starts_at', '>=', new Date(now.getTime() - 12 * 3_600_000))
        .orderBy('starts_at')
        .limit(10)
        .execute()
    : [];
  return {
    network: { id: network.id, name: network.name, ageGroup: network.age_group, area: network.area, canManage: role.canManage },
    signals: rows.map(toView),
    people: await networkPeople(ctx.db, actor.regionId, networkId, todayInNl(now)),
    organisations: orgs,
    myOrganisationId: role.organisationId,
    meetings: meetings.map((m) => ({ id: m.id, startsAt: m.starts_at.toISOString() })),
  };
}

const quote = (f: Finding) => `'${f.match.length > 40 ? `${f.match.slice(0, 40)}…` : f.match}'`;

/** Refuses text that looks like it is about a person; see signals-detector.ts for what counts. */
export function checkNoPersonalData(input: Pick<SignalInput, 'title' | 'body' | 'area' | 'confirmNoPersonalData'>): void {
  const found = detectPersonalData(input.title, input.body, input.area);
  const problems = found.sure.map((f) => ({
    field: input.title.includes(f.match) ? 'title' : input.area?.includes(f.match) ? 'area' : 'body',
    nl: `Hier lijkt ${FINDING_WORDS[f.kind].nl} in te staan (${quote(f)}). Een signaal gaat nooit over één persoon: haal dit weg.`,
    en: `This seems to contain ${FINDING_WORDS[f.kind].en} (${quote(f)}). A signal is never about one person: please remove it.`,
  }));
  if (problems.length === 0 && found.likely.length > 0 && !input.confirmNoPersonalData) {
    const names = found.likely.slice(0, 3).map(quote).join(', ');
    problems.push({
      field: 'confirmNoPersonalData',
      nl: `Staat hier een naam van een persoon? (${names}). Haal namen weg. Is het geen persoon, maar bijvoorbeeld een plaats of organisatie? Vink dan aan dat er geen persoonsgegevens in staan.`,
      en: `Is this the name of a person? (${names}). Please remove names. If it is not a person but, for example, a place or organisation, tick that there is no personal data in it.`,
    });
  }
  if (problems.length) {
    throw new AppError(422, 'personal-data', { nl: 'Een signaal mag geen persoonsgegevens bevatten.', en: 'A signal must not contain personal data.' }, problems);
  }
}

export async function createSignal(ctx: Ctx, actor: Actor, networkId: string, input: SignalInput, now = new Date()): Promise<SignalView> {
  await signalRole(ctx.db, actor, networkId);
  checkNoPersonalData(input);
  if (input.observedOn > todayInNl(now)) throw invalid('observedOn', 'Deze datum ligt in de toekomst.', 'This date is in the future.');
  const org = await ctx.db.selectFrom('organisations').select('id').where('region_id', '=', actor.regionId).where('id', '=', input.sourceOrgId).executeTakeFirst();
  if (!org) throw invalid('sourceOrgId', 'Kies een organisatie.', 'Choose an organisation.');
  if (input.followUpUserId) {
    const people = await networkPeople(ctx.db, actor.regionId, networkId, todayInNl(now));
    if (!people.some((p) => p.userId === input.followUpUserId)) throw invalid('followUpUserId', 'Kies iemand die in dit netwerk zit.', 'Choose someone who is part of this network.');
  }
  const row = await ctx.db
    .insertInto('care_signals')
    .values({
      region_id: actor.regionId,
      network_id: networkId,
      kind: input.kind,
      title: input.title,
      body: input.body,
      source_org_id: input.sourceOrgId,
      observed_on: input.observedOn,
      area: input.area,
      age_group: input.ageGroup,
      follow_up_user_id: input.followUpUserId,
      created_by: actor.userId,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return oneSignal(ctx.db, actor.regionId, row.id);
}

async function oneSignal(db: Db, regionId: string, id: string): Promise<SignalView> {
  const row = await signalsQuery(db, regionId).where('s.id', '=', id).executeTakeFirst();
  if (!row) throw notFound();
  return toView(row);
}

async function managedSignal(ctx: Ctx, actor: Actor, signalId: string) {
  const s = await ctx.db.selectFrom('care_signals').select(['id', 'network_id', 'version', 'status', 'title', 'agenda_item_id']).where('region_id', '=', actor.regionId).where('id', '=', signalId).executeTakeFirst();
  if (!s) throw notFound();
  const role = await signalRole(ctx.db, actor, s.network_id);
  if (!role.canManage) throw forbidden({ nl: 'Alleen de voorzitter of de notulist van het netwerk kan dit doen.', en: 'Only the chair or secretary of the network can do this.' });
  return s;
}

/** Raises a signal to the municipality: from then on the municipality's people see it in their list. */
export async function raiseSignal(ctx: Ctx, actor: Actor, signalId: string, input: { version: number; note: string | null }, now = new Date()): Promise<SignalView> {
  const s = await managedSignal(ctx, actor, signalId);
  if (input.note) checkNoPersonalData({ title: '', body: input.note, area: null, confirmNoPersonalData: true });
  const res = await ctx.db
    .updateTable('care_signals')
    .set((eb) => ({ status: 'raised', raised_at: now, raised_by: actor.userId, raised_note: input.note, updated_at: now, version: eb('version', '+', 1) }))
    .where('id', '=', s.id)
    .where('version', '=', input.version)
    .where('status', '=', 'open')
    .executeTakeFirst();
  const view = await oneSignal(ctx.db, actor.regionId, s.id);
  if (res.numUpdatedRows === 0n) throw conflict(view);
  return view;
}

/** Puts a signal on a coming meeting of its network as a theme item, at the end of the agenda. */
export async function putSignalOnAgenda(ctx: Ctx, actor: Actor, signalId: string, input: { version: number; meetingId: string }): Promise<SignalView> {
  const s = await managedSignal(ctx, actor, signalId);
  const meeting = await ctx.db.selectFrom('care_meetings').select(['id', 'network_id', 'status']).where('region_id', '=', actor.regionId).where('id', '=', input.meetingId).executeTakeFirst();
  if (!meeting || meeting.network_id !== s.network_id || !['planned', 'running'].includes(meeting.status)) {
    throw invalid('meetingId', 'Kies een overleg van dit netwerk dat nog komt.', 'Choose a coming meeting of this network.');
  }
  const ok = await ctx.db.transaction().execute(async (trx) => {
    const locked = await trx.selectFrom('care_signals').select(['version']).where('id', '=', s.id).forUpdate().executeTakeFirstOrThrow();
    if (locked.version !== input.version) return false;
    const last = await trx
      .selectFrom('care_meeting_items')
      .select(sql<number>`coalesce(max(position), 0)`.as('pos'))
      .where('region_id', '=', actor.regionId)
      .where('meeting_id', '=', meeting.id)
      .executeTakeFirstOrThrow();
    const item = await trx
      .insertInto('care_meeting_items')
      .values({ region_id: actor.regionId, meeting_id: meeting.id, kind: 'theme', position: Number(last.pos) + 1, title: s.title, submitted_by: actor.userId })
      .returning('id')
      .executeTakeFirstOrThrow();
    await trx
      .updateTable('care_signals')
      .set((eb) => ({ agenda_item_id: item.id, updated_at: new Date(), version: eb('version', '+', 1) }))
      .where('id', '=', s.id)
      .execute();
    return true;
  });
  const view = await oneSignal(ctx.db, actor.regionId, s.id);
  if (!ok) throw conflict(view);
  return view;
}

/** The signals raised to the municipality, for policy advisers and the municipality's people. */
export async function raisedSignals(ctx: Ctx, actor: Actor): Promise<SignalView[]> {
  if (!(await seesRaisedSignals(ctx.db, actor))) {
    throw forbidden({ nl: 'Deze lijst is voor de gemeente.', en: 'This list is for the municipality.' });
  }
  const rows = await signalsQuery(ctx.db, actor.regionId).where('s.raised_at', 'is not', null).orderBy('s.raised_at', 'desc').limit(500).execute();
  return rows.map(toView);
}
