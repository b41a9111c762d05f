import type { ColumnType, Generated } from 'kysely';

export const ITEM_KINDS = ['afspraak', 'netwerkoverleg', 'belmoment'] as const;
export type ItemKind = (typeof ITEM_KINDS)[number];

export const NOTICE_KINDS = ['new', 'changed', 'cancelled', 'uninvited', 'reminder'] as const;
export type NoticeKind = (typeof NOTICE_KINDS)[number];

export const MINUTES_BEFORE = [15, 30, 60, 120, 180] as const;

type Day = ColumnType<string, string, string>;

export interface AgendaItemsTable {
  id: Generated<string>;
  region_id: string;
  client_id: string;
  kind: ItemKind;
  title: string;
  notes: string | null;
  location: string | null;
  starts_at: Date;
  ends_at: Date;
  /** "HH:MM" in Europe/Amsterdam; every occurrence of a series starts at this wall-clock time. */
  local_time: string;
  /** An RRULE body without DTSTART, expanded in Dutch local time; null for a single appointment. */
  recurrence: string | null;
  repeat_until: Day | null;
  cancelled_at: Date | null;
  cancelled_by: string | null;
  cancelled_by_label: string | null;
  cancel_reason: string | null;
  created_by: string | null;
  created_by_label: string;
  version: Generated<number>;
  created_at: Generated<Date>;
  updated_at: Generated<Date>;
}

export interface AgendaItemSkipsTable {
  region_id: string;
  client_id: string;
  item_id: string;
  occurs_on: Day;
  reason: string | null;
  cancelled_by: string | null;
  cancelled_by_label: string;
  created_at: Generated<Date>;
}

export interface AgendaAttendeesTable {
  region_id: string;
  client_id: string;
  item_id: string;
  user_id: string;
  /** The member's link; null for the client themself. */
  link_id: string | null;
  label: string;
}

export interface AgendaNoticesTable {
  id: Generated<string>;
  region_id: string;
  client_id: string;
  item_id: string;
  user_id: string;
  kind: NoticeKind;
  occurs_at: Date | null;
  created_at: Generated<Date>;
  read_at: Date | null;
}

export interface AgendaReminderPrefsTable {
  user_id: string;
  region_id: string;
  day_before_at: string | null;
  minutes_before: number | null;
  by_email: Generated<boolean>;
  in_app: Generated<boolean>;
  version: Generated<number>;
  updated_at: Generated<Date>;
}

export interface AgendaRemindersSentTable {
  reminder_key: string;
  region_id: string;
  client_id: string;
  item_id: string;
  user_id: string;
  occurs_at: Date;
  needs_mail: boolean;
  mail_id: string | null;
  created_at: Generated<Date>;
}

export interface CalendarFeedsTable {
  user_id: string;
  region_id: string;
  secret_hash: string;
  created_at: Generated<Date>;
  last_fetched_at: Date | null;
}

export interface AgendaTables {
  agenda_items: AgendaItemsTable;
  agenda_item_skips: AgendaItemSkipsTable;
  agenda_attendees: AgendaAttendeesTable;
  agenda_notices: AgendaNoticesTable;
  agenda_reminder_prefs: AgendaReminderPrefsTable;
  agenda_reminders_sent: AgendaRemindersSentTable;
  calendar_feeds: CalendarFeedsTable;
}
