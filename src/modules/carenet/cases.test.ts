import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listClientAccess } from '../../platform/audit/client-access-list.js';
import { createTestApp, type TestApp, type TestClient } from '../../testing/test-app.js';
import { membership, PROFESSIONAL_GRANTS } from '../../testing/safety-fixtures.js';
import { caseWorld, loginStaff, type CaseWorld } from './case-test-fixtures.js';
import type { CaseView, InvolvementView, MyCareWork } from './case-model.js';

let t: TestApp;
let w: CaseWorld;
let pim: TestClient; // professional in Cor's circle, representative in the network
let chair: TestClient;
let rob: TestClient; // representative of organisation B
let sara: TestClient; // substitute for Rob at m1 only
let outside: TestClient;
const errFields = (body: string) => ((JSON.parse(body) as { errors?: { field: string }[] }).errors ?? []).map((e) => e.field);

const identified = (over: Record<string, unknown> = {}) => ({
  meetingId: w.m1,
  mode: 'identified',
  label: 'Man 64, eenzaamheid',
  question: 'Wie kan meedenken over meer contact in de buurt?',
  ageYears: 64,
  clientId: w.fx.clientId,
  consent: { givenByKind: 'client', givenOn: '2024-05-01', how: 'spoken' },
  ...over,
});

beforeAll(async () => {
  t = await createTestApp();
  w = await caseWorld(t.ctx, 'casus');
  await t.ctx.db
    .insertInto('care_network_members')
    .values({ region_id: w.fx.regionId, network_id: w.networkId, organisation_id: w.fx.organisationId, user_id: w.fx.professional.id, role: 'representative', job_title: 'Wijkcoach', mandate: null, active_from: '2020-01-01', active_until: null })
    .execute();
  pim = await loginStaff(t, { ...w.fx.professional, name: 'Pim Prof', organisationName: null });
  chair = await loginStaff(t, w.people.chair);
  rob = await loginStaff(t, w.people.representative);
  sara = await loginStaff(t, w.people['substitute-attending']);
  outside = await loginStaff(t, w.people['professional-outside']);
}, 60_000);

afterAll(async () => {
  await t?.close();
});

