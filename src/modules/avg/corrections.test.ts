import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, TestClient, type TestApp } from '../../testing/test-app.js';
import { PASSWORD, regionFixture, type FixtureUser, type RegionFixture } from '../../testing/fixtures.js';

let t: TestApp;
let a: RegionFixture;
let b: RegionFixture;

const as = async (u: FixtureUser) => {
  await t.ctx.db.updateTable('users').set({ totp_last_step: null }).where('id', '=', u.id).execute();
  const c = new TestClient(t.app);
  expect((await c.login(u.email, PASSWORD, u.totpSecret)).statusCode).toBe(200);
  return c;
};

const mailsTo = (email: string) => t.ctx.db.selectFrom('mail_outbox').select(['subject', 'text_body']).where('to_address', '=', email).orderBy('created_at').execute();

interface Correction {
  id: string;
  category: string;
  text: string;
  status: string;
  assignedToLabel: string | null;
  version: number;
}

beforeAll(async () => {
  t = await createTestApp();
  a = await regionFixture(t.ctx, 'verbeter');
  b = await regionFixture(t.ctx, 'anders');
  await t.ctx.db
    .insertInto('circles')
    .values({ client_id: a.clientId, region_id: a.regionId, regisseur_user_id: a.professional.id })
    .onConflict((oc) => oc.column('client_id').doUpdateSet({ regisseur_user_id: a.professional.id }))
    .execute();
});
afterAll(() => t.close());

describe('asking for a correction', () => {
  it('makes a task for the regisseur, records it in the history and mails without personal data', async () => {
    const cor = await as(a.clientUser);
    const res = await cor.post(`/api/clients/${a.clientId}/corrections`, { category: 'basis', text: 'Mijn telefoonnummer is veranderd.' });
    expect(res.statusCode).toBe(201);
    const body = res.json() as Correction;
    expect(body).toMatchObject({ category: 'basis', text: 'Mijn telefoonnummer is veranderd.', status: 'open', assignedToLabel: 'Pim Prof (Wijkteam verbeter)', requestedByLabel: 'Cor Client', version: 1 });
    const row = await t.ctx.db.selectFrom('correction_requests').selectAll().where('id', '=', body.id).executeTakeFirstOrThrow();
    expect(row).toMatchObject({ assigned_to: a.professional.id, requested_by: a.clientUser.id, region_id: a.regionId });
    const event = await t.ctx.db.selectFrom('circle_events').selectAll().where('client_id', '=', a.clientId).where('kind', '=', 'correction-requested').executeTakeFirstOrThrow();
    expect(event.details).toEqual({ correctionId: body.id, category: 'basis' });
    const mails = await mailsTo(a.professional.email);
    expect(mails).toHaveLength(1);
    expect(mails[0]!.text_body).toContain('/taken/correcties');
    expect(`${mails[0]!.subject} ${mails[0]!.text_body}`).not.toMatch(/Cor|Client|telefoonnummer/);
    const logged = await t.ctx.db.selectFrom('access_log').selectAll().where('client_id', '=', a.clientId).where('purpose', '=', 'verbetering vragen (AVG)').execute();
    expect(logged).toHaveLength(1);
    expect(logged[0]).toMatchObject({ actor_user_id: a.clientUser.id, category: 'basis', action: 'create' });
  });

  it('names the wrong field', async () => {
    const cor = await as(a.clientUser);
    const short = await cor.post(`/api/clients/${a.clientId}/corrections`, { category: 'basis', text: 'te kort' });
    expect(short.statusCode).toBe(422);
    expect(short.json().errors[0].field).toBe('text');
    const long = await cor.post(`/api/clients/${a.clientId}/corrections`, { category: 'basis', text: 'x'.repeat(2001) });
    expect(long.json().errors[0].field).toBe('text');
    const category = await cor.post(`/api/clients/${a.clientId}/corrections`, { category: 'financien', text: 'Dit klopt helemaal niet.' });
    expect(category.statusCode).toBe(422);
    expect(category.json().errors[0].field).toBe('category');
  });

  it('is for the client and their decider only', async () => {
    for (const u of [a.naaste, a.professional, a.otherProfessional, a.admin]) {
      const c = await as(u);
      expect((await c.post(`/api/clients/${a.clientId}/corrections`, { category: 'basis', text: 'Ik wil iets laten verbeteren.' })).statusCode, u.email).toBe(403);
    }
    const elsewhere = await as(b.clientUser);
    expect((await elsewhere.post(`/api/clients/${a.clientId}/corrections`, { category: 'basis', text: 'Ik wil iets laten verbeteren.' })).statusCode).toBe(404);
  });

  it('goes to every professional in the circle when there is no regisseur', async () => {
    const before = (await mailsTo(a.professional.email)).length;
    const vera = await as(a.representative);
    const res = await vera.post(`/api/clients/${a.minorId}/corrections`, { category: 'plan', text: 'De school van Mila staat er verkeerd in.' });
    expect(res.statusCode).toBe(201);
    expect(res.json().assignedToLabel).toBeNull();
    expect((await mailsTo(a.professional.email)).length).toBe(before + 1);
    const pim = await as(a.professional);
    const tasks = (await pim.get('/api/me/correction-tasks')).json() as (Correction & { clientName: string; assignedToMe: boolean })[];
    expect(tasks.find((x) => x.id === res.json().id)).toMatchObject({ clientName: 'Mila Klein', assignedToMe: false, category: 'plan' });
  });
});

