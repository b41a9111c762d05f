import type { ActorKind, Probe } from '../access-matrix.js';

/**
 * Authorisation-matrix probes for this area: one per route that reads or writes client data.
 *
 * The matrix runs every probe many times against one circle, so the writes here must not change
 * what later probes rely on. Routes guarded by a version answer 409 once the first call moved it on:
 * 409 comes only after platform/access allowed the write, so it counts as allowed. Closing the plan
 * and ending a professional's involvement are probed with a summary that is too short (422 after the
 * access check), so the plan stays open and nobody leaves the circle.
 */

const future = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
/** Closing and re-opening steer the whole plan: the client's side or a professional of the circle. */
const professionalOnly = (kind: ActorKind) => kind === 'professional-member';
/** Removing someone else from the circle is for whoever decides (a professional may only end their own). */
const decidersOnly = () => false;

export const CONTINUITY_PROBES: readonly Probe[] = [
  { name: 'crisis plan', category: 'plan', action: 'read', request: (t) => ({ method: 'GET', url: `/api/clients/${t.clientId}/crisis-plan` }), ok: [200] },
  {
    name: 'save the crisis plan',
    category: 'plan',
    action: 'update',
    request: (t) => ({
      method: 'PUT',
      url: `/api/clients/${t.clientId}/crisis-plan`,
      body: { version: 0, earlySigns: [`Slaapt slecht (${t.unique})`], whatHelps: ['Een wandeling'], people: [{ kind: 'named', name: 'Huisarts', task: 'Belt terug' }], reviewOn: future(60) },
    }),
    ok: [200, 409],
  },
  {
    name: 'crisis plan reviewed',
    category: 'plan',
    action: 'update',
    request: (t) => ({ method: 'POST', url: `/api/clients/${t.clientId}/crisis-plan/reviewed`, body: { version: 1, reviewOn: future(90) } }),
    ok: [200, 409],
  },
  { name: 'continuity', category: 'plan', action: 'read', request: (t) => ({ method: 'GET', url: `/api/clients/${t.clientId}/continuity` }), ok: [200] },
  {
    name: 'who takes over a role',
    category: 'plan',
    action: 'create',
    request: (t) => ({
      method: 'POST',
      url: `/api/clients/${t.clientId}/continuity/roles`,
      body: { holderLinkId: t.otherLinkId, role: `Boodschappen (${t.unique})`, successor: { kind: 'named', name: 'Buurman Henk' }, whenText: 'Als zij ziek is' },
    }),
    ok: [201],
  },
  {
    name: 'change who takes over a role',
    category: 'plan',
    action: 'update',
    request: (t) => ({
      method: 'PUT',
      url: `/api/clients/${t.clientId}/continuity/roles/00000000-0000-4000-8000-00000000c0c0`,
      // A role text of one letter: refused (422) after the access check, before the row is looked up.
      body: { holderLinkId: t.otherLinkId, role: 'B', successor: { kind: 'named', name: 'Buurman Henk' }, whenText: 'Als zij ziek is', version: 1 },
    }),
    ok: [422],
  },
  {
    name: 'remove who takes over a role',
    category: 'plan',
    action: 'delete',
    // Removing a row that is not there is done already: 204.
    request: (t) => ({ method: 'DELETE', url: `/api/clients/${t.clientId}/continuity/roles/00000000-0000-4000-8000-00000000c0c0?version=1` }),
    ok: [204],
  },
  {
    name: 'close the plan',
    category: 'plan',
    action: 'update',
    request: (t) => ({ method: 'POST', url: `/api/clients/${t.clientId}/continuity/close`, body: { version: 0, summary: 'Kort' } }),
    ok: [422],
    alsoRequires: professionalOnly,
  },
  {
    name: 'reopen the plan',
    category: 'plan',
    action: 'update',
    request: (t) => ({ method: 'POST', url: `/api/clients/${t.clientId}/continuity/reopen`, body: { version: 1, note: 'Het gaat weer moeilijker.' } }),
    ok: [409],
    alsoRequires: professionalOnly,
  },
  {
    name: "end another member's involvement",
    category: 'plan',
    action: 'update',
    request: (t) => ({ method: 'POST', url: `/api/clients/${t.clientId}/continuity/end-involvement`, body: { linkId: t.otherLinkId, version: t.otherVersion, summary: 'Kort', successorLinkId: null } }),
    ok: [422],
    alsoRequires: decidersOnly,
  },
  { name: 'toekomstplan', category: 'plan', action: 'read', request: (t) => ({ method: 'GET', url: `/api/clients/${t.clientId}/future` }), ok: [200] },
  {
    name: 'toekomstplan dialogue',
    category: 'plan',
    action: 'create',
    request: (t) => ({
      method: 'POST',
      url: `/api/clients/${t.clientId}/future/dialogues`,
      body: {
        heldOn: new Date().toISOString().slice(0, 10),
        participants: [{ name: 'Sam', kind: 'jongere' }],
        topicsDiscussed: [`Wonen (${t.unique})`],
        topicsOpen: [],
        wishes: [{ text: 'Op mezelf wonen', changeable: true }],
        format: 'lijst',
      },
    }),
    // The adult client gets the dialogue; the matrix's minor (9) is refused for her age, after the access check.
    ok: [201, 422],
  },
  {
    name: 'change a toekomstplan dialogue',
    category: 'plan',
    action: 'update',
    request: (t) => ({
      method: 'PUT',
      url: `/api/clients/${t.clientId}/future/dialogues/00000000-0000-4000-8000-00000000c0c0`,
      // A conversation dated in the future: refused (422) after the access check, before the row is looked up.
      body: { heldOn: future(30), participants: [{ name: 'Sam', kind: 'jongere' }], topicsDiscussed: ['Wonen'], topicsOpen: [], wishes: [], format: 'lijst', version: 1 },
    }),
    ok: [422],
  },
];
