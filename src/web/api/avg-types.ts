/**
 * Types of the AVG API (export, correction, erasure), derived from the server's zod models with
 * type-only imports, so no server code ends up in the web bundle. The category list comes from
 * platform/audit/schema.ts, which has no runtime dependencies.
 */
import type { z } from 'zod';
import type { correctionTaskView, correctionView, erasureStatus, erasureView } from '../../modules/avg/model';

export { INFORMATION_CATEGORIES } from '../../platform/audit/schema';
export type { InformationCategory } from '../../platform/audit/schema';

export type Correction = z.infer<typeof correctionView>;

export type CorrectionTask = z.infer<typeof correctionTaskView>;

export type CorrectionStatus = Correction['status'];

export type Erasure = z.infer<typeof erasureView>;

export type ErasureStatus = z.infer<typeof erasureStatus>;

/** Where the two downloads of everything stored about a client live. */
export const exportUrl = (clientId: string, format: 'json' | 'html') => `/api/clients/${encodeURIComponent(clientId)}/export.${format}`;
