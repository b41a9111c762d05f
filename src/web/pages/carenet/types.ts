/** The care-network API as the web app reads it (see src/modules/carenet/model.ts). */
export type {
  AttendanceStats,
  AttendanceView,
  DirectoryPerson,
  ItemView,
  MeetingDetail,
  MeetingSummary,
  MemberView,
  MyMeeting,
  NetworkDetail,
  NetworkListItem,
  NoticeView,
} from '../../../modules/carenet/model';
export { AGE_GROUPS, ATTENDANCE_STATUSES, MANDATE_LEVELS, NETWORK_MEMBER_ROLES } from '../../../modules/carenet/schema';

export const networksApi = '/api/care-networks';
export const networkApi = (id: string) => `/api/care-networks/${encodeURIComponent(id)}`;
export const meetingApi = (id: string) => `/api/care-meetings/${encodeURIComponent(id)}`;
export const itemApi = (id: string) => `/api/care-meeting-items/${encodeURIComponent(id)}`;
export const networkPath = (id: string) => `/zorgnetwerken/${encodeURIComponent(id)}`;
export const meetingPath = (id: string) => `/zorgnetwerken/overleggen/${encodeURIComponent(id)}`;
/** H5's case page and H6's minutes page. */
/** A case as seen in one meeting: consent is per meeting, so the meeting decides what is visible. */
export const casePath = (id: string, meetingId?: string) => `/zorgnetwerken/casussen/${encodeURIComponent(id)}${meetingId ? `?meetingId=${encodeURIComponent(meetingId)}` : ''}`;
export const minutesPath = (id: string) => `/zorgnetwerken/overleggen/${encodeURIComponent(id)}/verslag`;

const DAY = new Intl.DateTimeFormat('nl-NL', { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', timeZone: 'Europe/Amsterdam' });
const DAY_EN = new Intl.DateTimeFormat('en-GB', { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', timeZone: 'Europe/Amsterdam' });
const TIME = new Intl.DateTimeFormat('nl-NL', { hour: '2-digit', minute: '2-digit', hour12: false, timeZone: 'Europe/Amsterdam' });

export const whenText = (iso: string, locale: string): string => `${(locale === 'en' ? DAY_EN : DAY).format(new Date(iso))}, ${TIME.format(new Date(iso))}`;

export const hasVersion = (current: unknown): current is { version: number } =>
  typeof current === 'object' && current !== null && typeof (current as { version?: unknown }).version === 'number';

/** mm:ss of a number of seconds (absolute). */
export function clockText(seconds: number): string {
  const s = Math.abs(Math.trunc(seconds));
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`;
}
