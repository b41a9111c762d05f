import type { Probe } from '../access-matrix.js';

const person = (unique: string) => ({ displayName: `Matrix ${unique}`, relation: 'neef', sector: 'familie', closeness: 'dichtbij' });

/**
 * Authorisation-matrix probes of the network intake and analysis. Setup finishes any open intake
 * first (one open intake per client), so every cell starts from the same state.
 */
async function freshIntake(api: Parameters<NonNullable<Probe['setup']>>[0], clientId: string): Promise<Record<string, string | number>> {
  const page = (await api('GET', `/api/clients/${clientId}/network/intake`)).body as { current: { id: string; version: number } | null };
  if (page.current) await api('POST', `/api/clients/${clientId}/network/intake/${page.current.id}/finish`, { version: page.current.version });
  const res = await api('POST', `/api/clients/${clientId}/network/intake`, { participants: ['Matrix'] });
  const intake = res.body as { id: string; version: number };
  return { intakeId: intake.id, version: intake.version };
}

export const NETINTAKE_PROBES: readonly Probe[] = [
  { name: 'network intake', category: 'netwerk', action: 'read', request: (t) => ({ method: 'GET', url: `/api/clients/${t.clientId}/network/intake` }), ok: [200] },
  { name: 'network analysis', category: 'netwerk', action: 'read', request: (t) => ({ method: 'GET', url: `/api/clients/${t.clientId}/network/analysis` }), ok: [200] },
  {
    name: 'start a network intake',
    category: 'netwerk',
    action: 'create',
    setup: async (api, clientId) => {
      const page = (await api('GET', `/api/clients/${clientId}/network/intake`)).body as { current: { id: string; version: number } | null };
      if (page.current) await api('POST', `/api/clients/${clientId}/network/intake/${page.current.id}/finish`, { version: page.current.version });
      return {};
    },
    request: (t) => ({ method: 'POST', url: `/api/clients/${t.clientId}/network/intake`, body: { participants: [`Matrix ${t.unique}`] } }),
    ok: [201],
  },
  {
    name: 'pause a network intake',
    category: 'netwerk',
    action: 'update',
    setup: freshIntake,
    request: (t) => ({ method: 'PUT', url: `/api/clients/${t.clientId}/network/intake/${t.prepared.intakeId}`, body: { version: t.prepared.version, step: 2, status: 'paused' } }),
    ok: [200],
  },
  {
    name: 'add a person during the intake',
    category: 'netwerk',
    action: 'create',
    setup: freshIntake,
    request: (t) => ({ method: 'POST', url: `/api/clients/${t.clientId}/network/intake/${t.prepared.intakeId}/persons`, body: { step: 1, answer: 'nu', person: person(t.unique) } }),
    ok: [201],
  },
  {
    name: 'finish a network intake',
    category: 'netwerk',
    action: 'update',
    setup: freshIntake,
    request: (t) => ({ method: 'POST', url: `/api/clients/${t.clientId}/network/intake/${t.prepared.intakeId}/finish`, body: { version: t.prepared.version } }),
    ok: [200],
  },
];
