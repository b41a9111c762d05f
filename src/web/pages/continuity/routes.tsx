import type { RouteObject } from 'react-router';

/** Pages of this area, spread into src/web/routes.tsx (inside the logged-in part); loaded on first visit. */
export const continuityRoutes: RouteObject[] = [
  { path: '/clienten/:id/plan/crisis', HydrateFallback: () => null, lazy: async () => ({ Component: (await import('./CrisisPlanPage')).CrisisPlanPage }) },
  { path: '/clienten/:id/plan/continuiteit', HydrateFallback: () => null, lazy: async () => ({ Component: (await import('./ContinuityPage')).ContinuityPage }) },
  { path: '/clienten/:id/plan/toekomst', HydrateFallback: () => null, lazy: async () => ({ Component: (await import('./FuturePage')).FuturePage }) },
  { path: '/crisisplannen', HydrateFallback: () => null, lazy: async () => ({ Component: (await import('./CrisisDuePage')).CrisisDuePage }) },
  { path: '/clienten/:id/plan/document', HydrateFallback: () => null, lazy: async () => ({ Component: (await import('./PlanDocumentPage')).PlanDocumentPage }) },
];
