import type { Probe } from '../access-matrix.js';

/** Any entry id: the changes below are refused (422) after the access check, before the entry is looked up. */
const NO_ENTRY = '00000000-0000-4000-8000-00000000109b';

/**
 * Authorisation-matrix probes for this area: one per route that reads or writes client data.
 *
 * Changing an entry needs an entry, which the matrix cannot make first. Those probes send an empty
 * text (or "klopt niet" without a reason): the service refuses it with 422 once platform/access
 * allowed the change, and a denied actor gets 403 (404 in another region) before that.
 *
 * Writing a report (POST /reports) has no probe: only professionals write reports, not the client,
 * and the matrix expects the client to be allowed everything. logbook.test.ts covers that route
 * for the client, a naaste, a reader and an outsider.
 */
export const LOGBOOK_PROBES: readonly Probe[] = [
  { name: 'logbook updates', category: 'logboek', action: 'read', request: (t) => ({ method: 'GET', url: `/api/clients/${t.clientId}/logbook` }), ok: [200] },
  {
    name: 'write a logbook update',
    category: 'logboek',
    action: 'create',
    request: (t) => ({ method: 'POST', url: `/api/clients/${t.clientId}/logbook`, body: { kind: 'goed-nieuws', body: `Goed nieuws ${t.unique}` } }),
    ok: [201],
  },
  {
    name: 'change an own logbook update',
    category: 'logboek',
    action: 'update',
    request: (t) => ({ method: 'PUT', url: `/api/clients/${t.clientId}/logbook/${NO_ENTRY}`, body: { kind: 'update', body: ' ', version: 1 } }),
    ok: [422],
  },
  { name: 'reports', category: 'rapportage', action: 'read', request: (t) => ({ method: 'GET', url: `/api/clients/${t.clientId}/reports` }), ok: [200] },
  {
    name: 'change an own report',
    category: 'rapportage',
    action: 'update',
    request: (t) => ({ method: 'PUT', url: `/api/clients/${t.clientId}/reports/${NO_ENTRY}`, body: { body: '', version: 1 } }),
    ok: [422],
  },
  {
    name: 'react to a report',
    category: 'rapportage',
    action: 'update',
    request: (t) => ({ method: 'PUT', url: `/api/clients/${t.clientId}/reports/${NO_ENTRY}/reaction`, body: { reaction: 'klopt-niet', note: null, version: 1 } }),
    ok: [422],
    // The client, or whoever decides for them, says whether a report is right.
    alsoRequires: () => false,
  },
];
