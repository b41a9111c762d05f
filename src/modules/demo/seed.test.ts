import pino from 'pino';
import { createJobs } from '../../platform/jobs/index.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isOverloaded } from '../plan/suggestions.js';
import { sql } from 'kysely';
import { createTestDb, type TestDb } from '../../testing/test-db.js';
import { createAuditLog } from '../../platform/audit/index.js';
import { verifyPassword } from '../auth/passwords.js';
import { ageOn } from '../clients/model.js';
import { DEMO_LOGINS, DEMO_PASSWORD } from './logins.js';
import { demoRegionExists, seedDemo } from './seed.js';

describe('seedDemo', () => {
  let tdb: TestDb;
  let regionId: string;
  const progress: [number, number][] = [];

  beforeAll(async () => {
    tdb = await createTestDb();
    await seedDemo({ db: tdb.db, jobs: createJobs(tdb.db, { log: pino({ level: 'silent' }) }) }, { onProgress: (d, t) => progress.push([d, t]) });
    regionId = (await tdb.db.selectFrom('regions').select('id').where('slug', '=', 'voorbeeld').executeTakeFirstOrThrow()).id;
  });
  afterAll(async () => tdb?.drop());

  const count = async (table: 'municipalities' | 'organisations' | 'clients' | 'users' | 'client_links' | 'access_log') =>
    Number((await tdb.db.selectFrom(table).select(sql<number>`count(*)`.as('n')).executeTakeFirstOrThrow()).n);

  it('reports progress up to the total', () => {
    expect(progress[0]).toEqual([0, progress[0]?.[1]]);
    const last = progress[progress.length - 1];
    expect(last?.[0]).toBe(last?.[1]);
  });

  it('creates the region with the promised counts', async () => {
    expect(await demoRegionExists(tdb.db)).toBe(true);
    expect(await count('municipalities')).toBe(3);
    expect(await count('organisations')).toBe(8);
    expect(await count('clients')).toBe(20);
    const professionals = await tdb.db.selectFrom('user_roles').select('user_id').where('role', '=', 'professional').execute();
    expect(professionals).toHaveLength(15);
    for (const role of ['beheerder', 'beleidsadviseur', 'teamleider', 'netwerkvoorzitter'] as const) {
      const n = await tdb.db.selectFrom('user_roles').select('user_id').where('role', '=', role).execute();
      expect(n.length, role).toBeGreaterThanOrEqual(1);
    }
    const kinds = await tdb.db.selectFrom('organisations').select('kind').execute();
    expect(new Set(kinds.map((k) => k.kind))).toEqual(
      new Set(['wijkteam', 'ggz', 'jeugdzorg', 'welzijn', 'school', 'huisarts', 'vrijwilligerscentrale', 'woningcorporatie']),
    );
  });

  it('is idempotent', async () => {
    const before = await Promise.all([count('users'), count('clients'), count('client_links'), count('access_log')]);
    const logins = await seedDemo({ db: tdb.db, jobs: createJobs(tdb.db, { log: pino({ level: 'silent' }) }) });
    expect(logins.map((l) => l.email)).toEqual(DEMO_LOGINS.map((l) => l.email));
    const after = await Promise.all([count('users'), count('clients'), count('client_links'), count('access_log')]);
    expect(after).toEqual(before);
  });

  it('gives every client someone close and a professional', async () => {
    const links = await tdb.db.selectFrom('client_links').select(['client_id', 'relation']).execute();
    const clients = await tdb.db.selectFrom('clients').select(['id', 'birth_date', 'decision_capacity', 'user_id']).execute();
    for (const c of clients) {
      const mine = links.filter((l) => l.client_id === c.id).map((l) => l.relation);
      expect(mine.some((r) => r === 'naaste' || r === 'vertegenwoordiger')).toBe(true);
      expect(mine).toContain('professional');
      const age = ageOn(c.birth_date);
      // Minors and adults who cannot decide have a legal representative.
      if (age < 18 || c.decision_capacity === 'unable') expect(mine).toContain('vertegenwoordiger');
      if (c.user_id) expect(age).toBeGreaterThanOrEqual(12);
    }
    expect(clients.filter((c) => c.decision_capacity === 'unable')).toHaveLength(2);
    // Everyone in a demo circle got their preset through a decision made by whoever decides.
    const grants = await tdb.db.selectFrom('consent_grants').select('link_id').distinct().execute();
    expect(grants).toHaveLength(links.length);
    const pending = await tdb.db.selectFrom('consent_decisions').select('id').where('status', '=', 'pending').execute();
    expect(pending).toEqual([]);
    expect(clients.filter((c) => c.user_id !== null).length).toBeGreaterThanOrEqual(3);
    expect(links.filter((l) => l.relation === 'vrijwilliger').length).toBeGreaterThanOrEqual(3);
  });

  it('covers children, young people, adults and people of 75 and over', async () => {
    const ages = (await tdb.db.selectFrom('clients').select('birth_date').execute()).map((c) => ageOn(c.birth_date));
    expect(ages.some((a) => a < 12)).toBe(true);
    expect(ages.some((a) => a >= 12 && a <= 17)).toBe(true);
    expect(ages.some((a) => a >= 18 && a <= 64)).toBe(true);
    expect(ages.some((a) => a >= 75)).toBe(true);
  });

  it('creates every listed log-in with its role and the demo password, without a second factor', async () => {
    for (const l of DEMO_LOGINS) {
      const user = await tdb.db
        .selectFrom('users')
        .select(['id', 'password_hash', 'totp_enabled_at', 'region_id'])
        .where('email', '=', l.email)
        .executeTakeFirstOrThrow();
      expect(user.region_id).toBe(regionId);
      expect(user.totp_enabled_at).toBeNull();
      const roles = await tdb.db.selectFrom('user_roles').select('role').where('user_id', '=', user.id).execute();
      expect(roles.map((r) => r.role), l.email).toContain(l.role);
    }
    const one = await tdb.db.selectFrom('users').select('password_hash').where('email', '=', DEMO_LOGINS[0]?.email ?? '').executeTakeFirstOrThrow();
    expect(await verifyPassword(one.password_hash ?? '', DEMO_PASSWORD)).toBe(true);
  });

  it('gives Henk a plan where his daughter carries most agreements (the overload example)', async () => {
    const rows = await tdb.db
      .selectFrom('plan_tasks as t')
      .innerJoin('clients as c', 'c.id', 't.client_id')
      .select(['t.assignee_label', 't.status'])
      .where('c.first_name', '=', 'Henk')
      .where('t.status', 'in', ['asked', 'accepted'])
      .execute();
    const monique = rows.filter((r) => r.assignee_label?.startsWith('Monique')).length;
    expect(monique).toBeGreaterThanOrEqual(3);
    expect(isOverloaded(monique, rows.length)).toBe(true);
  });

  it('writes a past access history on an intact chain', async () => {
    const rows = await tdb.db.selectFrom('access_log').select(['seq', 'occurred_at', 'client_id']).orderBy('seq').execute();
    expect(rows.length).toBeGreaterThanOrEqual(5);
    for (let i = 1; i < rows.length; i++) expect(rows[i]!.occurred_at.getTime()).toBeGreaterThanOrEqual(rows[i - 1]!.occurred_at.getTime());
    expect(rows.every((r) => r.occurred_at.getTime() < Date.now())).toBe(true);
    const kim = await tdb.db.selectFrom('clients').select('id').where('first_name', '=', 'Kim').executeTakeFirstOrThrow();
    expect(rows.filter((r) => r.client_id === kim.id).length).toBeGreaterThanOrEqual(3);
    const audit = createAuditLog(tdb.db);
    const result = await audit.verify({ regionId });
    await audit.close();
    expect(result).toMatchObject({ ok: true, entriesChecked: rows.length });
  });
});
