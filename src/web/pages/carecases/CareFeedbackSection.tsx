/** Worklist section on the professional's start page: feedback tasks and hand-overs waiting for me. */
export function CareFeedbackSection() {
  // Filled in by the work on this area.
  return null;
}