describe('registering a case', () => {
  it('an anonymous case refuses every identifying field by name, and the database refuses them too', async () => {
    const res = await pim.post(`/api/care-networks/${w.networkId}/cases`, {
      meetingId: w.m1,
      mode: 'anonymous',
      label: 'Jongen 14',
      question: 'Verzuim.',
      clientId: w.fx.clientId,
      firstName: 'Cor',
      birthDate: '2010-01-01',
      address: 'Dorpsstraat 1',
      school: 'Het Lyceum',
    });
    expect(res.statusCode).toBe(422);
    expect(errFields(res.body).sort()).toEqual(['address', 'birthDate', 'clientId', 'firstName', 'school']);
    await expect(
      t.ctx.db
        .insertInto('care_cases')
        .values({ region_id: w.fx.regionId, network_id: w.networkId, mode: 'anonymous', label: 'x', question: 'x', client_id: null, subject_first_name: 'Cor', subject_last_name: null, subject_birth_date: null, subject_address: null, subject_school: null, age_years: null, submitted_by: w.fx.professional.id, submitted_org_id: w.fx.organisationId })
        .execute(),
    ).rejects.toThrow();
  });

  it('an identified case needs consent, and only a network member registers', async () => {
    const noConsent = await pim.post(`/api/care-networks/${w.networkId}/cases`, identified({ consent: null }));
    expect(noConsent.statusCode).toBe(422);
    expect(errFields(noConsent.body)).toEqual(['consent']);
    expect((await outside.post(`/api/care-networks/${w.networkId}/cases`, identified())).statusCode).toBe(403);
    // Rob sits in the network but may not read Cor's basis: no case about Cor from him.
    expect((await rob.post(`/api/care-networks/${w.networkId}/cases`, identified())).statusCode).toBe(403);
    const past = await pim.post(`/api/care-networks/${w.networkId}/cases`, identified({ meetingId: w.m0 }));
    expect(past.statusCode).toBe(422);
    expect(errFields(past.body)).toEqual(['meetingId']);
  });

  it('puts the case on the agenda with its label, records consent for that meeting and names a coordinator', async () => {
    const before = await t.ctx.db.selectFrom('care_meeting_items').select((eb) => eb.fn.max('position').as('p')).where('meeting_id', '=', w.m1).executeTakeFirst();
    const res = await pim.post(`/api/care-networks/${w.networkId}/cases`, identified());
    expect(res.statusCode, res.body).toBe(201);
    const view = res.json() as CaseView;
    expect(view.identifying).toBe(true);
    expect(view.subject).toMatchObject({ firstName: 'Cor', lastName: 'Client' });
    expect(view.coordinator?.userId).toBe(w.fx.professional.id);
    expect(view.meetings.find((m) => m.meetingId === w.m1)?.consent?.givenByKind).toBe('client');
    const item = await t.ctx.db.selectFrom('care_meeting_items').selectAll().where('case_id', '=', view.id).executeTakeFirstOrThrow();
    expect(item).toMatchObject({ meeting_id: w.m1, kind: 'case', title: 'Man 64, eenzaamheid', position: Number(before?.p ?? 0) + 1 });
    const log = await t.ctx.db.selectFrom('access_log').select(['purpose', 'category']).where('client_id', '=', w.fx.clientId).where('actor_user_id', '=', w.fx.professional.id).execute();
    expect(log.map((l) => l.purpose)).toContain('casus inbrengen in een zorgnetwerk');
  });

  it('a safety exception needs a written justification and a reason not to tell the client; the chair reviews it', async () => {
    const base = { meetingId: w.m1, mode: 'safety', label: 'Meisje 8, zorgen thuis', question: 'Hoe zorgen we voor veiligheid?', firstName: 'Lisa', lastName: 'Jansen' };
    const short = await pim.post(`/api/care-networks/${w.networkId}/cases`, { ...base, safety: { ground: 'child-safety', justification: 'Zorgen.', veiligThuis: 'considered', informClient: false } });
    expect(short.statusCode).toBe(422);
    expect(errFields(short.body).sort()).toEqual(['safety.justification', 'safety.notInformReason']);
    const ok = await pim.post(`/api/care-networks/${w.networkId}/cases`, {
      ...base,
      safety: { ground: 'child-safety', justification: 'De leerkracht zag blauwe plekken en het kind zegt bang te zijn voor thuis.', veiligThuis: 'made', informClient: true },
    });
    expect(ok.statusCode, ok.body).toBe(201);
    const view = ok.json() as CaseView;
    expect(view.exception).toBe(true);
    const reviews = (await chair.get('/api/care-cases/safety-reviews')).json() as { caseId: string; reviewStatus: string }[];
    expect(reviews.find((r) => r.caseId === view.id)?.reviewStatus).toBe('pending');
    expect((await pim.post(`/api/care-cases/${view.id}/safety-review`, { decision: 'agreed', version: 1 })).statusCode).toBe(403);
    expect((await chair.post(`/api/care-cases/${view.id}/safety-review`, { decision: 'agreed', version: 7 })).statusCode).toBe(409);
    const reviewed = await chair.post(`/api/care-cases/${view.id}/safety-review`, { decision: 'agreed', note: null, version: 1 });
    expect(reviewed.statusCode, reviewed.body).toBe(200);
    expect((reviewed.json() as CaseView).safety?.reviewStatus).toBe('agreed');
    // Members see the case flagged; the log marks their reads as exception.
    const robView = (await rob.get(`/api/care-cases/${view.id}`)).json() as CaseView;
    expect(robView.exception).toBe(true);
    expect(robView.safety?.justification).toBeNull();
    const flagged = await t.ctx.db.selectFrom('access_log').select('exception_id').where('actor_user_id', '=', w.people.representative.id).where('purpose', '=', 'casus in zorgnetwerk bekijken').execute();
    expect(flagged.some((f) => f.exception_id !== null)).toBe(true);
  });
});

