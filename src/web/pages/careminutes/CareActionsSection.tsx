/** Worklist section on the professional's start page: my open action points from care network meetings. */
export function CareActionsSection() {
  // Filled in by the work on this area.
  return null;
}
