import type { CaseView, InvolvementView, MyCareWork } from '../../../modules/carenet/case-model';
import type { NetworkDetail } from '../../../modules/carenet/model';

export type { CaseView, InvolvementView, MyCareWork, NetworkDetail };
export { CASE_MODES, type CaseMode } from '../../../modules/carenet/schema';
export { CONSENT_GIVERS, CONSENT_HOW, ESCALATION_LEVELS, SAFETY_GROUNDS, SAFETY_JUSTIFICATION_MIN, VEILIG_THUIS } from '../../../modules/carenet/case-schema';

export interface SafetyReviewItem {
  caseId: string;
  label: string;
  networkName: string;
  ground: 'child-safety' | 'danger';
  reviewStatus: 'pending' | 'agreed' | 'questioned';
  createdAt: string;
}

export interface Professional {
  userId: string;
  name: string;
  organisation: string | null;
}

export interface CaseListItem {
  id: string;
  mode: 'identified' | 'anonymous' | 'safety';
  label: string;
  status: 'open' | 'closed' | 'handed-over';
  consentWithdrawn: boolean;
  nextMeeting: string | null;
  createdAt: string;
}

export const caseApi = (caseId: string) => `/api/care-cases/${encodeURIComponent(caseId)}`;
export const casePath = (caseId: string, meetingId?: string | null) => `/zorgnetwerken/casussen/${caseId}${meetingId ? `?meetingId=${encodeURIComponent(meetingId)}` : ''}`;
export const registerPath = (networkId: string) => `/zorgnetwerken/${networkId}/casus-inbrengen`;

/** Today as yyyy-mm-dd in the user's own time zone (the date fields' default). */
export function today(): string {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}
