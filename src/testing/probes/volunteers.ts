import type { Probe } from '../access-matrix.js';

/**
 * Authorisation-matrix probes for volunteer help: one per route that reads or writes client data
 * without needing a match first. Answering and messages need a running match; volunteers.test.ts
 * covers who may do those (only the client or a decider answers; outsiders get 403).
 */
export const VOLUNTEERS_PROBES: readonly Probe[] = [
  { name: 'volunteer help of the circle', category: 'netwerk', action: 'read', request: (t) => ({ method: 'GET', url: `/api/clients/${t.clientId}/volunteer` }), ok: [200] },
  {
    name: 'ask for a volunteer',
    category: 'netwerk',
    action: 'share',
    request: (t) => ({ method: 'POST', url: `/api/clients/${t.clientId}/volunteer/requests`, body: { purpose: `Matrixvraag ${t.unique}`, interests: ['wandelen'], dayParts: ['di-middag'] } }),
    // Past platform/access the answer is 201, 409 when a request is already running, or 422 when
    // the region has no volunteer organisation (the matrix region has none): all mean "allowed".
    ok: [201, 409, 422],
  },
];
