import { randomUUID } from 'node:crypto';
import { createServer, type Server } from 'node:net';
import { sql } from 'kysely';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDb, type TestDb } from '../../testing/test-db.js';
import type { Db } from '../db/database.js';
import { AppError } from '../errors.js';
import { createJobs } from '../jobs/jobs.js';
import { createMailer } from './mailer.js';
import { getOutboxMessage, listOutbox } from './outbox.js';

const log = pino({ level: 'silent' });
let tdb: TestDb;
let db: Db;
let regionId: string;

beforeAll(async () => {
  tdb = await createTestDb();
  db = tdb.db;
  regionId = (await db.insertInto('regions').values({ slug: 'mail-test', name: 'Mail' }).returning('id').executeTakeFirstOrThrow()).id;
});
afterAll(async () => {
  await tdb.drop();
});

const message = (to = 'fenna@example.test') => ({ regionId, to, subject: 'Uitnodiging', text: 'Hallo Fenna', html: '<p>Hallo Fenna</p>' });
const makeDue = () => db.updateTable('jobs').set({ run_at: sql`now()` }).where('status', '=', 'queued').execute();

/** Just enough SMTP for nodemailer to hand over one message. */
function fakeSmtp(received: string[]): Promise<{ server: Server; port: number }> {
  const server = createServer((socket) => {
    let buffer = '';
    let inData = false;
    socket.write('220 fake ESMTP\r\n');
    socket.on('data', (chunk) => {
      buffer += chunk.toString('utf8');
      for (;;) {
        if (inData) {
          const end = buffer.indexOf('\r\n.\r\n');
          if (end < 0) return;
          received.push(buffer.slice(0, end));
          buffer = buffer.slice(end + 5);
          inData = false;
          socket.write('250 queued\r\n');
          continue;
        }
        const nl = buffer.indexOf('\r\n');
        if (nl < 0) return;
        const line = buffer.slice(0, nl);
        buffer = buffer.slice(nl + 2);
        const verb = line.slice(0, 4).toUpperCase();
        if (verb === 'EHLO' || verb === 'HELO') socket.write('250 fake\r\n');
        else if (verb === 'DATA') {
          inData = true;
          socket.write('354 go ahead\r\n');
        } else if (verb === 'QUIT') socket.end('221 bye\r\n');
        else socket.write('250 ok\r\n');
      }
    });
  });
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () => {
      const addr = server.address();
      resolve({ server, port: typeof addr === 'object' && addr ? addr.port : 0 });
    }),
  );
}

describe('mailer', () => {
  it('without SMTP stores the message in the outbox', async () => {
    const jobs = createJobs(db, { log });
    const mailer = createMailer(db, jobs, { from: 'Samenspel <noreply@samenspel.test>', log });
    const { id } = await mailer.send(message());
    expect(await getOutboxMessage(db, regionId, id)).toMatchObject({ status: 'queued', transport: null });
    const job = await db.selectFrom('jobs').selectAll().where('kind', '=', 'mail.deliver').executeTakeFirstOrThrow();
    expect(job.payload).toEqual({ id }); // ids only, no address in the job
    expect(job.region_id).toBe(regionId);

    expect(await jobs.runDue()).toBe(1);
    const stored = await getOutboxMessage(db, regionId, id);
    expect(stored).toMatchObject({ status: 'stored', transport: 'outbox', attempts: 1, to_address: 'fenna@example.test', html_body: '<p>Hallo Fenna</p>' });
    expect((await listOutbox(db, { regionId, limit: 10 })).map((m) => m.id)).toContain(id);
  });

  it('retries on SMTP failure, records the error, and ends failed after the last attempt', async () => {
    const jobs = createJobs(db, { log });
    // Port 1 on localhost is closed: a real nodemailer connection refusal.
    const mailer = createMailer(db, jobs, { smtpUrl: 'smtp://127.0.0.1:1', from: 'noreply@samenspel.test', log, maxAttempts: 2 });
    const { id } = await mailer.send(message('piet@example.test'));

    expect(await jobs.runDue()).toBe(1);
    const first = await getOutboxMessage(db, regionId, id);
    expect(first).toMatchObject({ status: 'queued', transport: 'smtp', attempts: 1 });
    expect(first?.last_error).toMatch(/ECONNREFUSED|connect/i);
    const job = await db.selectFrom('jobs').selectAll().where('payload', '@>', sql<Record<string, unknown>>`${JSON.stringify({ id })}::jsonb`).executeTakeFirstOrThrow();
    expect(job).toMatchObject({ status: 'queued', attempts: 1 });
    expect(job.last_error).toMatch(/^Mail delivery failed/);
    expect(job.last_error).not.toContain('piet@');

    await makeDue();
    expect(await jobs.runDue()).toBe(1);
    expect(await getOutboxMessage(db, regionId, id)).toMatchObject({ status: 'failed', attempts: 2 });
    expect((await db.selectFrom('jobs').select('status').where('id', '=', job.id).executeTakeFirstOrThrow()).status).toBe('failed');
  });

  it('keeps addresses out of errors from an injected transport', async () => {
    const jobs = createJobs(db, { log });
    const transport = {
      sendMail: async () => {
        throw Object.assign(new Error('550 <klaas@example.test>: mailbox unavailable'), { code: 'EENVELOPE', responseCode: 550 });
      },
    };
    const mailer = createMailer(db, jobs, { from: 'noreply@samenspel.test', log, transport });
    const { id } = await mailer.send(message('klaas@example.test'));
    await jobs.runDue();
    const row = await getOutboxMessage(db, regionId, id);
    expect(row?.last_error).toBe('550 <[address]>: mailbox unavailable');
    const job = await db.selectFrom('jobs').select('last_error').where('payload', '@>', sql<Record<string, unknown>>`${JSON.stringify({ id })}::jsonb`).executeTakeFirstOrThrow();
    expect(job.last_error).toBe('Mail delivery failed (EENVELOPE, SMTP 550)');
  });

  it('delivers over SMTP to a fake server', async () => {
    const received: string[] = [];
    const { server, port } = await fakeSmtp(received);
    try {
      const jobs = createJobs(db, { log });
      const mailer = createMailer(db, jobs, { smtpUrl: `smtp://127.0.0.1:${port}`, from: 'noreply@samenspel.test', log });
      const { id } = await mailer.send(message());
      await jobs.runDue();
      const row = await getOutboxMessage(db, regionId, id);
      expect(row).toMatchObject({ status: 'sent', transport: 'smtp', attempts: 1 });
      expect(row?.sent_at).toBeInstanceOf(Date);
      expect(received).toHaveLength(1);
      expect(received[0]).toContain('Subject: Uitnodiging');
    } finally {
      await new Promise((r) => server.close(r));
    }
  });

  it('refuses a bad address, and keeps outbox reads within the region', async () => {
    const jobs = createJobs(db, { log });
    const mailer = createMailer(db, jobs, { from: 'noreply@samenspel.test', log });
    await expect(mailer.send(message('geen-adres'))).rejects.toBeInstanceOf(AppError);
    const { id } = await mailer.send(message());
    expect(await getOutboxMessage(db, randomUUID(), id)).toBeUndefined();
    expect(await getOutboxMessage(db, null, id)).toBeDefined();
    expect(await getOutboxMessage(db, regionId, 'not-a-uuid')).toBeUndefined();
    expect(await listOutbox(db, { regionId: randomUUID(), limit: 10 })).toEqual([]);
    const page = await listOutbox(db, { limit: 2, offset: 1 });
    expect(page).toHaveLength(2);
  });
});
