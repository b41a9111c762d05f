import type { ActorKind, Probe } from '../access-matrix.js';

/** The start date is set by a professional in the circle (or the client and whoever decides). */
const professionalOnly = (kind: ActorKind) => kind === 'professional-member';

interface CircleCards {
  startVersion: number;
  members: { linkId: string; relation: string; card: { version: number } | null }[];
}

/** Authorisation-matrix probes of this area: the circle's naastenkaarten are network data. */
export const NAASTEN_PROBES: readonly Probe[] = [
  { name: 'naastenkaarten of the circle', category: 'netwerk', action: 'read', request: (t) => ({ method: 'GET', url: `/api/clients/${t.clientId}/naastenkaarten` }), ok: [200] },
  {
    name: 'fill in a naastenkaart with the naaste',
    category: 'netwerk',
    action: 'update',
    setup: async (api, clientId) => {
      const view = (await api('GET', `/api/clients/${clientId}/naastenkaarten`)).body as CircleCards;
      const m = view.members[0];
      if (!m) throw new Error('the matrix circle needs a naaste or representative');
      return { linkId: m.linkId, version: m.card?.version ?? 0 };
    },
    request: (t) => ({
      method: 'PUT',
      url: `/api/clients/${t.clientId}/naastenkaarten/${t.prepared.linkId}`,
      body: { version: t.prepared.version, occasions: ['crisis'], frequency: 'als-nodig', channels: ['telefoon'], roles: ['informatiebron'], ownStory: `Matrix ${t.unique}`, ownNeeds: null, checkInWeeks: null },
    }),
    ok: [200],
  },
  {
    name: 'set the start date of the circle',
    category: 'netwerk',
    action: 'update',
    setup: async (api, clientId) => {
      const view = (await api('GET', `/api/clients/${clientId}/naastenkaarten`)).body as CircleCards;
      return { version: view.startVersion };
    },
    request: (t) => ({ method: 'PUT', url: `/api/clients/${t.clientId}/naastenkaarten-start`, body: { admittedOn: '2025-01-06', version: t.prepared.version } }),
    ok: [200],
    alsoRequires: professionalOnly,
  },
];
