import { useFormSubmit } from '../../components/useFormSubmit';
import type { CaseView } from './types';

const isCaseView = (v: unknown): v is CaseView => typeof v === 'object' && v !== null && 'id' in v && 'version' in v && 'mode' in v;

/** Form plumbing for an action on the case page: a 409 loads the case as it is now into the page. */
export function useCaseAction(onView: (v: CaseView) => void) {
  return useFormSubmit<CaseView>({ conflict: { parse: (c) => (isCaseView(c) ? c : null), load: onView } });
}

/** What every section of the case page gets: the case, and how to show a new state with a message. */
export interface SectionProps {
  view: CaseView;
  onDone: (view: CaseView, message: string) => void;
}
