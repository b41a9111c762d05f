import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../testing/test-app.js';
import { regionFixture, type RegionFixture } from '../../testing/fixtures.js';
import { PROFESSIONAL_GRANTS, loginAs, mailTo, membership, person, type StaffUser } from '../../testing/safety-fixtures.js';
import { ensurePlan } from './service.js';
import type { TaskStatus } from './schema.js';

let t: TestApp;
let a: RegionFixture;
let colleague: StaffUser;
let leaver: StaffUser;
let profLink = '';
let nelLink = '';

const base = (clientId: string) => `/api/clients/${clientId}/continuity`;

beforeAll(async () => {
  t = await createTestApp();
  a = await regionFixture(t.ctx, 'verder');
  colleague = await person(t.ctx, a.regionId, 'Sara Collega', ['professional'], a.organisationId);
  leaver = await person(t.ctx, a.regionId, 'Stef Stopper', ['professional'], a.organisationId);
  profLink = await membership(t.ctx, a.regionId, a.clientId, a.professional.id, 'professional', PROFESSIONAL_GRANTS);
  await membership(t.ctx, a.regionId, a.clientId, colleague.id, 'professional', PROFESSIONAL_GRANTS);
  nelLink = await membership(t.ctx, a.regionId, a.clientId, a.naaste.id, 'naaste', { basis: 'read', plan: 'contribute' });
});
afterAll(() => t.close());

