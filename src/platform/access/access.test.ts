import { Writable } from 'node:stream';
import { randomUUID } from 'node:crypto';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Role } from '../../modules/accounts/schema.js';
import type { ClientRelation } from '../../modules/clients/schema.js';
import { createTestDb, type TestDb } from '../../testing/test-db.js';
import { ACCESS_ACTIONS, INFORMATION_CATEGORIES, type AccessAction, type InformationCategory } from '../audit/schema.js';
import { createAuditLog } from '../audit/audit-log.js';
import type { AuditLog } from '../context.js';
import type { Db } from '../db/database.js';
import { AppError } from '../errors.js';
import { listAccessibleClients, relationTo, withClientAccess, type Actor } from './index.js';

let tdb: TestDb;
let db: Db;
let audit: AuditLog;
const lines: Record<string, unknown>[] = [];
const log = pino(
  { level: 'warn' },
  new Writable({
    write(chunk: Buffer, _enc, done) {
      lines.push(JSON.parse(chunk.toString('utf8')) as Record<string, unknown>);
      done();
    },
  }),
);

let regionA: string;
let regionB: string;
let municipality: string;

async function region(slug: string): Promise<string> {
  return (await db.insertInto('regions').values({ slug, name: slug }).returning('id').executeTakeFirstOrThrow()).id;
}

async function user(regionId: string, roles: Role[], name: string): Promise<Actor> {
  const u = await db
    .insertInto('users')
    .values({ region_id: regionId, email: `${randomUUID()}@example.test`, display_name: name })
    .returning('id')
    .executeTakeFirstOrThrow();
  for (const role of roles) await db.insertInto('user_roles').values({ user_id: u.id, region_id: regionId, role }).execute();
  return { userId: u.id, regionId, roles, label: `${name} (Wijkteam Noord)` };
}

async function client(regionId: string, firstName: string, lastName: string, userId: string | null = null, birthDate = '1990-05-17'): Promise<string> {
  return (
    await db
      .insertInto('clients')
      .values({
        region_id: regionId,
        first_name: firstName,
        last_name: lastName,
        birth_date: birthDate,
        user_id: userId,
        municipality_id: regionId === regionA ? municipality : null,
      })
      .returning('id')
      .executeTakeFirstOrThrow()
  ).id;
}

async function link(clientId: string, actor: Actor, relation: ClientRelation, grants?: Grants): Promise<void> {
  await db.insertInto('client_links').values({ region_id: actor.regionId, client_id: clientId, user_id: actor.userId, relation }).execute();
  if (grants) await grant(clientId, actor, grants);
}

async function logCount(): Promise<number> {
  const r = await db.selectFrom('access_log').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  return Number(r.n);
}

const ctx = () => ({ db, audit, log });
const read = (clientId: string) => ({ clientId, category: 'basis' as const, action: 'read' as const, purpose: 'begeleiding', requestId: 'req-t' });

beforeAll(async () => {
  tdb = await createTestDb();
  db = tdb.db;
  audit = createAuditLog(db);
  regionA = await region('regio-a');
  regionB = await region('regio-b');
  municipality = (await db.insertInto('municipalities').values({ region_id: regionA, name: 'Dorpstad' }).returning('id').executeTakeFirstOrThrow()).id;
});
afterAll(async () => {
  await audit.close();
  await tdb.drop();
});

type Level = 'none' | 'read' | 'contribute';
type Grants = Partial<Record<InformationCategory, Level>>;
const PROFESSIONAL: Grants = { basis: 'contribute', netwerk: 'contribute', plan: 'contribute', agenda: 'contribute', logboek: 'contribute', rapportage: 'contribute', documenten: 'contribute' };
const BINNENKRING: Grants = { basis: 'read', netwerk: 'contribute', plan: 'contribute', agenda: 'contribute', logboek: 'contribute', documenten: 'read' };

async function grant(clientId: string, actor: Actor, grants: Grants, expiresAt: Date | null = null): Promise<void> {
  const l = await db.selectFrom('client_links').select('id').where('client_id', '=', clientId).where('user_id', '=', actor.userId).executeTakeFirstOrThrow();
  for (const [category, level] of Object.entries(grants) as [InformationCategory, Level][]) {
    if (level === 'none') continue;
    await db
      .insertInto('consent_grants')
      .values({ link_id: l.id, category, region_id: actor.regionId, client_id: clientId, level, expires_at: expiresAt, decision_id: randomUUID() })
      .execute();
  }
}

