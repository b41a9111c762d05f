import type { RouteObject } from 'react-router';

/** Pages of this area, spread into src/web/routes.tsx (inside the logged-in part). */
export const evaluationRoutes: RouteObject[] = [
  { path: '/clienten/:id/plan/evaluaties', HydrateFallback: () => null, lazy: async () => ({ Component: (await import('./EvaluationsPage')).EvaluationsPage }) },
  {
    path: '/clienten/:id/plan/evaluaties/:evaluationId',
    HydrateFallback: () => null,
    lazy: async () => ({ Component: (await import('./EvaluationPage')).EvaluationPage }),
  },
];