describe('consent per meeting', () => {
  let caseId: string;
  beforeAll(async () => {
    caseId = ((await pim.post(`/api/care-networks/${w.networkId}/cases`, identified({ label: 'Vrouw 40, schulden' }))).json() as CaseView).id;
  });

  it('does not carry to the next meeting', async () => {
    // The meeting module carries the item to m2; no consent was asked for m2.
    await t.ctx.db.insertInto('care_meeting_items').values({ region_id: w.fx.regionId, meeting_id: w.m2, kind: 'case', position: 50, title: 'Vrouw 40, schulden', case_id: caseId, submitted_by: w.fx.professional.id }).execute();
    const forM1 = (await rob.get(`/api/care-cases/${caseId}?meetingId=${w.m1}`)).json() as CaseView;
    const forM2 = (await rob.get(`/api/care-cases/${caseId}?meetingId=${w.m2}`)).json() as CaseView;
    const latest = (await rob.get(`/api/care-cases/${caseId}`)).json() as CaseView;
    expect([forM1.identifying, forM2.identifying, latest.identifying]).toEqual([true, false, false]);
    expect(forM2.subject).toBeNull();
    const again = await pim.post(`/api/care-cases/${caseId}/consents`, { meetingId: w.m2, givenByKind: 'client', givenOn: '2024-06-01', how: 'written' });
    expect(again.statusCode, again.body).toBe(201);
    expect(((await rob.get(`/api/care-cases/${caseId}?meetingId=${w.m2}`)).json() as CaseView).identifying).toBe(true);
    expect((await pim.post(`/api/care-cases/${caseId}/consents`, { meetingId: w.m2, givenByKind: 'client', givenOn: '2024-06-01', how: 'written' })).statusCode).toBe(409);
  });

  it('a substitute sees only the cases of the meeting they attend', async () => {
    expect(((await sara.get(`/api/care-cases/${caseId}?meetingId=${w.m1}`)).json() as CaseView).identifying).toBe(true);
    expect((await sara.get(`/api/care-cases/${caseId}?meetingId=${w.m2}`)).statusCode).toBe(403);
  });

  it('withdrawn before the meeting: the item stays without identifying fields, or goes off the agenda', async () => {
    const view = (await pim.get(`/api/care-cases/${caseId}`)).json() as CaseView;
    const m1Consent = view.meetings.find((m) => m.meetingId === w.m1)!.consent!;
    const res = await pim.post(`/api/care-cases/${caseId}/consents/${m1Consent.id}/withdraw`, { choice: 'anonymous' });
    expect(res.statusCode, res.body).toBe(200);
    expect((res.json() as CaseView).consentWithdrawn).toBe(true);
    const robView = (await rob.get(`/api/care-cases/${caseId}?meetingId=${w.m1}`)).json() as CaseView;
    expect(robView.identifying).toBe(false);
    expect(robView.subject).toBeNull();
    const m2Consent = view.meetings.find((m) => m.meetingId === w.m2)!.consent!;
    expect((await rob.post(`/api/care-cases/${caseId}/consents/${m2Consent.id}/withdraw`, { choice: 'removed' })).statusCode).toBe(403);
    expect((await pim.post(`/api/care-cases/${caseId}/consents/${m2Consent.id}/withdraw`, { choice: 'removed' })).statusCode).toBe(200);
    const item = await t.ctx.db.selectFrom('care_meeting_items').select('status').where('case_id', '=', caseId).where('meeting_id', '=', w.m2).executeTakeFirstOrThrow();
    expect(item.status).toBe('removed');
  });

  it('an anonymous case never shows identifying fields, including to the chair, and can be upgraded when consent arrives', async () => {
    const anon = await pim.post(`/api/care-networks/${w.networkId}/cases`, { meetingId: w.m1, mode: 'anonymous', label: 'Jongen 15, verzuim', question: 'Gaat weken niet naar school.' });
    expect(anon.statusCode).toBe(201);
    const id = (anon.json() as CaseView).id;
    const seen = (await chair.get(`/api/care-cases/${id}?meetingId=${w.m1}`)).json() as CaseView;
    expect([seen.identifying, seen.subject, seen.may.checkInvolvement]).toEqual([false, null, false]);
    expect((await chair.get(`/api/care-cases/${id}/involvement`)).statusCode).toBe(403);
    const upgrade = { version: 1, firstName: 'Tim', lastName: 'Bakker', birthDate: '2010-02-03', consent: { meetingId: w.m2, givenByKind: 'parent', givenOn: '2024-06-01', how: 'written' } };
    expect((await pim.post(`/api/care-cases/${id}/upgrade`, { ...upgrade, version: 5 })).statusCode).toBe(409);
    const up = await pim.post(`/api/care-cases/${id}/upgrade`, upgrade);
    expect(up.statusCode, up.body).toBe(200);
    const after = (await chair.get(`/api/care-cases/${id}?meetingId=${w.m2}`)).json() as CaseView;
    expect([after.mode, after.identifying, after.subject?.lastName]).toEqual(['identified', true, 'Bakker']);
    expect(((await chair.get(`/api/care-cases/${id}?meetingId=${w.m1}`)).json() as CaseView).identifying).toBe(false);
  });
});

