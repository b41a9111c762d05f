import type { RouteObject } from 'react-router';

/** Pages of this area, spread into src/web/routes.tsx (inside the logged-in part); loaded on first visit. */
export const careCasesRoutes: RouteObject[] = [
  { path: '/zorgnetwerken/:networkId/casus-inbrengen', HydrateFallback: () => null, lazy: async () => ({ Component: (await import('./RegisterCasePage')).RegisterCasePage }) },
  { path: '/zorgnetwerken/:networkId/casussen', HydrateFallback: () => null, lazy: async () => ({ Component: (await import('./NetworkCasesPage')).NetworkCasesPage }) },
  { path: '/zorgnetwerken/casussen/:caseId', HydrateFallback: () => null, lazy: async () => ({ Component: (await import('./CasePage')).CasePage }) },
  { path: '/zorgnetwerken/veiligheid', HydrateFallback: () => null, lazy: async () => ({ Component: (await import('./SafetyReviewsPage')).SafetyReviewsPage }) },
];
