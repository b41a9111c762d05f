/** Worklist section on the professional's start page: network signals (overload, lost contacts to restore) of my clients. */
export function NetworkSignalsSection() {
  // Filled in by the work on this area.
  return null;
}
