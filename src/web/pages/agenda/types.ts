/** The agenda API's answers as the web app reads them (see src/modules/agenda/model.ts). */
export type ItemKind = 'afspraak' | 'netwerkoverleg' | 'belmoment';
export type OccurrenceKind = ItemKind | 'taak' | 'deadline';
export type NoticeKind = 'new' | 'changed' | 'cancelled' | 'uninvited' | 'reminder';

export interface Occurrence {
  key: string;
  source: 'item' | 'task';
  itemId: string | null;
  taskId: string | null;
  clientId: string;
  kind: OccurrenceKind;
  title: string;
  date: string;
  startTime: string | null;
  endTime: string | null;
  startsAt: string;
  endsAt: string;
  location: string | null;
  recurring: boolean;
  cancelled: boolean;
  cancelReason: string | null;
  people: string[];
}

export interface Item {
  id: string;
  clientId: string;
  kind: ItemKind;
  title: string;
  notes: string | null;
  location: string | null;
  date: string;
  startTime: string;
  endTime: string;
  recurrence: string | null;
  repeatUntil: string | null;
  attendees: { userId: string; label: string }[];
  skipped: { date: string; reason: string | null }[];
  cancelled: { at: string; byLabel: string | null; reason: string | null } | null;
  createdByLabel: string;
  version: number;
}

export interface CalendarView {
  clientId: string;
  from: string;
  to: string;
  occurrences: Occurrence[];
  items: Item[];
  canEdit: boolean;
  people: { userId: string; label: string }[];
  planIncluded: boolean;
}

export interface MyAgenda {
  from: string;
  to: string;
  clients: { id: string; name: string | null }[];
  occurrences: Occurrence[];
}

export interface Notice {
  id: string;
  kind: NoticeKind;
  clientId: string;
  clientName: string | null;
  itemId: string;
  title: string;
  itemKind: ItemKind;
  startsAt: string;
  date: string;
  startTime: string;
  createdAt: string;
  read: boolean;
}

export interface ReminderPrefs {
  dayBeforeAt: string | null;
  minutesBefore: number | null;
  byEmail: boolean;
  inApp: boolean;
  version: number;
}

export interface FeedStatus {
  active: boolean;
  createdAt: string | null;
  lastFetchedAt: string | null;
}

export const agendaApi = (clientId: string) => `/api/clients/${encodeURIComponent(clientId)}/agenda`;
export const itemApi = (clientId: string, itemId: string) => `${agendaApi(clientId)}/items/${encodeURIComponent(itemId)}`;
export const agendaPagePath = (clientId: string) => `/clienten/${encodeURIComponent(clientId)}/agenda`;
