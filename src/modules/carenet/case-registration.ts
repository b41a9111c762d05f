import type { AppContext } from '../../platform/context.js';
import type { Db } from '../../platform/db/database.js';
import { todayInNl, withCaseAccess, withClientAccess, type Actor, type CaseScope } from '../../platform/access/index.js';
import { AppError, conflict, forbidden, invalid, type FieldProblem } from '../../platform/errors.js';
import type { ConsentInput, RegisterInput, UpgradeInput } from './case-model.js';
import { SAFETY_JUSTIFICATION_MIN } from './case-schema.js';
import { caseEvent, requireSeat, userOrganisation } from './case-shared.js';
import { getCase } from './case-view.js';
import type { CaseView } from './case-model.js';

type Ctx = Pick<AppContext, 'db' | 'audit' | 'log'>;

const field = (f: string, nl: string, en: string): FieldProblem => ({ field: f, nl, en });
const fail = (fields: FieldProblem[]) => {
  if (fields.length) throw new AppError(422, 'validation', { nl: 'Niet alle gegevens kloppen.', en: 'Some of the information is not valid.' }, fields);
};

const SUBJECT_KEYS = ['clientId', 'firstName', 'lastName', 'birthDate', 'address', 'school'] as const;
type Subject = Pick<RegisterInput, (typeof SUBJECT_KEYS)[number]>;

/** An anonymous case may carry nothing that says who it is about: each such field is named. */
function anonymousProblems(s: Subject): FieldProblem[] {
  return SUBJECT_KEYS.filter((k) => s[k] !== null && s[k] !== undefined).map((k) =>
    field(k, 'Een anonieme casus heeft geen naam, geboortedatum, adres of school. Laat dit leeg.', 'An anonymous case has no name, birth date, address or school. Leave this empty.'),
  );
}

function subjectProblems(s: Subject): FieldProblem[] {
  const out: FieldProblem[] = [];
  if (!s.clientId && (!s.firstName || !s.lastName)) {
    out.push(field('firstName', 'Kies een cliënt of vul voornaam en achternaam in.', 'Choose a client or fill in first and last name.'));
  }
  if (s.birthDate && s.birthDate > todayInNl()) out.push(field('birthDate', 'De geboortedatum ligt in de toekomst.', 'The birth date is in the future.'));
  return out;
}

function consentProblems(c: Omit<ConsentInput, 'meetingId'> | null | undefined, prefix: string): FieldProblem[] {
  if (!c) return [field(prefix, 'Vul in wie toestemming gaf, wanneer en hoe.', 'Fill in who gave consent, when and how.')];
  if (c.givenOn > todayInNl()) return [field(`${prefix}.givenOn`, 'Toestemming kan niet in de toekomst gegeven zijn.', 'Consent cannot have been given in the future.')];
  return [];
}

/** A meeting of this network that is still to come (or running), for an item or a consent. */
export async function openMeeting(db: Db, regionId: string, networkId: string, meetingId: string, fieldName = 'meetingId'): Promise<void> {
  const m = await db.selectFrom('care_meetings').select(['network_id', 'status']).where('region_id', '=', regionId).where('id', '=', meetingId).executeTakeFirst();
  if (!m || m.network_id !== networkId) throw invalid(fieldName, 'Kies een overleg van dit zorgnetwerk.', 'Choose a meeting of this care network.');
  if (m.status !== 'planned' && m.status !== 'running') throw invalid(fieldName, 'Dit overleg is al geweest of gaat niet door.', 'This meeting has already taken place or was cancelled.');
}

