import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp, type TestClient } from '../../testing/test-app.js';
import { CASE_ACTORS, CASE_STATES, caseInState, caseWorld, loginStaff, otherGuestItem, type CaseActor, type CaseState, type CaseWorld } from './case-test-fixtures.js';

/**
 * The case-access matrix: every kind of person around a care network × every state of a case ×
 * what they try. The expectation is written out here on its own, not derived from case-access.ts.
 */

type Probe = 'read case' | 'read identifying fields' | 'involvement check' | 'record consent';
const PROBES: readonly Probe[] = ['read case', 'read identifying fields', 'involvement check', 'record consent'];

/** Who sees the case of "this meeting" (m1) at all. */
function sees(actor: CaseActor): boolean {
  return ['chair', 'secretary', 'representative', 'substitute-attending', 'guest-this-item', 'submitter'].includes(actor);
}
function identifying(actor: CaseActor, state: CaseState): boolean {
  if (!sees(actor) || state === 'anonymous') return false;
  if (state === 'safety') return true;
  if (actor === 'submitter') return true;
  return state === 'consent-this-meeting';
}
const denied = (actor: CaseActor) => (actor === 'other-region' ? 404 : 403);

function expected(actor: CaseActor, state: CaseState, probe: Probe): number {
  if (!sees(actor)) return denied(actor);
  switch (probe) {
    case 'read case':
    case 'read identifying fields':
      return 200;
    case 'involvement check':
      return identifying(actor, state) ? 200 : 403;
    case 'record consent':
      if (actor !== 'submitter' && actor !== 'chair') return 403;
      return state === 'anonymous' || state === 'safety' ? 422 : 201;
  }
}

let t: TestApp;
let w: CaseWorld;
const clients = new Map<CaseActor, TestClient>();
const cases = new Map<CaseState, string>();
let n = 0;

beforeAll(async () => {
  t = await createTestApp();
  w = await caseWorld(t.ctx, 'casematrix');
  await otherGuestItem(t.ctx, w);
  for (const s of CASE_STATES) cases.set(s, await caseInState(t.ctx, w, s, ++n));
  for (const a of CASE_ACTORS) clients.set(a, await loginStaff(t, w.people[a]));
}, 120_000);

afterAll(async () => {
  await t?.close();
});

describe('case-access matrix', () => {
  for (const actor of CASE_ACTORS) {
    for (const state of CASE_STATES) {
      for (const probe of PROBES) {
        it(`${actor} × ${state} × ${probe}`, async () => {
          const c = clients.get(actor)!;
          const want = expected(actor, state, probe);
          if (probe === 'record consent') {
            // A fresh case per cell: a recorded consent would change the next cell.
            const caseId = await caseInState(t.ctx, w, state, ++n);
            const res = await c.post(`/api/care-cases/${caseId}/consents`, { meetingId: w.m2, givenByKind: 'client', givenOn: '2024-02-01', how: 'spoken' });
            expect(res.statusCode, res.body).toBe(want);
            return;
          }
          const caseId = cases.get(state)!;
          const url = probe === 'involvement check' ? `/api/care-cases/${caseId}/involvement?meetingId=${w.m1}` : `/api/care-cases/${caseId}?meetingId=${w.m1}`;
          const res = await c.get(url);
          expect(res.statusCode, res.body).toBe(want);
          if (probe === 'read identifying fields' && res.statusCode === 200) {
            const body = res.json() as { identifying: boolean; subject: unknown };
            expect(body.identifying).toBe(identifying(actor, state));
            if (identifying(actor, state)) expect(body.subject).toMatchObject({ lastName: 'Client' });
            else {
              expect(body.subject).toBeNull();
              expect(res.body).not.toContain('Client"');
              expect(res.body).not.toContain('1960-04-12');
            }
          }
        });
      }
    }
  }
});
