import type { Logger } from 'pino';
import { sql } from 'kysely';
import type { Jobs, Mailer, OutgoingMail } from '../context.js';
import type { Db } from '../db/database.js';
import { invalid } from '../errors.js';
import { redactAddresses, smtpFailureReason, smtpTransport, type MailTransport } from './transport.js';

export const MAIL_DELIVER_JOB = 'mail.deliver';

export interface MailerOptions {
  smtpUrl?: string | undefined;
  from: string;
  log: Logger;
  /** Delivery attempts before a message is marked failed. */
  maxAttempts?: number;
  /** Replaces the SMTP transport built from smtpUrl (tests). */
  transport?: MailTransport;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const ADDRESS = /^[^\s@<>]+@[^\s@<>]+\.[^\s@<>]+$/;

/**
 * Every message goes to the outbox first and is delivered by a job, so nothing is lost when SMTP is
 * down or not configured: without SMTP the outbox is the delivery (an administrator reads it), with
 * SMTP the job retries with backoff and a message that never gets through ends as 'failed', visible.
 */
export function createMailer(db: Db, jobs: Jobs, options: MailerOptions): Mailer {
  const log = options.log.child({ component: 'mail' });
  const maxAttempts = options.maxAttempts ?? 8;
  let transport: MailTransport | null = options.transport ?? null;
  const useSmtp = Boolean(options.transport ?? options.smtpUrl);
  const getTransport = (): MailTransport => (transport ??= smtpTransport(options.smtpUrl as string));

  jobs.register(MAIL_DELIVER_JOB, async (payload, job) => {
    const id = payload.id;
    if (typeof id !== 'string' || !UUID.test(id)) throw new Error('mail.deliver needs an outbox id');
    const message = await db.selectFrom('mail_outbox').selectAll().where('id', '=', id).executeTakeFirst();
    if (!message) {
      log.warn({ mailId: id }, 'outbox message is gone; nothing to deliver');
      return;
    }
    // A job can run twice (an instance died after sending); the outbox status says it is done.
    if (message.status === 'sent' || message.status === 'stored') return;

    if (!useSmtp) {
      await db
        .updateTable('mail_outbox')
        .set({ status: 'stored', transport: 'outbox', attempts: sql`attempts + 1`, last_error: null })
        .where('id', '=', id)
        .execute();
      log.info({ mailId: id, regionId: message.region_id }, 'mail stored in outbox (no SMTP configured)');
      return;
    }

    try {
      await getTransport().sendMail({
        from: options.from,
        to: message.to_address,
        subject: message.subject,
        text: message.text_body,
        ...(message.html_body !== null ? { html: message.html_body } : {}),
      });
    } catch (err) {
      const final = job.attempt >= job.maxAttempts;
      const detail = redactAddresses(err instanceof Error ? err.message : String(err)).slice(0, 1000);
      await db
        .updateTable('mail_outbox')
        .set({ status: final ? 'failed' : 'queued', transport: 'smtp', attempts: sql`attempts + 1`, last_error: detail })
        .where('id', '=', id)
        .execute();
      // Rethrown so the job runner schedules the retry. No cause on purpose: the original error quotes
      // the address and must not reach job rows or logs.
      // eslint-disable-next-line preserve-caught-error
      throw new Error(smtpFailureReason(err));
    }
    await db
      .updateTable('mail_outbox')
      .set({ status: 'sent', transport: 'smtp', attempts: sql`attempts + 1`, sent_at: sql`now()` })
      .where('id', '=', id)
      .execute();
    log.info({ mailId: id, regionId: message.region_id }, 'mail sent');
  });

  return {
    async send(message: OutgoingMail) {
      const to = message.to.trim();
      if (!ADDRESS.test(to)) throw invalid('to', 'Dit is geen geldig e-mailadres.', 'This is not a valid e-mail address.');
      if (message.subject.trim() === '') throw invalid('subject', 'Vul een onderwerp in.', 'Enter a subject.');
      if (!UUID.test(message.regionId)) throw invalid('regionId', 'Onbekende regio.', 'Unknown region.');
      // One transaction: a message without a delivery job, or a job without its message, cannot exist.
      return db.transaction().execute(async (trx) => {
        const row = await trx
          .insertInto('mail_outbox')
          .values({
            region_id: message.regionId,
            to_address: to,
            subject: message.subject,
            text_body: message.text,
            html_body: message.html ?? null,
            status: 'queued',
          })
          .returning('id')
          .executeTakeFirstOrThrow();
        await jobs.enqueue(MAIL_DELIVER_JOB, { id: row.id }, { regionId: message.regionId, maxAttempts }, trx);
        return { id: row.id };
      });
    },
  };
}
