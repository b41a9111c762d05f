import type { Probe } from '../access-matrix.js';

/** Authorisation-matrix probes for this area: one per route that reads or writes client data. */
export const LOGBOOK_PROBES: readonly Probe[] = [];
