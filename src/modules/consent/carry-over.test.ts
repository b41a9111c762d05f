import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MIGRATIONS_DIR, migrate } from '../../platform/db/migrate.js';
import { createTestDb, type TestDb } from '../../testing/test-db.js';

/**
 * An installation that ran the foundation has links without consent. Migration 0003 carries the old
 * access over as recorded decisions, so nobody is locked out by the update and the client can see and
 * change what was carried over.
 */
let tdb: TestDb;
let dir: string;

beforeAll(async () => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'samenspel-mig-'));
  for (const f of ['0001_foundation.sql', '0002_consent.sql']) copyFileSync(path.join(MIGRATIONS_DIR, f), path.join(dir, f));
  tdb = await createTestDb({ migrationsDir: dir });
});
afterAll(async () => {
  await tdb.drop();
  rmSync(dir, { recursive: true, force: true });
});

describe('migration 0003: carrying the foundation\'s access over', () => {
  it('turns each link without grants into a recorded decision with the nearest preset', async () => {
    const db = tdb.db;
    const region = (await db.insertInto('regions').values({ slug: 'oud', name: 'Oud' }).returning('id').executeTakeFirstOrThrow()).id;
    const person = async (name: string) =>
      (await db.insertInto('users').values({ region_id: region, email: `${name.toLowerCase()}@oud.test`, display_name: name }).returning('id').executeTakeFirstOrThrow()).id;
    const client = (await db.insertInto('clients').values({ region_id: region, first_name: 'Oma', last_name: 'Oud', birth_date: '1940-01-01' }).returning('id').executeTakeFirstOrThrow()).id;
    const pro = await person('Piet');
    const buur = await person('Bea');
    await db.insertInto('client_links').values([
      { region_id: region, client_id: client, user_id: pro, relation: 'professional', label: 'wijkcoach' },
      { region_id: region, client_id: client, user_id: buur, relation: 'naaste', label: 'buurvrouw' },
    ]).execute();

    await migrate(tdb);

    const grants = await db.selectFrom('consent_grants as g').innerJoin('client_links as l', 'l.id', 'g.link_id').select(['l.user_id', 'g.category', 'g.level']).execute();
    expect(grants.filter((g) => g.user_id === buur)).toEqual([{ user_id: buur, category: 'basis', level: 'read' }]);
    expect(grants.filter((g) => g.user_id === pro).map((g) => g.category).sort()).toEqual(['agenda', 'basis', 'documenten', 'logboek', 'netwerk', 'plan', 'rapportage']);
    const decisions = await db.selectFrom('consent_decisions').select(['member_label', 'status', 'rule', 'preset', 'note', 'proposed_by_label']).orderBy('member_label').execute();
    expect(decisions).toEqual([
      { member_label: 'Bea (buurvrouw)', status: 'applied', rule: 'client', preset: null, note: 'overgenomen', proposed_by_label: 'Samenspel (overgenomen bij de update)' },
      { member_label: 'Piet (wijkcoach)', status: 'applied', rule: 'client', preset: 'professional', note: 'overgenomen', proposed_by_label: 'Samenspel (overgenomen bij de update)' },
    ]);
    expect(await db.selectFrom('circle_events').select('kind').where('client_id', '=', client).execute()).toHaveLength(2);
    expect(await db.selectFrom('circles').select('client_id').execute()).toEqual([{ client_id: client }]);
  });
});
