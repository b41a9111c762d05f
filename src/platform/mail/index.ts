export { createMailer, MAIL_DELIVER_JOB, type MailerOptions } from './mailer.js';
export { listOutbox, getOutboxMessage, type OutboxMessage } from './outbox.js';
export type { MailTransport, MailEnvelope } from './transport.js';