/** An agreement written straight into the plan, so these tests do not depend on the task routes. */
async function task(title: string, status: TaskStatus, linkId: string | null): Promise<string> {
  const planId = await ensurePlan(t.ctx.db, a.regionId, a.clientId, null);
  const row = await t.ctx.db
    .insertInto('plan_tasks')
    .values({
      region_id: a.regionId,
      client_id: a.clientId,
      plan_id: planId,
      title,
      assignee_kind: linkId ? 'member' : 'open',
      assignee_link_id: linkId,
      assignee_label: linkId ? 'iemand' : null,
      status,
      asked_by_label: 'Test',
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

const taskRow = (id: string) => t.ctx.db.selectFrom('plan_tasks').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
const fields = (body: string) => (JSON.parse(body) as { errors: { field: string }[] }).errors.map((e) => e.field);

describe('who takes over which role when', () => {
  it('records a role for a member with a successor, and races on the version', async () => {
    const c = await loginAs(t, a.professional);
    const res = await c.post(`${base(a.clientId)}/roles`, { holderLinkId: nelLink, role: 'Doet de boodschappen', successor: { kind: 'named', name: 'Buurman Henk' }, whenText: 'Als Nel op vakantie is' });
    expect(res.statusCode, res.body).toBe(201);
    const role = res.json() as { id: string; holder: string; successor: string; version: number };
    expect(role).toMatchObject({ holder: 'Nel Naaste (buurvrouw)', successor: 'Buurman Henk' });
    const page = (await c.get(base(a.clientId))).json() as { roles: { id: string }[]; canEdit: boolean; members: { linkId: string }[] };
    expect(page.roles.map((r) => r.id)).toContain(role.id);
    expect(page.members.map((m) => m.linkId)).toEqual(expect.arrayContaining([profLink, nelLink]));

    const change = { holderLinkId: nelLink, role: 'Doet de boodschappen', successor: { kind: 'member', linkId: profLink }, whenText: null, whenOn: '2031-05-01', version: 1 };
    expect((await c.put(`${base(a.clientId)}/roles/${role.id}`, change)).statusCode).toBe(200);
    const stale = await (await loginAs(t, a.clientUser)).put(`${base(a.clientId)}/roles/${role.id}`, { ...change, role: 'Iets anders' });
    expect(stale.statusCode).toBe(409);
    expect((stale.json() as { current: { version: number; successor: string } }).current).toMatchObject({ version: 2, successor: 'Pim Prof (wijkcoach)' });
    expect((await c.request('DELETE', `${base(a.clientId)}/roles/${role.id}?version=1`)).statusCode).toBe(409);
    expect((await c.request('DELETE', `${base(a.clientId)}/roles/${role.id}?version=2`)).statusCode).toBe(204);
  });

  it('names the wrong fields: a holder outside the circle, no role, no successor, no "when"', async () => {
    const c = await loginAs(t, a.professional);
    const res = await c.post(`${base(a.clientId)}/roles`, { holderLinkId: '00000000-0000-4000-8000-000000000001', role: '', successor: { kind: 'named', name: '' }, whenText: '' });
    expect(res.statusCode).toBe(422);
    expect(fields(res.body)).toEqual(['holderLinkId', 'role', 'successor', 'whenText']);
    expect((await (await loginAs(t, a.otherProfessional)).get(base(a.clientId))).statusCode).toBe(403);
  });
});

describe('closing and re-opening the plan', () => {
  it('closes with a summary for the network, stops running agreements, tells members without personal data, and opens again', async () => {
    const running = await task('Wekelijks koffie drinken', 'accepted', nelLink);
    const finished = await task('Formulier invullen', 'done', profLink);
    const c = await loginAs(t, a.professional);
    const before = (await c.get(base(a.clientId))).json() as { plan: { status: string; version: number }; canClose: boolean };
    expect(before).toMatchObject({ plan: { status: 'open' }, canClose: true });

    const short = await c.post(`${base(a.clientId)}/close`, { version: before.plan.version, summary: 'Klaar' });
    expect(short.statusCode).toBe(422);
    expect(fields(short.body)).toEqual(['summary']);
    // A naaste with write access does not close the whole plan.
    expect((await (await loginAs(t, a.naaste)).post(`${base(a.clientId)}/close`, { version: before.plan.version, summary: 'Het gaat goed, we ronden af.' })).statusCode).toBe(403);

    const mailsBefore = (await mailTo(t.ctx, a.naaste.email)).length;
    const summary = 'Cor woont weer zelfstandig. Nel en de buren doen de boodschappen.';
    const closed = await c.post(`${base(a.clientId)}/close`, { version: before.plan.version, summary });
    expect(closed.statusCode, closed.body).toBe(200);
    const page = closed.json() as { plan: { status: string; closingSummary: string; version: number }; closures: { kind: string; tasksStopped: number }[] };
    expect(page.plan).toMatchObject({ status: 'closed', closingSummary: summary });
    expect(page.closures[0]).toMatchObject({ kind: 'closed', tasksStopped: 1 });
    expect((await taskRow(running)).status).toBe('stopped');
    expect((await taskRow(finished)).status).toBe('done');
    const mails = await mailTo(t.ctx, a.naaste.email);
    expect(mails).toHaveLength(mailsBefore + 1);
    expect(mails.at(-1)!.text_body).not.toContain('Cor');
    expect(mails.at(-1)!.text_body).not.toContain('zelfstandig');
    expect(await mailTo(t.ctx, a.professional.email)).toHaveLength(0);
    // Closing twice, or on an old version: 409.
    expect((await c.post(`${base(a.clientId)}/close`, { version: page.plan.version, summary })).statusCode).toBe(409);

    expect((await c.post(`${base(a.clientId)}/reopen`, { version: page.plan.version - 1, note: 'Het gaat weer moeilijker.' })).statusCode).toBe(409);
    const reopened = await (await loginAs(t, a.clientUser)).post(`${base(a.clientId)}/reopen`, { version: page.plan.version, note: 'Het gaat weer moeilijker.' });
    expect(reopened.statusCode, reopened.body).toBe(200);
    const after = reopened.json() as { plan: { status: string; closingSummary: string | null }; closures: { kind: string; summary: string }[] };
    expect(after.plan).toMatchObject({ status: 'open', closingSummary: null });
    expect(after.closures.map((x) => x.kind)).toEqual(['reopened', 'closed']);
    expect(after.closures[1]!.summary).toBe(summary);
    expect((await taskRow(running)).status).toBe('accepted');
    expect((await c.post(`${base(a.clientId)}/reopen`, { version: page.plan.version + 1, note: 'Nog eens.' })).statusCode).toBe(409);
    // The closing and re-opening are part of the client's AVG export.
    const exported = await (await loginAs(t, a.clientUser)).get(`/api/clients/${a.clientId}/export.json`);
    expect(exported.body).toContain('Cor woont weer zelfstandig');
    expect(exported.body).toContain('Het gaat weer moeilijker.');
  });
});

describe("ending a professional's involvement", () => {
  it('hands over their agreements to the successor as a question and removes them from the circle', async () => {
    const leaverLink = await membership(t.ctx, a.regionId, a.clientId, leaver.id, 'professional', PROFESSIONAL_GRANTS);
    const accepted = await task('Gesprek met de woningcorporatie', 'accepted', leaverLink);
    const asked = await task('Aanvraag schuldhulp', 'asked', leaverLink);
    const other = await task('Boodschappen', 'accepted', nelLink);
    const c = await loginAs(t, leaver);
    const page = (await c.get(base(a.clientId))).json() as { myLinkId: string; myLinkVersion: number; canEndOthers: boolean };
    expect(page).toMatchObject({ myLinkId: leaverLink, canEndOthers: false });

    const wrong = await c.post(`${base(a.clientId)}/end-involvement`, { linkId: leaverLink, version: page.myLinkVersion, summary: 'Stop', successorLinkId: leaverLink });
    expect(fields(wrong.body)).toEqual(['summary', 'successorLinkId']);
    expect((await c.post(`${base(a.clientId)}/end-involvement`, { linkId: leaverLink, version: page.myLinkVersion + 1, summary: 'Ik stop per 1 juni. Sara neemt het over.', successorLinkId: null })).statusCode).toBe(409);
    expect((await taskRow(accepted)).assignee_link_id).toBe(leaverLink);
    // A colleague cannot end someone else's involvement.
    expect((await (await loginAs(t, colleague)).post(`${base(a.clientId)}/end-involvement`, { linkId: leaverLink, version: page.myLinkVersion, summary: 'Stef stopt per 1 juni.', successorLinkId: null })).statusCode).toBe(403);

    const sara = (await t.ctx.db.selectFrom('client_links').select('id').where('client_id', '=', a.clientId).where('user_id', '=', colleague.id).executeTakeFirstOrThrow()).id;
    // Stef is the regisseur: the role goes to Sara with him, not out of the circle.
    await t.ctx.db
      .insertInto('circles')
      .values({ client_id: a.clientId, region_id: a.regionId, regisseur_user_id: leaver.id })
      .onConflict((oc) => oc.column('client_id').doUpdateSet({ regisseur_user_id: leaver.id }))
      .execute();
    const ended = await c.post(`${base(a.clientId)}/end-involvement`, { linkId: leaverLink, version: page.myLinkVersion, summary: 'Ik stop per 1 juni. Sara neemt het over.', successorLinkId: sara });
    expect(ended.statusCode, ended.body).toBe(200);
    expect(ended.json()).toMatchObject({ tasksMoved: 2, left: true });
    for (const id of [accepted, asked]) {
      expect(await taskRow(id)).toMatchObject({ assignee_kind: 'member', assignee_link_id: sara, assignee_label: 'Sara Collega', status: 'asked', returned_from_label: 'Stef Stopper' });
    }
    expect((await taskRow(other)).assignee_link_id).toBe(nelLink);
    expect(await t.ctx.db.selectFrom('client_links').select('id').where('id', '=', leaverLink).execute()).toEqual([]);
    expect((await mailTo(t.ctx, colleague.email)).at(-1)!.subject).toContain('overnemen');
    // The hand-over stays for the network; the one who left no longer sees it.
    const after = (await (await loginAs(t, a.clientUser)).get(base(a.clientId))).json() as { handovers: { professional: string; successor: string; tasksMoved: number; summary: string }[] };
    expect(after.handovers[0]).toMatchObject({ professional: 'Stef Stopper', successor: 'Sara Collega', tasksMoved: 2 });
    expect((await c.get(base(a.clientId))).statusCode).toBe(403);
    const circle = await t.ctx.db.selectFrom('circles').select('regisseur_user_id').where('client_id', '=', a.clientId).executeTakeFirstOrThrow();
    expect(circle.regisseur_user_id).toBe(colleague.id);
    const handover = await t.ctx.db.selectFrom('regisseur_handovers').select(['from_label', 'to_label', 'note']).where('client_id', '=', a.clientId).orderBy('created_at', 'desc').executeTakeFirstOrThrow();
    expect(handover).toEqual({ from_label: 'Stef Stopper', to_label: 'Sara Collega', note: 'Ik stop per 1 juni. Sara neemt het over.' });
  });

  it('lets whoever decides end it, with the agreements open when nobody takes over', async () => {
    const leaverLink = await membership(t.ctx, a.regionId, a.clientId, leaver.id, 'professional', PROFESSIONAL_GRANTS);
    const version = (await t.ctx.db.selectFrom('client_links').select('version').where('id', '=', leaverLink).executeTakeFirstOrThrow()).version;
    const carried = await task('Huisbezoek', 'accepted', leaverLink);
    // A naaste with write access on the plan is no decider.
    expect((await (await loginAs(t, a.naaste)).post(`${base(a.clientId)}/end-involvement`, { linkId: leaverLink, version, summary: 'Stef is niet meer nodig.', successorLinkId: null })).statusCode).toBe(403);
    // Only professionals' involvement ends this way.
    const naaste = await (await loginAs(t, a.clientUser)).post(`${base(a.clientId)}/end-involvement`, { linkId: nelLink, version: 1, summary: 'Nel stopt met helpen.', successorLinkId: null });
    expect(fields(naaste.body)).toEqual(['linkId']);
    const res = await (await loginAs(t, a.clientUser)).post(`${base(a.clientId)}/end-involvement`, { linkId: leaverLink, version, summary: 'Stef is niet meer nodig, het gaat goed.', successorLinkId: null });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ tasksMoved: 1, left: false });
    expect(await taskRow(carried)).toMatchObject({ assignee_kind: 'open', assignee_link_id: null, status: 'open', returned_from_label: 'Stef Stopper' });
    expect(await t.ctx.db.selectFrom('client_links').select('id').where('id', '=', leaverLink).execute()).toEqual([]);
  });
});
