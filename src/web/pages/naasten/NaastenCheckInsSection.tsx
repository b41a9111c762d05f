/** Worklist section on the professional's start page: check-in calls with naasten that are due. */
export function NaastenCheckInsSection() {
  // Filled in by the work on this area.
  return null;
}
