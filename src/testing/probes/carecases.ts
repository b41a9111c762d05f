import type { Probe } from '../access-matrix.js';

/**
 * Authorisation-matrix probes of care cases. None fit the shared matrix: every case route is for
 * professionals with a place in a care network, so the client's own "always allowed" row cannot
 * hold, and who may see a case is decided by platform/access/case-access.ts, not by circle consent.
 * The one route that opens a circle client's data under circle consent (registering a case about a
 * Samenspel client needs `basis` read) runs the same actor kinds and consent states in
 * src/modules/carenet/case-register-matrix.test.ts; the case rule itself in
 * src/modules/carenet/case-access-matrix.test.ts.
 */
export const CARECASES_PROBES: readonly Probe[] = [];