describe('seeing requests and tasks', () => {
  it('shows the client their requests and the professional the tasks, with client names logged', async () => {
    const cor = await as(a.clientUser);
    const own = (await cor.get(`/api/clients/${a.clientId}/corrections`)).json() as Correction[];
    expect(own.length).toBeGreaterThan(0);
    const pim = await as(a.professional);
    const list = await pim.get(`/api/clients/${a.clientId}/corrections`);
    expect(list.statusCode).toBe(200);
    const tasksRes = await pim.get('/api/me/correction-tasks');
    expect(tasksRes.statusCode).toBe(200);
    const tasks = tasksRes.json() as { clientId: string; clientName: string; assignedToMe: boolean }[];
    expect(tasks.filter((x) => x.clientId === a.clientId).every((x) => x.clientName === 'Cor Client' && x.assignedToMe)).toBe(true);
    const logged = await t.ctx.db
      .selectFrom('access_log')
      .select(['category', 'action'])
      .where('client_id', '=', a.clientId)
      .where('actor_user_id', '=', a.professional.id)
      .where('purpose', '=', 'taken voor verbetering bekijken')
      .execute();
    expect(logged).toContainEqual({ category: 'basis', action: 'read' });
  });

  it('keeps requests from people outside and from members who are not professionals', async () => {
    const olga = await as(a.otherProfessional);
    expect((await olga.get('/api/me/correction-tasks')).json()).toEqual([]);
    expect((await olga.get(`/api/clients/${a.clientId}/corrections`)).statusCode).toBe(403);
    const nel = await as(a.naaste);
    expect((await nel.get(`/api/clients/${a.clientId}/corrections`)).statusCode).toBe(403);
    expect((await nel.get('/api/me/correction-tasks')).statusCode).toBe(403);
  });

  it('hides a request about sensitive notes from a professional who may not read them', async () => {
    const cor = await as(a.clientUser);
    const res = await cor.post(`/api/clients/${a.clientId}/corrections`, { category: 'gevoelig', text: 'De notitie over mijn gezondheid klopt niet.' });
    expect(res.statusCode).toBe(201);
    const pim = await as(a.professional);
    const list = (await pim.get(`/api/clients/${a.clientId}/corrections`)).json() as Correction[];
    expect(list.some((x) => x.id === res.json().id)).toBe(false);
    const tasks = (await pim.get('/api/me/correction-tasks')).json() as Correction[];
    expect(tasks.some((x) => x.id === res.json().id)).toBe(false);
    const resolve = await pim.post(`/api/clients/${a.clientId}/corrections/${res.json().id}/resolve`, { status: 'done', resolution: 'Aangepast.', version: 1 });
    expect(resolve.statusCode).toBe(403);
    expect((await t.ctx.db.selectFrom('correction_requests').select('status').where('id', '=', res.json().id).executeTakeFirstOrThrow()).status).toBe('open');
  });
});

