import { createTransport } from 'nodemailer';

export interface MailEnvelope {
  from: string;
  to: string;
  subject: string;
  text: string;
  html?: string;
}

/** The one thing delivery needs from nodemailer; tests pass their own. */
export interface MailTransport {
  sendMail(message: MailEnvelope): Promise<unknown>;
}

export function smtpTransport(smtpUrl: string): MailTransport {
  const transporter = createTransport(smtpUrl);
  return { sendMail: (message) => transporter.sendMail(message) };
}

const EMAIL_LIKE = /[^\s<>@"']+@[^\s<>@"']+/g;

/**
 * SMTP errors often quote the recipient. The outbox row holds the address anyway, but job rows and
 * logs must not, so errors leave here without addresses.
 */
export function redactAddresses(message: string): string {
  return message.replace(EMAIL_LIKE, '[address]');
}

/** A short, address-free reason for the job row: nodemailer's code and SMTP response code. */
export function smtpFailureReason(err: unknown): string {
  if (err && typeof err === 'object') {
    const e = err as { code?: unknown; responseCode?: unknown };
    const parts = [typeof e.code === 'string' ? e.code : null, typeof e.responseCode === 'number' ? `SMTP ${e.responseCode}` : null].filter(Boolean);
    if (parts.length > 0) return `Mail delivery failed (${parts.join(', ')})`;
  }
  return 'Mail delivery failed';
}