describe('involvement, hand-over and feedback', () => {
  let caseId: string;
  beforeAll(async () => {
    // Cor's circle has professionals of two organisations; another network discussed Cor before.
    await membership(t.ctx, w.fx.regionId, w.fx.clientId, w.people.representative.id, 'professional', PROFESSIONAL_GRANTS);
    await t.ctx.db.updateTable('users').set({ phone: '0541-123456' }).where('id', '=', w.people.representative.id).execute();
    await t.ctx.db
      .insertInto('care_cases')
      .values({ region_id: w.fx.regionId, network_id: w.otherNetworkId, mode: 'identified', label: 'Eerder', question: 'Geheime inhoud van het eerdere overleg', client_id: w.fx.clientId, subject_first_name: null, subject_last_name: null, subject_birth_date: null, subject_address: null, subject_school: null, age_years: null, submitted_by: w.people['other-network-member'].id, submitted_org_id: w.orgA })
      .execute();
    caseId = ((await pim.post(`/api/care-networks/${w.networkId}/cases`, identified({ label: 'Man 64, tweede keer' }))).json() as CaseView).id;
  });

  it('shows which organisations are involved, with a contact, never content, and logs the check on the client', async () => {
    const res = await rob.get(`/api/care-cases/${caseId}/involvement?meetingId=${w.m1}`);
    expect(res.statusCode, res.body).toBe(200);
    const inv = res.json() as InvolvementView;
    const orgs = inv.organisations.map((o) => o.organisation);
    expect(orgs).toEqual(expect.arrayContaining([`Wijkteam casus`, 'Jeugdzorg casus', 'School casus']));
    expect(inv.organisations.find((o) => o.organisation === 'Jeugdzorg casus')).toMatchObject({ contactName: 'Rob Vertegenwoordiger', contactPhone: '0541-123456', source: 'circle' });
    expect(res.body).not.toContain('Geheime inhoud');
    const log = await t.ctx.db.selectFrom('access_log').select('purpose').where('client_id', '=', w.fx.clientId).where('actor_user_id', '=', w.people.representative.id).execute();
    expect(log.map((l) => l.purpose)).toContain('nagaan wie er al betrokken is (zorgnetwerk)');
    expect((await outside.get(`/api/care-cases/${caseId}/involvement`)).statusCode).toBe(403);
  });

  it('escalation is recorded with a reason and a date', async () => {
    const future = new Date(Date.now() + 5 * 86_400_000).toISOString().slice(0, 10);
    const bad = await pim.post(`/api/care-cases/${caseId}/escalations`, { level: 'mdo', reason: 'Meer partijen nodig', decidedOn: future });
    expect(bad.statusCode).toBe(422);
    expect(errFields(bad.body)).toEqual(['decidedOn']);
    const ok = await pim.post(`/api/care-cases/${caseId}/escalations`, { level: 'mdo', reason: 'Meer partijen nodig', decidedOn: '2024-06-01' });
    expect(ok.statusCode).toBe(201);
    expect((ok.json() as CaseView).escalations.map((e) => e.level)).toEqual(['mdo']);
  });

  it('a warm hand-over waits until the receiver accepts in their own account; feedback tasks follow', async () => {
    const view = (await pim.get(`/api/care-cases/${caseId}`)).json() as CaseView;
    const res = await pim.post(`/api/care-cases/${caseId}/handovers`, { toKind: 'organisation', toUserId: w.people.representative.id, summary: 'Overdracht: afspraken over dagbesteding en contact met de buurt.', version: view.version });
    expect(res.statusCode, res.body).toBe(201);
    const waiting = (await rob.get('/api/me/care-work')).json() as MyCareWork;
    const h = waiting.handovers.find((x) => x.caseId === caseId)!;
    expect(h.label).toBe('Man 64, tweede keer');
    expect((await chair.post(`/api/care-handovers/${h.id}/answer`, { accept: true, version: h.version })).statusCode).toBe(403);
    expect((await rob.post(`/api/care-handovers/${h.id}/answer`, { accept: true, version: h.version + 3 })).statusCode).toBe(409);
    const accepted = await rob.post(`/api/care-handovers/${h.id}/answer`, { accept: true, note: null, version: h.version });
    expect(accepted.statusCode, accepted.body).toBe(200);
    const after = accepted.json() as CaseView;
    expect([after.status, after.coordinator?.userId, after.handovers[0]?.status]).toEqual(['handed-over', w.people.representative.id, 'accepted']);
    expect(after.feedback.map((f) => f.audience).sort()).toEqual(['client', 'referrer', 'team']);
    const mine = (await pim.get('/api/me/care-work')).json() as MyCareWork;
    const task = mine.feedback.find((f) => f.caseId === caseId && f.audience === 'client')!;
    expect((await pim.post(`/api/care-feedback/${task.id}/done`, { note: 'Gebeld', version: task.version + 1 })).statusCode).toBe(409);
    expect((await rob.post(`/api/care-feedback/${task.id}/done`, { note: 'x', version: task.version })).statusCode).toBe(404);
    const done = await pim.post(`/api/care-feedback/${task.id}/done`, { note: 'Gebeld', version: task.version });
    expect(done.statusCode).toBe(200);
    expect((done.json() as MyCareWork).feedback.some((f) => f.id === task.id)).toBe(false);
    const mails = await t.ctx.db.selectFrom('mail_outbox').select(['to_address', 'text_body', 'subject']).where('to_address', '=', w.people.representative.email.toLowerCase()).execute();
    expect(mails.length).toBeGreaterThan(0);
    for (const m of mails) expect(`${m.subject} ${m.text_body}`).not.toMatch(/Cor|Client|Man 64/);
  });

  it('closing an anonymous case gives no task to tell the client', async () => {
    const anon = (await pim.post(`/api/care-networks/${w.networkId}/cases`, { meetingId: w.m1, mode: 'anonymous', label: 'Vrouw 30', question: 'Vraag.' })).json() as CaseView;
    const closed = await pim.post(`/api/care-cases/${anon.id}/close`, { outcome: 'Besproken; school pakt het op.', version: anon.version });
    expect(closed.statusCode, closed.body).toBe(200);
    expect((closed.json() as CaseView).feedback.map((f) => f.audience).sort()).toEqual(['referrer', 'team']);
    expect((await pim.post(`/api/care-cases/${anon.id}/close`, { outcome: 'Nog eens.', version: anon.version })).statusCode).toBe(409);
  });
});

