import type { Probe } from '../access-matrix.js';

const person = (unique: string) => ({ displayName: `Matrixpersoon ${unique}`, relation: 'buurvrouw', sector: 'buurt', closeness: 'dichtbij' });

/** Authorisation-matrix probes of the network map: reading the map, changing people, snapshots. */
export const NETMAP_PROBES: readonly Probe[] = [
  { name: 'network map', category: 'netwerk', action: 'read', request: (t) => ({ method: 'GET', url: `/api/clients/${t.clientId}/network` }), ok: [200] },
  { name: 'network snapshots', category: 'netwerk', action: 'read', request: (t) => ({ method: 'GET', url: `/api/clients/${t.clientId}/network/snapshots` }), ok: [200] },
  {
    name: 'add a person to the map',
    category: 'netwerk',
    action: 'create',
    request: (t) => ({ method: 'POST', url: `/api/clients/${t.clientId}/network/persons`, body: person(t.unique) }),
    ok: [201],
  },
  {
    name: 'change a person on the map',
    category: 'netwerk',
    action: 'update',
    setup: async (api, clientId, unique) => {
      const res = await api('POST', `/api/clients/${clientId}/network/persons`, person(unique));
      const p = (res.body as { person: { id: string; version: number } }).person;
      return { personId: p.id, version: p.version };
    },
    request: (t) => ({
      method: 'PUT',
      url: `/api/clients/${t.clientId}/network/persons/${t.prepared.personId}`,
      body: { ...person(t.unique), quality: 'wisselend', version: t.prepared.version },
    }),
    ok: [200],
  },
  {
    name: 'remove a person from the map',
    category: 'netwerk',
    action: 'delete',
    setup: async (api, clientId, unique) => {
      const res = await api('POST', `/api/clients/${clientId}/network/persons`, person(unique));
      const p = (res.body as { person: { id: string; version: number } }).person;
      return { personId: p.id, version: p.version };
    },
    request: (t) => ({ method: 'DELETE', url: `/api/clients/${t.clientId}/network/persons/${t.prepared.personId}?version=${t.prepared.version}` }),
    ok: [204],
  },
  {
    name: 'save a network snapshot',
    category: 'netwerk',
    action: 'create',
    request: (t) => ({ method: 'POST', url: `/api/clients/${t.clientId}/network/snapshots`, body: { label: 'evaluatie', takenOn: '2026-01-15' } }),
    ok: [201],
  },
];