describe('resolving a request', () => {
  it('checks the version and the input, resolves once and tells the requester', async () => {
    const cor = await as(a.clientUser);
    const created = (await cor.post(`/api/clients/${a.clientId}/corrections`, { category: 'plan', text: 'Mijn doel is anders opgeschreven.' })).json() as Correction;
    const url = `/api/clients/${a.clientId}/corrections/${created.id}/resolve`;

    for (const u of [a.naaste, a.otherProfessional, a.clientUser]) {
      const c = await as(u);
      expect((await c.post(url, { status: 'done', resolution: 'Aangepast.', version: 1 })).statusCode, u.email).toBe(403);
    }

    const pim = await as(a.professional);
    const bad = await pim.post(url, { status: 'done', resolution: 'ok', version: 1 });
    expect(bad.statusCode).toBe(422);
    expect(bad.json().errors[0].field).toBe('resolution');
    const badStatus = await pim.post(url, { status: 'misschien', resolution: 'Aangepast.', version: 1 });
    expect(badStatus.json().errors[0].field).toBe('status');

    // Someone else changed the request meanwhile: the second writer sees the current state.
    await t.ctx.db.updateTable('correction_requests').set({ version: 2 }).where('id', '=', created.id).execute();
    const stale = await pim.post(url, { status: 'done', resolution: 'Doel aangepast.', version: 1 });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().current).toMatchObject({ id: created.id, status: 'open', version: 2 });

    const before = (await mailsTo(a.clientUser.email)).length;
    const ok = await pim.post(url, { status: 'done', resolution: 'Doel aangepast in het plan.', version: 2 });
    expect(ok.statusCode).toBe(200);
    expect(ok.json()).toMatchObject({ status: 'done', resolution: 'Doel aangepast in het plan.', resolvedByLabel: 'Pim Prof (Wijkteam verbeter)', version: 3 });
    const mails = await mailsTo(a.clientUser.email);
    expect(mails).toHaveLength(before + 1);
    expect(mails.at(-1)!.text_body).toContain(`/clienten/${a.clientId}/mijn-gegevens`);
    expect(mails.at(-1)!.text_body).not.toContain('Doel aangepast');

    const again = await pim.post(url, { status: 'declined', resolution: 'Toch niet.', version: 3 });
    expect(again.statusCode).toBe(422);
    expect(again.json().errors[0].field).toBe('status');

    const events = await t.ctx.db.selectFrom('circle_events').select('details').where('client_id', '=', a.clientId).where('kind', '=', 'correction-resolved').execute();
    expect(events.map((e) => e.details)).toContainEqual({ correctionId: created.id, category: 'plan', status: 'done' });
    const logged = await t.ctx.db
      .selectFrom('access_log')
      .select(['category', 'action'])
      .where('client_id', '=', a.clientId)
      .where('actor_user_id', '=', a.professional.id)
      .where('purpose', '=', 'verzoek om verbetering afhandelen')
      .execute();
    expect(logged).toContainEqual({ category: 'plan', action: 'update' });
    const tasks = (await pim.get('/api/me/correction-tasks')).json() as Correction[];
    expect(tasks.some((x) => x.id === created.id)).toBe(false);
  });

  it('answers 404 for a request of another client', async () => {
    const vera = await as(a.representative);
    const other = (await vera.post(`/api/clients/${a.minorId}/corrections`, { category: 'basis', text: 'De achternaam is verkeerd gespeld.' })).json() as Correction;
    const pim = await as(a.professional);
    const res = await pim.post(`/api/clients/${a.clientId}/corrections/${other.id}/resolve`, { status: 'done', resolution: 'Aangepast.', version: 1 });
    expect(res.statusCode).toBe(404);
  });
});