/** Puts the case on a meeting's agenda, last, titled with its non-identifying label. */
export async function ensureItem(db: Db, regionId: string, meetingId: string, caseId: string, label: string, userId: string): Promise<void> {
  const existing = await db
    .selectFrom('care_meeting_items')
    .select(['id', 'status'])
    .where('region_id', '=', regionId)
    .where('meeting_id', '=', meetingId)
    .where('case_id', '=', caseId)
    .executeTakeFirst();
  if (existing) {
    if (existing.status === 'removed') await db.updateTable('care_meeting_items').set({ status: 'planned', version: (eb) => eb('version', '+', 1) }).where('id', '=', existing.id).execute();
    return;
  }
  const last = await db
    .selectFrom('care_meeting_items')
    .select((eb) => eb.fn.max('position').as('p'))
    .where('region_id', '=', regionId)
    .where('meeting_id', '=', meetingId)
    .executeTakeFirst();
  await db
    .insertInto('care_meeting_items')
    .values({ region_id: regionId, meeting_id: meetingId, kind: 'case', position: Number(last?.p ?? 0) + 1, title: label, case_id: caseId, submitted_by: userId })
    .execute();
}

/** Registering about a Samenspel client needs the right to read that client's basis, and is logged there. */
async function checkClient(ctx: Ctx, actor: Actor, clientId: string, requestId: string | null): Promise<void> {
  await withClientAccess(ctx, actor, { clientId, category: 'basis', action: 'read', purpose: 'casus inbrengen in een zorgnetwerk', requestId }, async () => undefined);
}

