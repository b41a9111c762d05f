import type { AccessAction, InformationCategory } from '../platform/audit/schema.js';
import { AGENDA_PROBES } from './probes/agenda.js';
import { CONTINUITY_PROBES } from './probes/continuity.js';
import { EVALUATION_PROBES } from './probes/evaluation.js';
import { LOGBOOK_PROBES } from './probes/logbook.js';
import { PLAN_PROBES } from './probes/plan.js';
import { VOLUNTEERS_PROBES } from './probes/volunteers.js';
import { NETMAP_PROBES } from './probes/netmap.js';
import { NETINTAKE_PROBES } from './probes/netintake.js';
import { NAASTEN_PROBES } from './probes/naasten.js';
import { CARECASES_PROBES } from './probes/carecases.js';
import { CAREMINUTES_PROBES } from './probes/careminutes.js';

/** The kinds of actor the authorisation matrix runs as. Members run once per consent state. */
export type ActorKind =
  | 'client-self'
  | 'representative-deciding'
  | 'representative-not-deciding'
  | 'professional-member'
  | 'naaste-member'
  | 'vrijwilliger-member'
  | 'professional-outsider'
  | 'beheerder'
  | 'beleidsadviseur'
  | 'professional-other-region';

export const MEMBER_KINDS: readonly ActorKind[] = ['representative-not-deciding', 'professional-member', 'naaste-member', 'vrijwilliger-member'];
export const CONSENT_STATES = ['none', 'read', 'contribute', 'expired'] as const;
export type ConsentState = (typeof CONSENT_STATES)[number];

export interface ProbeTarget {
  clientId: string;
  /** A member of the same circle other than the actor, with its current version. */
  otherLinkId: string;
  otherVersion: number;
  /** Unique per call, for probes that create something. */
  unique: string;
  /** What the probe's `setup` made (ids, versions), for routes on an existing item. */
  prepared: Record<string, string | number>;
}

/** Calls the API as someone who may do everything for the client (the client, or their deciding representative). */
export type ProbeApi = (method: 'GET' | 'POST' | 'PUT' | 'DELETE', url: string, body?: unknown) => Promise<{ status: number; body: unknown }>;

/**
 * One row group of the matrix: a real API call that touches one information category with one
 * action. A new module adds its probes here (one per route that reads or writes client data) and
 * the matrix runs them for every actor kind and consent state. `alsoRequires` narrows the rule when
 * the route asks more than platform/access does (e.g. only professionals may propose access).
 */
export interface Probe {
  name: string;
  category: InformationCategory;
  action: AccessAction;
  request: (t: ProbeTarget) => { method: 'GET' | 'POST' | 'PUT' | 'DELETE'; url: string; body?: unknown };
  /** Status codes that mean "allowed". */
  ok: readonly number[];
  alsoRequires?: (kind: ActorKind) => boolean;
  /** Makes the item the route acts on, fresh for every cell; its result reaches `request` as `prepared`. */
  setup?: (api: ProbeApi, clientId: string, unique: string) => Promise<Record<string, string | number>>;
}

const professionalOnly = (kind: ActorKind) => kind === 'professional-member';
/** Routes for the client and whoever decides for them only (AVG rights). */
const clientSideOnly = () => false;

