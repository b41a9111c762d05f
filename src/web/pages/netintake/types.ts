/** The network intake and analysis API as the web app reads it (see src/modules/netmap/intake-model.ts, analysis-model.ts). */
export type { IntakeAddedPerson, IntakePage, IntakeView } from '../../../modules/netmap/intake-model';
export type { AnalysisView, NetworkSignal } from '../../../modules/netmap/analysis-model';
export { INTAKE_ANSWERS, INTAKE_STEPS, LAST_STEP, sectorOfStep, type IntakeAnswer, type IntakeStepKey } from '../../../modules/netmap/intake-schema';
export { CLOSENESS, SECTORS, SUPPORT_FUNCTIONS, type Closeness, type Sector, type SupportFunction } from '../../../modules/netmap/schema';

export const intakeApi = (clientId: string) => `/api/clients/${encodeURIComponent(clientId)}/network/intake`;
export const analysisApi = (clientId: string) => `/api/clients/${encodeURIComponent(clientId)}/network/analysis`;
export const intakePath = (clientId: string) => `/clienten/${encodeURIComponent(clientId)}/netwerk/intake`;
export const analysisPath = (clientId: string) => `/clienten/${encodeURIComponent(clientId)}/netwerk/analyse`;
export const mapPath = (clientId: string) => `/clienten/${encodeURIComponent(clientId)}/netwerk`;
