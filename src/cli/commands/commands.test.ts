import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { AppContext } from '../../platform/context.js';
import { createTestDb, type TestDb } from '../../testing/test-db.js';
import { verifyPassword } from '../../modules/auth/passwords.js';
import { DEMO_LOGINS } from '../../modules/demo/index.js';
import { captureIO, contextFor, type CapturedIO } from '../test-support.js';

describe('CLI commands', () => {
  let tdb: TestDb;
  let ctx: AppContext;
  let cli: CapturedIO;
  let dataDir: string;

  beforeAll(async () => {
    tdb = await createTestDb();
    dataDir = mkdtempSync(path.join(tmpdir(), 'samenspel-cli-'));
    ctx = await contextFor(tdb, dataDir);
    cli = captureIO({ NODE_ENV: 'test', DATA_DIR: dataDir }, ctx);
  });
  afterAll(async () => {
    // The context shares the test database's handle, which drop() closes; only the rest is stopped here.
    await ctx.jobs.stop();
    await ctx.audit.close();
    await tdb.drop();
    rmSync(dataDir, { recursive: true, force: true });
  });
  beforeEach(() => cli.clear());

  const passwordHash = async (email: string) =>
    (await ctx.db.selectFrom('users').select('password_hash').where('email', '=', email).executeTakeFirstOrThrow()).password_hash ?? '';

  it('migrate reports an up-to-date database', async () => {
    expect(await cli.run(['migrate'])).toBe(0);
    expect(cli.out.join('\n')).toMatch(/up to date/);
  });

  it('creates a region, refuses a duplicate with exit 1', async () => {
    expect(await cli.run(['region', 'create', '--slug', 'oost', '--name', 'Regio Oost'])).toBe(0);
    expect(cli.out[0]).toMatch(/Created region oost/);
    cli.clear();
    expect(await cli.run(['region', 'create', '--slug', 'oost', '--name', 'Nog eens'])).toBe(1);
    expect(cli.err.join('\n')).toMatch(/already exists/);
  });

  it('creates an organisation and its municipality', async () => {
    const args = ['organisation', 'create', '--region', 'oost', '--name', 'Wijkteam Oost', '--kind', 'wijkteam', '--municipality', 'Oostdorp'];
    expect(await cli.run(args)).toBe(0);
    expect(cli.out.join('\n')).toMatch(/Created municipality Oostdorp[\s\S]*Created organisation Wijkteam Oost/);
    expect(await cli.run(['organisation', 'create', '--region', 'nergens', '--name', 'X', '--kind', 'ggz'])).toBe(1);
    expect(cli.err.join('\n')).toMatch(/Region "nergens" does not exist. Known regions: oost/);
  });

  it('creates a user with a password', async () => {
    const args = ['user', 'create', '--region', 'oost', '--email', 'Beheer@Oost.test', '--name', 'Ada Beheer', '--roles', 'beheerder,professional'];
    expect(await cli.run([...args, '--organisation', 'wijkteam oost', '--password', 'Lange-Zomer-Avond-77'])).toBe(0);
    expect(cli.out.join('\n')).toMatch(/beheerder, professional[\s\S]*two-step verification/);
    expect(await verifyPassword(await passwordHash('beheer@oost.test'), 'Lange-Zomer-Avond-77')).toBe(true);
  });

  it('refuses a weak password with exit 1 and the reason', async () => {
    const args = ['user', 'create', '--region', 'oost', '--email', 'zwak@oost.test', '--name', 'Zwak', '--roles', 'naaste', '--password', 'welkom123'];
    expect(await cli.run(args)).toBe(1);
    expect(cli.err.join('\n')).toMatch(/password: Choose a password of at least 12 characters/);
  });

  it('creates a user without a password and prints the welcome link from the outbox', async () => {
    const args = ['user', 'create', '--region', 'oost', '--email', 'naaste@oost.test', '--name', 'Nel Naaste', '--roles', 'naaste'];
    expect(await cli.run(args)).toBe(0);
    const link = cli.out.find((l) => l.startsWith('Welcome link: '));
    expect(link).toMatch(/wachtwoord-herstellen\?token=/);
    cli.clear();
    expect(await cli.run(['mail', 'outbox', '--limit', '5'])).toBe(0);
    const shown = cli.out.join('\n');
    expect(shown).toContain('To:      naaste@oost.test');
    expect(shown).toContain(link?.replace('Welcome link: ', ''));
    expect(shown).toMatch(/1 message\(s\)\./);
  });

  it('resets a password to a generated one, printed once', async () => {
    expect(await cli.run(['user', 'reset-password', '--email', 'naaste@oost.test'])).toBe(0);
    const password = cli.out[1] ?? '';
    expect(password).toMatch(/^[\w]{5}(-[\w]{5}){3}$/);
    expect(await verifyPassword(await passwordHash('naaste@oost.test'), password)).toBe(true);
    expect(await cli.run(['user', 'reset-password', '--email', 'niemand@oost.test'])).toBe(1);
  });

  it('resets the second factor and ends sessions', async () => {
    const user = await ctx.db.selectFrom('users').select(['id', 'region_id']).where('email', '=', 'beheer@oost.test').executeTakeFirstOrThrow();
    await ctx.db.updateTable('users').set({ totp_secret_enc: 'x', totp_enabled_at: new Date() }).where('id', '=', user.id).execute();
    await ctx.db
      .insertInto('sessions')
      .values({ id: 'test-session', region_id: user.region_id, user_id: user.id, stage: 'active', expires_at: new Date(Date.now() + 3_600_000) })
      .execute();
    expect(await cli.run(['user', 'reset-2fa', '--email', 'beheer@oost.test'])).toBe(0);
    const after = await ctx.db.selectFrom('users').select(['totp_secret_enc', 'totp_enabled_at']).where('id', '=', user.id).executeTakeFirstOrThrow();
    expect(after).toEqual({ totp_secret_enc: null, totp_enabled_at: null });
    const session = await ctx.db.selectFrom('sessions').select('revoked_at').where('id', '=', 'test-session').executeTakeFirstOrThrow();
    expect(session.revoked_at).not.toBeNull();
  });

  it('seeds the demo once and prints the log-ins both times', async () => {
    expect(await cli.run(['seed', 'demo'])).toBe(0);
    expect(cli.out[0]).toMatch(/Created demo region/);
    for (const l of DEMO_LOGINS) expect(cli.out.join('\n')).toContain(l.email);
    expect(cli.err.at(-1)).toMatch(/seeding demo: (\d+)\/\1 \(100%\)/);
    cli.clear();
    expect(await cli.run(['seed', 'demo'])).toBe(0);
    expect(cli.out[0]).toMatch(/already exists; nothing was changed/);
    expect(cli.out.join('\n')).toContain(DEMO_LOGINS[0]?.password);
  });

  it('verifies the audit chain, and exits 1 with the seq when it is broken', async () => {
    expect(await cli.run(['audit', 'verify', '--region', 'voorbeeld'])).toBe(0);
    expect(cli.out[0]).toMatch(/^OK: \d+ entries checked in 1 region/);
    const region = await ctx.db.selectFrom('regions').select('id').where('slug', '=', 'voorbeeld').executeTakeFirstOrThrow();
    const head = await ctx.db.selectFrom('audit_chain_head').selectAll().where('region_id', '=', region.id).executeTakeFirstOrThrow();
    await ctx.db.updateTable('audit_chain_head').set({ last_hash: 'f'.repeat(64) }).where('region_id', '=', region.id).execute();
    cli.clear();
    try {
      expect(await cli.run(['audit', 'verify'])).toBe(1);
      expect(cli.out.join('\n')).toMatch(new RegExp(`BROKEN[\\s\\S]*region voorbeeld: seq ${head.last_seq}: chain head`));
    } finally {
      await ctx.db.updateTable('audit_chain_head').set({ last_hash: head.last_hash }).where('region_id', '=', region.id).execute();
    }
  });
});