describe("the client's access log and safety cases", () => {
  it('hides reads of a safety case until the client was told, and for good when it was recorded why not', async () => {
    const base = { meetingId: w.m1, mode: 'safety', question: 'Hoe zorgen we voor veiligheid?', clientId: w.fx.clientId };
    const justification = 'Buren hoorden geschreeuw en de politie kwam twee keer langs deze maand.';
    const told = (await pim.post(`/api/care-networks/${w.networkId}/cases`, { ...base, label: 'Log: later verteld', safety: { ground: 'child-safety', justification, veiligThuis: 'considered', informClient: true } })).json() as CaseView;
    const never = (
      await pim.post(`/api/care-networks/${w.networkId}/cases`, {
        ...base,
        label: 'Log: nooit verteld',
        safety: { ground: 'danger', justification, veiligThuis: 'made', informClient: false, notInformReason: 'Vertellen brengt de melder in gevaar.' },
      })
    ).json() as CaseView;
    expect((await rob.get(`/api/care-cases/${told.id}`)).statusCode).toBe(200);
    expect((await rob.get(`/api/care-cases/${never.id}`)).statusCode).toBe(200);
    const exceptionIds = async () => {
      const rows = await t.ctx.db.selectFrom('care_case_safety').select(['id', 'case_id']).where('case_id', 'in', [told.id, never.id]).execute();
      return { told: rows.find((r) => r.case_id === told.id)!.id, never: rows.find((r) => r.case_id === never.id)!.id };
    };
    const ids = await exceptionIds();
    const o = { regionId: w.fx.regionId, clientId: w.fx.clientId, limit: 1000 };
    const shown = async () => new Set((await listClientAccess(t.ctx.db, o)).map((e) => e.exception?.id ?? null));
    const before = await shown();
    expect([before.has(ids.told), before.has(ids.never)]).toEqual([false, false]);
    const all = await listClientAccess(t.ctx.db, { ...o, exceptions: 'all' });
    expect(all.filter((e) => e.exception?.id === ids.told).length).toBeGreaterThan(0);

    const informed = await pim.post(`/api/care-cases/${told.id}/client-informed`, { informedOn: '2024-06-01', version: told.safety!.version });
    expect(informed.statusCode, informed.body).toBe(200);
    const after = await listClientAccess(t.ctx.db, o);
    const entry = after.find((e) => e.exception?.id === ids.told);
    expect(entry?.exception).toMatchObject({ ground: 'kindveiligheid', informClient: true });
    expect(entry?.exception?.informedAt?.toISOString().slice(0, 10)).toBe('2024-06-01');
    expect(after.some((e) => e.exception?.id === ids.never)).toBe(false);
  });
});
