import type { Channel, Frequency, NaasteRole, Occasion } from '../../../modules/naasten/schema';
export { CHANNELS, CHECK_IN_WEEKS, FREQUENCIES, NAASTE_ROLES, OCCASIONS } from '../../../modules/naasten/schema';
export type { Channel, Frequency, NaasteRole, Occasion };

export type Trend = 'zwaarder' | 'lichter' | 'gelijk';

export interface BurdenView {
  checks: { day: string; score: number; note: string | null }[];
  trend: Trend | null;
}

export interface CardView {
  id: string;
  linkId: string;
  occasions: Occasion[];
  frequency: Frequency;
  channels: Channel[];
  roles: NaasteRole[];
  ownStory: string | null;
  ownNeeds: string | null;
  checkInWeeks: number | null;
  checkInWith: string | null;
  version: number;
  createdAt: string;
  updatedAt: string;
  updatedBy: string;
}

export interface AlertView {
  id: string;
  note: string | null;
  createdAt: string;
  seenAt: string | null;
  seenBy: string | null;
}

export interface CheckInView {
  id: string;
  periodStart: string;
  professional: string;
  doneAt: string | null;
  doneBy: string | null;
  note: string | null;
}

export interface MyCardView {
  clientId: string;
  linkId: string;
  relation: string;
  card: CardView | null;
  burden: BurdenView;
  dueOn: string;
  openAlert: AlertView | null;
}

export interface MyCardsView {
  cards: { clientId: string; relation: string; hasCard: boolean; openAlert: boolean }[];
}

export interface MemberCardView {
  linkId: string;
  name: string;
  relation: string;
  label: string | null;
  card: CardView | null;
  burden: BurdenView;
  dueOn: string;
  overdueDays: number;
  alerts: AlertView[];
  checkIns: CheckInView[];
}

export interface CircleCardsView {
  clientId: string;
  admittedOn: string;
  admittedOnSet: boolean;
  startVersion: number;
  deadlineDays: number;
  mayEdit: boolean;
  maySetStart: boolean;
  members: MemberCardView[];
}

export interface WorklistView {
  items: { kind: 'check-in' | 'te-veel'; id: string; clientId: string; since: string; naasteName: string | null; note: string | null }[];
}

export interface SettingsView {
  organisationId: string;
  organisationName: string;
  deadlineDays: number;
  version: number;
}

export interface TeamDashboardView {
  teamName: string;
  deadlineDays: number;
  settings: SettingsView;
  /** Each late card once, also when two professionals of the team share the circle. */
  lateCards: number;
  professionals: {
    userId: string;
    name: string;
    circles: { number: number; clientId: string | null; clientName: string | null; admittedOn: string; dueOn: string; overdue: { name: string | null; days: number }[] }[];
  }[];
}

export const myCardPath = (clientId: string) => `/mijn-naastenkaart/${encodeURIComponent(clientId)}`;
export const circleCardsPath = (clientId: string) => `/clienten/${encodeURIComponent(clientId)}/naastenkaarten`;

export const isCard = (v: unknown): v is CardView => typeof v === 'object' && v !== null && 'linkId' in v && 'version' in v;
export const isAlert = (v: unknown): v is AlertView => typeof v === 'object' && v !== null && 'createdAt' in v && 'id' in v;
