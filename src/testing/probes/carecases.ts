import type { Probe } from '../access-matrix.js';

/** Authorisation-matrix probes of this area. */
export const CARECASES_PROBES: readonly Probe[] = [];