/** The rule written out independently of rules.ts: full, or by the granted level per category. */
function expected(e: 'all' | 'none' | Grants, c: InformationCategory, a: AccessAction, relation: string | null): boolean {
  if (e === 'all') return true;
  if (e === 'none') return false;
  const level = e[c] ?? 'none';
  if (a === 'export') return false;
  if (a === 'read') return level !== 'none';
  if (a === 'share') return level === 'contribute' && relation === 'professional';
  return level === 'contribute';
}

describe('withClientAccess authorisation table', () => {
  it('allows exactly what relation, decision right and consent permit, for every category and action', async () => {
    const clientUser = await user(regionA, ['client'], 'Fenna Fictief');
    const adult = await client(regionA, 'Fenna', 'Fictief', clientUser.userId);
    const child = await client(regionA, 'Kiki', 'Klein', null, '2018-03-01');
    const cases: { name: string; roles: Role[]; subject: string; relation: ClientRelation | 'self' | null; grants?: Grants; expired?: boolean; expect: 'all' | 'none' | Grants }[] = [
      { name: 'client on own record', roles: ['client'], subject: adult, relation: 'self', expect: 'all' },
      { name: 'representative of a child of 8 (decides)', roles: ['vertegenwoordiger'], subject: child, relation: 'vertegenwoordiger', expect: 'all' },
      { name: 'representative of an adult who decides herself', roles: ['vertegenwoordiger'], subject: adult, relation: 'vertegenwoordiger', grants: { basis: 'read' }, expect: { basis: 'read' } },
      { name: 'professional with the professional preset', roles: ['professional'], subject: adult, relation: 'professional', grants: PROFESSIONAL, expect: PROFESSIONAL },
      { name: 'teamleider linked as professional', roles: ['teamleider'], subject: adult, relation: 'professional', grants: { plan: 'read' }, expect: { plan: 'read' } },
      { name: 'professional in the circle without consent', roles: ['professional'], subject: adult, relation: 'professional', expect: {} },
      { name: 'naaste in the inner circle', roles: ['naaste'], subject: adult, relation: 'naaste', grants: BINNENKRING, expect: BINNENKRING },
      { name: 'naaste whose access lapsed', roles: ['naaste'], subject: adult, relation: 'naaste', grants: BINNENKRING, expired: true, expect: {} },
      { name: 'vrijwilliger with contribute on agenda cannot share', roles: ['vrijwilliger'], subject: adult, relation: 'vrijwilliger', grants: { agenda: 'contribute' }, expect: { agenda: 'contribute' } },
      { name: 'professional without link', roles: ['professional'], subject: adult, relation: null, expect: 'none' },
      { name: 'another client', roles: ['client'], subject: adult, relation: null, expect: 'none' },
      { name: 'beheerder without link', roles: ['beheerder'], subject: adult, relation: null, expect: 'none' },
      { name: 'beleidsadviseur without link', roles: ['beleidsadviseur'], subject: adult, relation: null, expect: 'none' },
      { name: 'beheerder linked as professional without that role', roles: ['beheerder'], subject: adult, relation: 'professional', grants: PROFESSIONAL, expect: 'none' },
      { name: 'naaste role linked as vertegenwoordiger', roles: ['naaste'], subject: child, relation: 'vertegenwoordiger', expect: 'none' },
    ];
    let allowedCount = 0;
    let cells = 0;
    const mismatches: string[] = [];
    const before = await db.selectFrom('access_log').select('seq').where('client_id', 'in', [adult, child]).execute();
    for (const tc of cases) {
      const actor = tc.relation === 'self' ? clientUser : await user(regionA, tc.roles, `Test ${tc.name}`);
      if (tc.relation !== null && tc.relation !== 'self') {
        await link(tc.subject, actor, tc.relation);
        if (tc.grants) await grant(tc.subject, actor, tc.grants, tc.expired ? new Date(Date.now() - 1000) : null);
      }
      const effective = tc.expect === 'none' ? null : tc.relation;
      expect(await relationTo(db, actor, tc.subject), tc.name).toBe(effective);
      for (const category of INFORMATION_CATEGORIES) {
        for (const action of ACCESS_ACTIONS) {
          const want = expected(tc.expect, category, action, tc.relation);
          let got: boolean;
          try {
            const scope = await withClientAccess(ctx(), actor, { clientId: tc.subject, category, action, purpose: 'tabeltest', requestId: null }, async (_db, s) => s);
            expect(scope).toMatchObject({ regionId: regionA, clientId: tc.subject, relation: tc.relation, exceptionId: null });
            got = true;
          } catch (err) {
            expect(err).toBeInstanceOf(AppError);
            expect((err as AppError).status).toBe(403);
            got = false;
          }
          cells += 1;
          if (got) allowedCount += 1;
          if (got !== want) mismatches.push(`${tc.name}: ${category}/${action} expected ${want ? 'allowed' : 'denied'}`);
        }
      }
    }
    expect(mismatches).toEqual([]);
    expect(cells).toBe(cases.length * INFORMATION_CATEGORIES.length * ACCESS_ACTIONS.length);
    const logged = await db.selectFrom('access_log').select('seq').where('client_id', 'in', [adult, child]).execute();
    expect(logged.length - before.length).toBe(allowedCount);
  });
});