export const PROBES: readonly Probe[] = [
  { name: 'client basis', category: 'basis', action: 'read', request: (t) => ({ method: 'GET', url: `/api/clients/${t.clientId}` }), ok: [200] },
  { name: 'circle', category: 'netwerk', action: 'read', request: (t) => ({ method: 'GET', url: `/api/circles/${t.clientId}` }), ok: [200] },
  { name: 'circle history', category: 'netwerk', action: 'read', request: (t) => ({ method: 'GET', url: `/api/circles/${t.clientId}/history` }), ok: [200] },
  {
    name: 'change access of another member',
    category: 'netwerk',
    action: 'update',
    request: (t) => ({
      method: 'PUT',
      url: `/api/circles/${t.clientId}/members/${t.otherLinkId}/access`,
      body: { version: t.otherVersion, cells: { basis: 'read', netwerk: 'none', plan: 'read', agenda: 'read', logboek: 'read', rapportage: 'none', gevoelig: 'none', documenten: 'none' } },
    }),
    ok: [200],
    alsoRequires: professionalOnly,
  },
  // Only the client, deciders and professionals may read or keep the register: a naaste with network
  // access would otherwise read why the client refused their sister.
  { name: 'refusal register', category: 'netwerk', action: 'read', request: (t) => ({ method: 'GET', url: `/api/clients/${t.clientId}/refusals` }), ok: [200], alsoRequires: professionalOnly },
  {
    name: 'record a refusal',
    category: 'netwerk',
    action: 'create',
    request: (t) => ({
      method: 'POST',
      url: `/api/clients/${t.clientId}/refusals`,
      body: { personName: `Matrix Persoon ${t.unique}`, reason: 'Wil dit nu niet.', reviewOn: new Date(Date.now() + 30 * 86_400_000).toISOString().slice(0, 10) },
    }),
    ok: [201],
    alsoRequires: professionalOnly,
  },
  { name: 'correction requests', category: 'basis', action: 'read', request: (t) => ({ method: 'GET', url: `/api/clients/${t.clientId}/corrections` }), ok: [200], alsoRequires: professionalOnly },
  { name: 'download everything (AVG)', category: 'basis', action: 'export', request: (t) => ({ method: 'GET', url: `/api/clients/${t.clientId}/export.json` }), ok: [200] },
  { name: 'readable document (AVG)', category: 'basis', action: 'export', request: (t) => ({ method: 'GET', url: `/api/clients/${t.clientId}/export.html` }), ok: [200] },
  {
    name: 'ask for a correction (AVG)',
    category: 'plan',
    action: 'create',
    request: (t) => ({ method: 'POST', url: `/api/clients/${t.clientId}/corrections`, body: { category: 'plan', text: `Dit doel klopt niet meer (${t.unique}).` } }),
    ok: [201],
    alsoRequires: clientSideOnly,
  },
  { name: 'erasure status (AVG)', category: 'basis', action: 'read', request: (t) => ({ method: 'GET', url: `/api/clients/${t.clientId}/erasure` }), ok: [200], alsoRequires: clientSideOnly },
  {
    name: 'invite a naaste',
    category: 'basis',
    action: 'share',
    request: (t) => ({ method: 'POST', url: '/api/invitations', body: { clientId: t.clientId, email: `matrix-${t.unique}@matrix.test`, displayName: 'Mara Matrix', role: 'naaste' } }),
    ok: [201],
  },
  ...PLAN_PROBES,
  ...EVALUATION_PROBES,
  ...CONTINUITY_PROBES,
  ...AGENDA_PROBES,
  ...LOGBOOK_PROBES,
  ...VOLUNTEERS_PROBES,
  ...NETMAP_PROBES,
  ...NETINTAKE_PROBES,
  ...NAASTEN_PROBES,
  ...CARECASES_PROBES,
  ...CAREMINUTES_PROBES,
];

/** The consent rule written out independently of platform/access/rules.ts. */
export function expectedAllowed(kind: ActorKind, state: ConsentState | null, probe: Probe): boolean {
  if (kind === 'client-self' || kind === 'representative-deciding') return true;
  if (!MEMBER_KINDS.includes(kind) || state === null) return false;
  if (probe.alsoRequires && !probe.alsoRequires(kind)) return false;
  const level = state === 'expired' ? 'none' : state;
  switch (probe.action) {
    case 'read':
      return level !== 'none';
    case 'share':
      return level === 'contribute' && kind === 'professional-member';
    case 'export':
      return false;
    default:
      return level === 'contribute';
  }
}
