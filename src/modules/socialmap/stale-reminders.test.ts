import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, TestClient, type TestApp } from '../../testing/test-app.js';
import { PASSWORD, regionFixture, type RegionFixture } from '../../testing/fixtures.js';
import { createUser } from '../accounts/service.js';
import { STALE_CHECK_JOB, scheduleStaleCheck, sendStaleReminders } from './stale-reminders.js';

let t: TestApp;
let a: RegionFixture;
let pim: TestClient;

const outboxTo = (to: string) => t.ctx.db.selectFrom('mail_outbox').select(['subject', 'text_body']).where('to_address', '=', to).execute();

beforeAll(async () => {
  t = await createTestApp();
  a = await regionFixture(t.ctx, 'oud');
  pim = new TestClient(t.app);
  await pim.login(a.professional.email, PASSWORD, a.professional.totpSecret);
});
afterAll(() => t.close());

describe('reminders for entries older than six months', () => {
  it('mails each owner once per time their entries go out of date, without personal data', async () => {
    const lead = await createUser(t.ctx.db, a.regionId, { displayName: 'Tina Teamleider', email: 'tina@oud.test', roles: ['teamleider'], organisationId: a.organisationId, password: PASSWORD });
    expect(lead.id).toBeTruthy();
    const contact = (await pim.post('/api/social-map/contacts', { organisationId: a.organisationId, name: 'Cas Contact', role: 'coördinator', email: 'cas@oud.test' })).json();
    const base = { organisationId: a.organisationId, description: 'Fictief aanbod om na te kijken.', kind: 'activiteit', cost: 'gratis', accessRoute: 'vrij' };
    const withContact = (await pim.post('/api/social-map/offers', { ...base, title: 'Koffieochtend', contactId: contact.id })).json();
    const second = (await pim.post('/api/social-map/offers', { ...base, title: 'Kookclub', contactId: contact.id })).json();
    const without = (await pim.post('/api/social-map/offers', { ...base, title: 'Klusdienst' })).json();
    const fresh = (await pim.post('/api/social-map/offers', { ...base, title: 'Nieuw aanbod' })).json();
    expect(fresh.stale).toBe(false);
    await t.ctx.db.updateTable('social_offers').set({ up_to_date_on: '2020-01-01' }).where('id', 'in', [withContact.id, second.id, without.id]).execute();

    expect(await sendStaleReminders(t.ctx)).toBe(2);
    const toCas = await outboxTo('cas@oud.test');
    expect(toCas).toHaveLength(1);
    expect(toCas[0]!.text_body).toContain('2 van je onderdelen');
    expect(toCas[0]!.text_body).not.toContain('Koffieochtend');
    expect(await outboxTo('tina@oud.test')).toHaveLength(1);

    // Not again while nothing changed…
    expect(await sendStaleReminders(t.ctx)).toBe(0);
    // …but again when a checked entry goes out of date another time.
    await t.ctx.db.updateTable('social_offers').set({ up_to_date_on: '2021-01-01', stale_reminded_at: new Date('2020-06-01') }).where('id', '=', without.id).execute();
    expect(await sendStaleReminders(t.ctx)).toBe(1);
    expect(await outboxTo('tina@oud.test')).toHaveLength(2);
  });

  it('runs daily as one job per day, whichever instance schedules it', async () => {
    await scheduleStaleCheck(t.ctx);
    await scheduleStaleCheck(t.ctx);
    const jobs = await t.ctx.db.selectFrom('jobs').select(['unique_key', 'status']).where('kind', '=', STALE_CHECK_JOB).execute();
    expect(jobs).toHaveLength(1);
    await t.ctx.jobs.runDue();
    const after = await t.ctx.db.selectFrom('jobs').select(['status', 'run_at']).where('kind', '=', STALE_CHECK_JOB).orderBy('run_at').execute();
    expect(after.map((j) => j.status)).toEqual(['done', 'queued']);
    expect(after[1]!.run_at.getTime()).toBeGreaterThan(Date.now() + 23 * 3_600_000);
  });
});