describe('withClientAccess', () => {
  it('returns notFound for a client of another region, even to its administrator, and for a malformed id', async () => {
    const elsewhere = await client(regionB, 'Bram', 'Buiten');
    const prof = await user(regionA, ['professional'], 'Petra Prof');
    const admin = await user(regionA, ['beheerder'], 'Ali Admin');
    for (const actor of [prof, admin]) {
      await expect(withClientAccess(ctx(), actor, read(elsewhere), async () => 'data')).rejects.toMatchObject({ status: 404 });
      await expect(relationTo(db, actor, elsewhere)).rejects.toMatchObject({ status: 404 });
    }
    await expect(withClientAccess(ctx(), prof, read('../etc'), async () => 'data')).rejects.toMatchObject({ status: 404 });
  });

  it('writes an entry with the right fields before returning data', async () => {
    const prof = await user(regionA, ['professional'], 'Jan Fictief');
    const c = await client(regionA, 'Kees', 'Verzonnen');
    await link(c, prof, 'professional', PROFESSIONAL);
    const result = await withClientAccess(
      ctx(),
      prof,
      { clientId: c, category: 'plan', action: 'update', purpose: 'doelen bijwerken', requestId: 'req-42' },
      async (trx, scope) => (await trx.selectFrom('clients').select('first_name').where('id', '=', scope.clientId).executeTakeFirstOrThrow()).first_name,
    );
    expect(result).toBe('Kees');
    const rows = await db.selectFrom('access_log').selectAll().where('client_id', '=', c).execute();
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      region_id: regionA,
      actor_user_id: prof.userId,
      actor_label: 'Jan Fictief (Wijkteam Noord)',
      client_id: c,
      category: 'plan',
      action: 'update',
      purpose: 'doelen bijwerken',
      request_id: 'req-42',
    });
    expect((await audit.verify({ regionId: regionA })).ok).toBe(true);
  });

  it('does not log denied access in the access log, only in the operator log, without personal data', async () => {
    const naaste = await user(regionA, ['naaste'], 'Nina Naaste');
    const c = await client(regionA, 'Geheime', 'Naam');
    await link(c, naaste, 'naaste');
    const before = await logCount();
    lines.length = 0;
    await expect(
      withClientAccess(ctx(), naaste, { clientId: c, category: 'gevoelig', action: 'read', purpose: 'nieuwsgierig', requestId: 'req-9' }, async () => 'x'),
    ).rejects.toMatchObject({ status: 403 });
    expect(await logCount()).toBe(before);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatchObject({ level: 40, reason: 'not-allowed', actorUserId: naaste.userId, clientId: c, category: 'gevoelig', requestId: 'req-9' });
    const text = JSON.stringify(lines[0]);
    for (const personal of ['Nina', 'Geheime', 'Naam', 'nieuwsgierig', 'Wijkteam']) expect(text).not.toContain(personal);
  });

  it('lets only a professional mark a line as part of a safety exception (it hides the line from the client)', async () => {
    const naaste = await user(regionA, ['naaste'], 'Nora Naaste');
    const c = await client(regionA, 'Verborgen', 'Regel');
    await link(c, naaste, 'naaste', { basis: 'read' });
    const before = await logCount();
    await expect(
      withClientAccess(ctx(), naaste, { ...read(c), check: 'membership', exceptionId: randomUUID() }, async () => 'x'),
    ).rejects.toMatchObject({ status: 403 });
    expect(await logCount()).toBe(before);
  });

  it('withholds the data when the access log cannot be written', async () => {
    const prof = await user(regionA, ['professional'], 'Paul Prof');
    const c = await client(regionA, 'Lot', 'Verzonnen');
    await link(c, prof, 'professional', PROFESSIONAL);
    const failing: AuditLog = {
      record: () => Promise.reject(new Error('disk full')),
      verify: () => audit.verify(),
      close: async () => {},
    };
    let wrote = false;
    await expect(withClientAccess({ db, audit: failing, log }, prof, read(c), async () => 'secret basis')).rejects.toMatchObject({ status: 503 });
    await expect(
      withClientAccess({ db, audit: failing, log }, prof, { ...read(c), action: 'update' }, async () => {
        wrote = true;
      }),
    ).rejects.toMatchObject({ status: 503 });
    expect(wrote).toBe(false);
    await expect(listAccessibleClients({ db, audit: failing, log }, prof, { purpose: 'overzicht', requestId: null })).rejects.toMatchObject({ status: 503 });
  });

  it('logs an allowed read even when fn then fails, and passes fn\'s error on', async () => {
    const prof = await user(regionA, ['professional'], 'Pim Prof');
    const c = await client(regionA, 'Mia', 'Verzonnen');
    await link(c, prof, 'professional', PROFESSIONAL);
    await expect(
      withClientAccess(ctx(), prof, read(c), async () => {
        throw new AppError(404, 'not-found', { nl: 'x', en: 'x' });
      }),
    ).rejects.toMatchObject({ status: 404 });
    expect(await db.selectFrom('access_log').select('seq').where('client_id', '=', c).execute()).toHaveLength(1);
  });
});

