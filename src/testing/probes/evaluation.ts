import type { Probe } from '../access-matrix.js';

/** Any evaluation id: the changes below are refused (422) after the access check, before it is looked up. */
const NO_EVALUATION = '00000000-0000-4000-8000-0000000e7a10';
const inDays = (n: number) => new Date(Date.now() + n * 86_400_000).toISOString().slice(0, 10);

/**
 * Authorisation-matrix probes for this area: one per route that reads or writes client data.
 *
 * Moving and holding an evaluation need one, which the matrix cannot make first: those probes send a
 * date in the past, refused with 422 once platform/access allowed the change (403, or 404 in another
 * region, before that). Reading one evaluation and cancelling it have nothing to refuse before the
 * lookup; evaluation.test.ts runs those two for every consent state instead.
 */
export const EVALUATION_PROBES: readonly Probe[] = [
  { name: 'evaluations', category: 'plan', action: 'read', request: (t) => ({ method: 'GET', url: `/api/clients/${t.clientId}/evaluations` }), ok: [200] },
  {
    name: 'plan an evaluation',
    category: 'plan',
    action: 'create',
    request: (t) => ({ method: 'POST', url: `/api/clients/${t.clientId}/evaluations`, body: { plannedOn: inDays(30), agendaNote: `Matrix ${t.unique}`, inviteeLinkIds: [] } }),
    ok: [201],
  },
  { name: 'evaluation overview', category: 'plan', action: 'read', request: (t) => ({ method: 'GET', url: `/api/clients/${t.clientId}/evaluations/overview` }), ok: [200] },
  {
    name: 'move an evaluation',
    category: 'plan',
    action: 'update',
    request: (t) => ({ method: 'PUT', url: `/api/clients/${t.clientId}/evaluations/${NO_EVALUATION}`, body: { plannedOn: inDays(-2), inviteeLinkIds: [], version: 1 } }),
    ok: [422],
  },
  {
    name: 'hold an evaluation',
    category: 'plan',
    action: 'update',
    request: (t) => ({ method: 'POST', url: `/api/clients/${t.clientId}/evaluations/${NO_EVALUATION}/hold`, body: { version: 1, goals: [], agreements: [], yields: ['contact'], nextPlannedOn: inDays(-2) } }),
    ok: [422],
  },
];
