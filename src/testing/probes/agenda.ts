import type { Probe } from '../access-matrix.js';

const inAWeek = () => new Date(Date.now() + 7 * 86_400_000).toISOString().slice(0, 10);

/**
 * Authorisation-matrix probes for this area: one per route that reads or writes client data and
 * can be called with only a client id. Changing or cancelling an existing appointment needs an item
 * id; those routes are run per consent state in src/modules/agenda/agenda.test.ts instead.
 */
export const AGENDA_PROBES: readonly Probe[] = [
  { name: 'circle agenda', category: 'agenda', action: 'read', request: (t) => ({ method: 'GET', url: `/api/clients/${t.clientId}/agenda` }), ok: [200] },
  {
    name: 'add an appointment',
    category: 'agenda',
    action: 'create',
    request: (t) => ({
      method: 'POST',
      url: `/api/clients/${t.clientId}/agenda/items`,
      body: { kind: 'afspraak', title: `Matrix-afspraak ${t.unique}`, date: inAWeek(), startTime: '10:00', endTime: '11:00', attendeeUserIds: [] },
    }),
    ok: [201],
  },
];