describe('listAccessibleClients', () => {
  it('lists the actor\'s clients by name, searches, pages, and logs one basis read per client', async () => {
    const prof = await user(regionA, ['professional'], 'Lijst Prof');
    const ids: Record<string, string> = {};
    for (const [first, last] of [
      ['Anna', 'Zeeman'],
      ['Bert', 'Appel'],
      ['Cor', 'Molen'],
      ['Dina', '100%_Test'],
    ] as const) {
      ids[first] = await client(regionA, first, last);
      await link(ids[first]!, prof, 'professional', PROFESSIONAL);
    }
    const notMine = await client(regionA, 'Eva', 'Appel');
    const other = await user(regionB, ['professional'], 'Ander Prof');
    await link(await client(regionB, 'Fay', 'Appel'), other, 'professional', PROFESSIONAL);

    const before = await logCount();
    const all = await listAccessibleClients(ctx(), prof, { purpose: 'overzicht', requestId: 'req-l' });
    expect(all.map((c) => c.lastName)).toEqual(['100%_Test', 'Appel', 'Molen', 'Zeeman']);
    expect(all[1]).toEqual({ id: ids.Bert, firstName: 'Bert', lastName: 'Appel', birthDate: '1990-05-17', municipalityName: 'Dorpstad', relation: 'professional' });
    expect(all.map((c) => c.id)).not.toContain(notMine);
    expect(await logCount()).toBe(before + 4);
    const entries = await db.selectFrom('access_log').select(['client_id', 'category', 'action', 'purpose']).where('request_id', '=', 'req-l').execute();
    expect(new Set(entries.map((e) => e.client_id))).toEqual(new Set(all.map((c) => c.id)));
    expect(entries.every((e) => e.category === 'basis' && e.action === 'read' && e.purpose === 'overzicht')).toBe(true);

    expect((await listAccessibleClients(ctx(), prof, { purpose: 'zoeken', requestId: null, q: 'app' })).map((c) => c.firstName)).toEqual(['Bert']);
    expect((await listAccessibleClients(ctx(), prof, { purpose: 'zoeken', requestId: null, q: '%' })).map((c) => c.firstName)).toEqual(['Dina']);
    expect((await listAccessibleClients(ctx(), prof, { purpose: 'zoeken', requestId: null, q: 'nobody' }))).toEqual([]);
    expect((await listAccessibleClients(ctx(), prof, { purpose: 'pagina', requestId: null, limit: 2, offset: 1 })).map((c) => c.firstName)).toEqual(['Bert', 'Cor']);
  });

  it('gives a client their own record, the wider circle their linked clients, and an administrator nothing', async () => {
    const me = await user(regionA, ['client'], 'Ik Zelf');
    const mine = await client(regionA, 'Ik', 'Zelf', me.userId);
    expect(await listAccessibleClients(ctx(), me, { purpose: 'mijn gegevens', requestId: null })).toMatchObject([{ id: mine, relation: 'self' }]);

    const vrijwilliger = await user(regionA, ['vrijwilliger'], 'Vera Vrijwilliger');
    await link(mine, vrijwilliger, 'vrijwilliger', { basis: 'read' });
    expect(await listAccessibleClients(ctx(), vrijwilliger, { purpose: 'overzicht', requestId: null })).toMatchObject([{ id: mine, relation: 'vrijwilliger' }]);

    const admin = await user(regionA, ['beheerder', 'beleidsadviseur'], 'Beheer');
    const before = await logCount();
    expect(await listAccessibleClients(ctx(), admin, { purpose: 'overzicht', requestId: null })).toEqual([]);
    expect(await logCount()).toBe(before);
  });
});
