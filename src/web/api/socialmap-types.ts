/**
 * Types of the social map (sociale kaart), as the web app uses them. Derived from the server's zod
 * models (type-only imports: no server code ends up in the web bundle). The value lists come from
 * socialmap/schema.ts, which has only type imports and so no runtime dependencies.
 */
import type { z } from 'zod';
import type { offerResults, offerView } from '../../modules/socialmap/model';

export { ACCESS_ROUTES, OFFER_COSTS, OFFER_KINDS, OFFER_NEEDS } from '../../modules/socialmap/schema';
export type { AccessRoute, OfferCost, OfferKind, OfferNeed } from '../../modules/socialmap/schema';

export type Offer = z.infer<typeof offerView>;
export type OfferResults = z.infer<typeof offerResults>;
