import type { Probe } from '../access-matrix.js';

/** Authorisation-matrix probes of this area. */
export const CAREMINUTES_PROBES: readonly Probe[] = [];
