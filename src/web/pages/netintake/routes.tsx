import type { RouteObject } from 'react-router';

/** Pages of this area, spread into src/web/routes.tsx (inside the logged-in part); loaded on first visit. */
export const netIntakeRoutes: RouteObject[] = [
  { path: '/clienten/:id/netwerk/intake', HydrateFallback: () => null, lazy: async () => ({ Component: (await import('./IntakePage')).IntakePage }) },
  { path: '/clienten/:id/netwerk/analyse', HydrateFallback: () => null, lazy: async () => ({ Component: (await import('./AnalysisPage')).AnalysisPage }) },
];
