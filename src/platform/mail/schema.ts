import type { Generated } from 'kysely';
import type { NullableTimestamp } from '../../modules/accounts/schema.js';

export type MailStatus = 'queued' | 'stored' | 'sent' | 'failed';

export interface MailOutboxTable {
  id: Generated<string>;
  region_id: string;
  to_address: string;
  subject: string;
  text_body: string;
  html_body: string | null;
  status: Generated<MailStatus>;
  transport: 'outbox' | 'smtp' | null;
  attempts: Generated<number>;
  last_error: string | null;
  created_at: Generated<Date>;
  sent_at: NullableTimestamp;
}

export interface MailTables {
  mail_outbox: MailOutboxTable;
}
