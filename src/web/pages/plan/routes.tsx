import type { RouteObject } from 'react-router';

/** Pages of this area, spread into src/web/routes.tsx (inside the logged-in part); loaded on first visit. */
export const planRoutes: RouteObject[] = [
  { path: '/clienten/:id/plan', HydrateFallback: () => null, lazy: async () => ({ Component: (await import('./PlanPage')).PlanPage }) },
  { path: '/mijn-taken', HydrateFallback: () => null, lazy: async () => ({ Component: (await import('./MyTasksPage')).MyTasksPage }) },
];
