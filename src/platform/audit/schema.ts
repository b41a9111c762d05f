import type { ColumnType } from 'kysely';

export const INFORMATION_CATEGORIES = ['basis', 'netwerk', 'plan', 'agenda', 'logboek', 'rapportage', 'gevoelig', 'documenten'] as const;
export type InformationCategory = (typeof INFORMATION_CATEGORIES)[number];

export const ACCESS_ACTIONS = ['read', 'create', 'update', 'delete', 'export', 'share'] as const;
export type AccessAction = (typeof ACCESS_ACTIONS)[number];

export interface AccessLogTable {
  region_id: string;
  seq: ColumnType<number, number, never>;
  occurred_at: ColumnType<Date, Date, never>;
  actor_user_id: string | null;
  actor_label: string;
  client_id: string | null;
  category: InformationCategory;
  action: AccessAction;
  purpose: string;
  request_id: string | null;
  exception_id: ColumnType<string | null, string | null | undefined, never>;
  prev_hash: string;
  hash: string;
}

export interface AuditChainHeadTable {
  region_id: string;
  last_seq: number;
  last_hash: string;
}

export interface AuditTables {
  access_log: AccessLogTable;
  audit_chain_head: AuditChainHeadTable;
}
