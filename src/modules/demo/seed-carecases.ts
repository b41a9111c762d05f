import type { Db } from '../../platform/db/database.js';
import { ensureItem } from '../carenet/case-registration.js';
import type { CaseMode } from '../carenet/schema.js';
import type { SeededIds } from './seed.js';

/**
 * Demo cases in "Netwerk 12-18" (the first network Fatima chairs by name), on its coming meetings:
 * one in each mode, an identified case about Milan (whose circle has the school and youth care, so
 * "wie is er al betrokken?" shows both), and a warm hand-over waiting for Mehmet's yes. The networks,
 * their seats and meetings come from the care-network seed, which runs before this one. Invented.
 */

const DAY = 24 * 60 * 60 * 1000;
const ymd = (d: Date) => d.toISOString().slice(0, 10);

interface Ctx {
  trx: Db;
  ids: SeededIds;
  networkId: string;
  meetings: string[];
  today: Date;
}

const user = (ids: SeededIds, key: string) => {
  const u = ids.users.get(key);
  if (!u) throw new Error(`demo person ${key} missing`);
  return u;
};

export async function seedCareCases(trx: Db, ids: SeededIds, today: Date): Promise<void> {
  const networkId = await youthNetwork(trx, ids);
  const meetings = networkId ? await comingMeetings(trx, ids, networkId, today) : [];
  if (!networkId || meetings.length === 0) return;
  const c: Ctx = { trx, ids, networkId, meetings, today };

  const milan = await addCase(c, 'joost', 'identified', 'Jongen 14, schoolverzuim', 'Hij komt al zes weken bijna niet op school. Thuis gaat het moeizaam. Wie kan helpen om weer een ritme te vinden?', 14, {
    client_id: ids.clients.get('milan') ?? null,
  });
  await consent(c, milan, 'joost', 'parent', 'moeder', 'written');

  await addCase(c, 'daan', 'anonymous', 'Meisje 13, vaak alleen thuis', 'Ze zegt vaak dat ze na school niemand thuis treft en geen eten heeft. Herkent iemand dit, en wie kan met de ouders in gesprek?', 13, {});

  const safety = await addCase(c, 'sanne', 'safety', 'Jongen 13, zorgen over veiligheid thuis', 'Hoe zorgen we samen dat hij veilig is, en wie gaat met de ouders praten?', 13, {
    subject_first_name: 'Tijn',
    subject_last_name: 'Ravensberg',
    subject_birth_date: ymd(new Date(today.getTime() - (13 * 365 + 40) * DAY)),
  });
  await trx
    .insertInto('care_case_safety')
    .values({
      region_id: ids.regionId,
      case_id: safety,
      ground: 'child-safety',
      justification: 'Hij kwam twee keer met blauwe plekken op school en zegt bang te zijn om naar huis te gaan. Wachten op toestemming kan niet.',
      veilig_thuis: 'considered',
      inform_client: true,
      not_inform_reason: null,
      client_informed_on: null,
    })
    .execute();

  // Sem's case moves to GGZ: the hand-over waits until Mehmet says yes in his own account.
  const sem = await addCase(c, 'joost', 'identified', 'Jongen 16, somber en teruggetrokken', 'Hij trekt zich terug en slaapt slecht. Wie kan de begeleiding overnemen?', 16, { client_id: ids.clients.get('sem') ?? null });
  await consent(c, sem, 'joost', 'client', null, 'spoken');
  const mehmet = user(ids, 'mehmet');
  const ggz = await trx.selectFrom('users').select('organisation_id').where('id', '=', mehmet.id).executeTakeFirstOrThrow();
  await trx
    .insertInto('care_case_handovers')
    .values({
      region_id: ids.regionId,
      case_id: sem,
      to_kind: 'organisation',
      to_user_id: mehmet.id,
      to_organisation_id: ggz.organisation_id,
      summary: 'Sem is besproken in het zorgnetwerk. Afgesproken: GGZ neemt de begeleiding over; de jeugdconsulent blijft tot de eerste afspraak bereikbaar.',
      created_by: user(ids, 'joost').id,
    })
    .execute();
  await event(c, sem, 'joost', 'handover');
}

/** The first network Fatima chairs, by name ("Netwerk 12-18"). */
async function youthNetwork(trx: Db, ids: SeededIds): Promise<string | null> {
  const chaired = await trx
    .selectFrom('care_networks')
    .select('id')
    .where('region_id', '=', ids.regionId)
    .where('chair_user_id', '=', user(ids, 'fatima').id)
    .where('archived_at', 'is', null)
    .orderBy('name')
    .executeTakeFirst();
  return chaired?.id ?? null;
}

/** The network's coming meetings, first one first. */
async function comingMeetings(trx: Db, ids: SeededIds, networkId: string, today: Date): Promise<string[]> {
  const rows = await trx
    .selectFrom('care_meetings')
    .select('id')
    .where('region_id', '=', ids.regionId)
    .where('network_id', '=', networkId)
    .where('status', '=', 'planned')
    .where('starts_at', '>', today)
    .orderBy('starts_at')
    .execute();
  return rows.map((r) => r.id);
}

type Subject = Partial<Record<'client_id' | 'subject_first_name' | 'subject_last_name' | 'subject_birth_date', string | null>>;

async function addCase(c: Ctx, submitter: string, mode: CaseMode, label: string, question: string, age: number, subject: Subject): Promise<string> {
  const u = user(c.ids, submitter);
  const org = await c.trx.selectFrom('users').select('organisation_id').where('id', '=', u.id).executeTakeFirstOrThrow();
  const row = await c.trx
    .insertInto('care_cases')
    .values({
      region_id: c.ids.regionId,
      network_id: c.networkId,
      mode,
      label,
      question,
      age_years: age,
      client_id: subject.client_id ?? null,
      subject_first_name: subject.subject_first_name ?? null,
      subject_last_name: subject.subject_last_name ?? null,
      subject_birth_date: subject.subject_birth_date ?? null,
      subject_address: null,
      subject_school: null,
      submitted_by: u.id,
      submitted_org_id: org.organisation_id!,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  const meeting = c.meetings[0];
  if (meeting) await ensureItem(c.trx, c.ids.regionId, meeting, row.id, label, u.id);
  if (mode !== 'anonymous') {
    await c.trx.insertInto('care_case_coordinators').values({ region_id: c.ids.regionId, case_id: row.id, user_id: u.id, organisation_id: org.organisation_id, assigned_by: u.id }).execute();
  }
  await event(c, row.id, submitter, 'registered', mode);
  return row.id;
}

/** Consent for the first coming meeting only: the next one needs asking again. */
async function consent(c: Ctx, caseId: string, person: string, kind: 'client' | 'parent', name: string | null, how: 'spoken' | 'written'): Promise<void> {
  const meeting = c.meetings[0];
  if (!meeting) return;
  await c.trx
    .insertInto('care_case_consents')
    .values({ region_id: c.ids.regionId, case_id: caseId, meeting_id: meeting, given_by_kind: kind, given_by_name: name, given_on: ymd(new Date(c.today.getTime() - 3 * DAY)), how, recorded_by: user(c.ids, person).id })
    .execute();
  await event(c, caseId, person, 'consent-recorded');
}

async function event(c: Ctx, caseId: string, person: string, kind: string, note: string | null = null): Promise<void> {
  const u = user(c.ids, person);
  await c.trx.insertInto('care_case_events').values({ region_id: c.ids.regionId, case_id: caseId, kind, actor_user_id: u.id, actor_label: u.label, note }).execute();
}
