import type { Probe } from '../access-matrix.js';

/** Authorisation-matrix probes for the plan core: one per route that reads or writes client data. */
export const PLAN_PROBES: readonly Probe[] = [
  { name: 'plan', category: 'plan', action: 'read', request: (t) => ({ method: 'GET', url: `/api/clients/${t.clientId}/plan` }), ok: [200] },
  { name: 'plan suggestions', category: 'plan', action: 'read', request: (t) => ({ method: 'GET', url: `/api/clients/${t.clientId}/plan/suggestions` }), ok: [200] },
  {
    name: 'add a goal',
    category: 'plan',
    action: 'create',
    request: (t) => ({ method: 'POST', url: `/api/clients/${t.clientId}/plan/goals`, body: { domain: 'vrije-tijd', ownWords: `Matrixdoel ${t.unique}` } }),
    ok: [201],
  },
  {
    name: 'add an agreement',
    category: 'plan',
    action: 'create',
    request: (t) => ({ method: 'POST', url: `/api/clients/${t.clientId}/plan/tasks`, body: { title: `Matrixtaak ${t.unique}`, assignee: { kind: 'open' } } }),
    ok: [201],
  },
];
