import type { Probe } from '../access-matrix.js';

/** Authorisation-matrix probes of this area. */
export const NETINTAKE_PROBES: readonly Probe[] = [];