export async function registerCase(ctx: Ctx, actor: Actor, networkId: string, input: RegisterInput, requestId: string | null): Promise<CaseView> {
  const seat = await requireSeat(ctx.db, actor, networkId);
  const problems: FieldProblem[] = [];
  if (input.label === '') problems.push(field('label', 'Geef de casus een korte titel.', 'Give the case a short title.'));
  if (input.question === '') problems.push(field('question', 'Schrijf de vraag aan het netwerk op.', 'Write down the question for the network.'));
  if (input.mode === 'anonymous') problems.push(...anonymousProblems(input));
  else problems.push(...subjectProblems(input));
  if (input.mode === 'identified') problems.push(...consentProblems(input.consent, 'consent'));
  if (input.mode === 'safety') {
    const s = input.safety;
    if (!s) problems.push(field('safety', 'Schrijf op waarom dit zonder toestemming moet.', 'Write down why this must happen without consent.'));
    else {
      if (s.justification.length < SAFETY_JUSTIFICATION_MIN)
        problems.push(field('safety.justification', `Schrijf minstens ${SAFETY_JUSTIFICATION_MIN} tekens: waarom is de veiligheid in gevaar?`, `Write at least ${SAFETY_JUSTIFICATION_MIN} characters: why is safety at risk?`));
      if (!s.informClient && (s.notInformReason ?? '').length < 10)
        problems.push(field('safety.notInformReason', 'Schrijf op waarom de cliënt het achteraf niet hoort.', 'Write down why the client will not be told afterwards.'));
    }
  }
  fail(problems);
  await openMeeting(ctx.db, actor.regionId, networkId, input.meetingId);
  const orgId = seat.organisationId ?? (await userOrganisation(ctx.db, actor.regionId, actor.userId));
  if (!orgId) throw forbidden({ nl: 'Je bent niet aan een organisatie gekoppeld.', en: 'You are not linked to an organisation.' });
  if (input.clientId) await checkClient(ctx, actor, input.clientId, requestId);

  const identified = input.mode !== 'anonymous';
  const caseId = await ctx.db.transaction().execute(async (trx) => {
    const row = await trx
      .insertInto('care_cases')
      .values({
        region_id: actor.regionId,
        network_id: networkId,
        mode: input.mode,
        label: input.label,
        question: input.question,
        age_years: input.ageYears ?? null,
        client_id: identified ? (input.clientId ?? null) : null,
        subject_first_name: identified ? (input.firstName ?? null) : null,
        subject_last_name: identified ? (input.lastName ?? null) : null,
        subject_birth_date: identified ? (input.birthDate ?? null) : null,
        subject_address: identified ? (input.address ?? null) : null,
        subject_school: identified ? (input.school ?? null) : null,
        submitted_by: actor.userId,
        submitted_org_id: orgId,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await ensureItem(trx, actor.regionId, input.meetingId, row.id, input.label, actor.userId);
    if (input.mode === 'identified' && input.consent) await insertConsent(trx, actor, row.id, { ...input.consent, meetingId: input.meetingId });
    if (input.mode === 'safety' && input.safety) {
      const s = input.safety;
      await trx
        .insertInto('care_case_safety')
        .values({
          region_id: actor.regionId,
          case_id: row.id,
          ground: s.ground,
          justification: s.justification,
          veilig_thuis: s.veiligThuis,
          inform_client: s.informClient,
          not_inform_reason: s.informClient ? null : s.notInformReason,
          client_informed_on: null,
        })
        .execute();
    }
    // Every identified case has one coordinator; until the network names another, the submitter.
    if (identified) await trx.insertInto('care_case_coordinators').values({ region_id: actor.regionId, case_id: row.id, user_id: actor.userId, organisation_id: orgId, assigned_by: actor.userId }).execute();
    await caseEvent(trx, actor.regionId, row.id, actor, 'registered', input.mode);
    return row.id;
  });
  return getCase(ctx, actor, caseId, input.meetingId, requestId);
}

export async function insertConsent(db: Db, actor: Actor, caseId: string, c: ConsentInput): Promise<void> {
  await db
    .insertInto('care_case_consents')
    .values({ region_id: actor.regionId, case_id: caseId, meeting_id: c.meetingId, given_by_kind: c.givenByKind, given_by_name: c.givenByName, given_on: c.givenOn, how: c.how, recorded_by: actor.userId })
    .execute();
}

/** The submitter, the coordinator and the chair look after consent and the mode of a case. */
export function mayManage(scope: CaseScope): boolean {
  return scope.roles.some((r) => r === 'submitter' || r === 'coordinator' || r === 'chair');
}

const notAllowed = () => forbidden({ nl: 'Alleen de inbrenger, de coördinator of de voorzitter mag dit.', en: 'Only the submitter, the coordinator or the chair may do this.' });

/** Consent arrived for an anonymous case: add who it is about and the consent for a coming meeting, at once. */
export async function upgradeCase(ctx: Ctx, actor: Actor, caseId: string, input: UpgradeInput, requestId: string | null): Promise<CaseView> {
  const stale = await withCaseAccess(ctx, actor, { caseId, action: 'update', purpose: 'casus met toestemming verder bespreken', requestId }, async (db, scope) => {
    if (!mayManage(scope)) throw notAllowed();
    if (scope.row.mode !== 'anonymous') throw invalid('mode', 'Deze casus is niet anoniem.', 'This case is not anonymous.');
    fail([...subjectProblems(input), ...consentProblems(input.consent, 'consent')]);
    await openMeeting(db, scope.regionId, scope.row.network_id, input.consent.meetingId, 'consent.meetingId');
    if (input.clientId) await checkClient(ctx, actor, input.clientId, requestId);
    return db.transaction().execute(async (trx) => {
      const updated = await trx
        .updateTable('care_cases')
        .set({
          mode: 'identified',
          client_id: input.clientId ?? null,
          subject_first_name: input.firstName ?? null,
          subject_last_name: input.lastName ?? null,
          subject_birth_date: input.birthDate ?? null,
          subject_address: input.address ?? null,
          subject_school: input.school ?? null,
          version: input.version + 1,
          updated_at: new Date(),
        })
        .where('region_id', '=', scope.regionId)
        .where('id', '=', caseId)
        .where('version', '=', input.version)
        .where('mode', '=', 'anonymous')
        .executeTakeFirst();
      if (Number(updated.numUpdatedRows) === 0) return true;
      await insertConsent(trx, actor, caseId, input.consent);
      await ensureItem(trx, scope.regionId, input.consent.meetingId, caseId, scope.row.label, actor.userId);
      const orgId = await userOrganisation(trx, scope.regionId, actor.userId);
      const hasCoordinator = await trx.selectFrom('care_case_coordinators').select('id').where('case_id', '=', caseId).where('ended_at', 'is', null).executeTakeFirst();
      if (!hasCoordinator) await trx.insertInto('care_case_coordinators').values({ region_id: scope.regionId, case_id: caseId, user_id: actor.userId, organisation_id: orgId, assigned_by: actor.userId }).execute();
      await caseEvent(trx, scope.regionId, caseId, actor, 'upgraded');
      return false;
    });
  });
  if (stale) throw conflict(await getCase(ctx, actor, caseId, null, requestId));
  return getCase(ctx, actor, caseId, input.consent.meetingId, requestId);
}

export async function recordConsent(ctx: Ctx, actor: Actor, caseId: string, input: ConsentInput, requestId: string | null): Promise<CaseView> {
  const taken = await withCaseAccess(ctx, actor, { caseId, meetingId: input.meetingId, action: 'create', purpose: 'toestemming voor een overleg vastleggen', requestId }, async (db, scope) => {
    if (!mayManage(scope)) throw notAllowed();
    if (scope.row.mode !== 'identified') throw invalid('mode', 'Alleen een casus met naam heeft toestemming per overleg nodig.', 'Only an identified case needs consent per meeting.');
    fail(consentProblems(input, 'consent'));
    await openMeeting(db, scope.regionId, scope.row.network_id, input.meetingId);
    return db.transaction().execute(async (trx) => {
      const existing = await trx.selectFrom('care_case_consents').select('id').where('case_id', '=', caseId).where('meeting_id', '=', input.meetingId).where('withdrawn_at', 'is', null).executeTakeFirst();
      if (existing) return true;
      await insertConsent(trx, actor, caseId, input);
      await ensureItem(trx, scope.regionId, input.meetingId, caseId, scope.row.label, actor.userId);
      await caseEvent(trx, scope.regionId, caseId, actor, 'consent-recorded');
      return false;
    });
  });
  if (taken) throw conflict(await getCase(ctx, actor, caseId, input.meetingId, requestId));
  return getCase(ctx, actor, caseId, input.meetingId, requestId);
}

/**
 * Consent withdrawn. Before the meeting the submitter chooses: keep the item without identifying
 * fields, or take it off the agenda. After the meeting the minutes stay, without who it was about.
 */
export async function withdrawConsent(ctx: Ctx, actor: Actor, caseId: string, consentId: string, choice: 'anonymous' | 'removed', requestId: string | null): Promise<CaseView> {
  await withCaseAccess(ctx, actor, { caseId, action: 'update', purpose: 'ingetrokken toestemming vastleggen', requestId }, async (db, scope) => {
    if (!mayManage(scope)) throw notAllowed();
    const consent = await db
      .selectFrom('care_case_consents as c')
      .innerJoin('care_meetings as m', (j) => j.onRef('m.id', '=', 'c.meeting_id').onRef('m.region_id', '=', 'c.region_id'))
      .select(['c.id', 'c.meeting_id', 'c.withdrawn_at', 'm.status'])
      .where('c.region_id', '=', scope.regionId)
      .where('c.case_id', '=', caseId)
      .where('c.id', '=', consentId)
      .executeTakeFirst();
    if (!consent) throw invalid('consentId', 'Deze toestemming hoort niet bij deze casus.', 'This consent does not belong to this case.');
    if (consent.withdrawn_at !== null) throw conflict(null);
    const before = consent.status === 'planned';
    const applied = before ? choice : 'anonymous';
    await db.transaction().execute(async (trx) => {
      await trx.updateTable('care_case_consents').set({ withdrawn_at: new Date(), withdrawn_by: actor.userId, withdrawal_choice: applied }).where('id', '=', consent.id).execute();
      if (applied === 'removed') {
        await trx
          .updateTable('care_meeting_items')
          .set({ status: 'removed', version: (eb) => eb('version', '+', 1) })
          .where('region_id', '=', scope.regionId)
          .where('meeting_id', '=', consent.meeting_id)
          .where('case_id', '=', caseId)
          .where('status', '=', 'planned')
          .execute();
      }
      await caseEvent(trx, scope.regionId, caseId, actor, 'consent-withdrawn', applied);
    });
  });
  return getCase(ctx, actor, caseId, null, requestId);
}
