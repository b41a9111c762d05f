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
  {
    name: 'change a goal',
    category: 'plan',
    action: 'update',
    setup: async (api, clientId, unique) => {
      const res = await api('POST', `/api/clients/${clientId}/plan/goals`, { domain: 'werk', ownWords: `Werkdoel ${unique}` });
      const goal = res.body as { id: string; version: number };
      return { goalId: goal.id, version: goal.version };
    },
    request: (t) => ({
      method: 'PUT',
      url: `/api/clients/${t.clientId}/plan/goals/${t.prepared.goalId}`,
      body: { domain: 'werk', ownWords: `Ander werkdoel ${t.unique}`, success: null, scoreNow: null, scoreTarget: null, status: 'active', version: t.prepared.version },
    }),
    ok: [200],
  },
  {
    name: 'change an agreement',
    category: 'plan',
    action: 'update',
    setup: async (api, clientId, unique) => {
      const res = await api('POST', `/api/clients/${clientId}/plan/tasks`, { title: `Taak ${unique}`, assignee: { kind: 'open' } });
      const task = res.body as { id: string; version: number };
      return { taskId: task.id, version: task.version };
    },
    request: (t) => ({
      method: 'PUT',
      url: `/api/clients/${t.clientId}/plan/tasks/${t.prepared.taskId}`,
      body: { title: `Andere taak ${t.unique}`, assignee: { kind: 'open' }, version: t.prepared.version },
    }),
    ok: [200],
  },
];
