import type { RouteObject } from 'react-router';

/** Pages of this area, spread into src/web/routes.tsx (inside the logged-in part). */
export const logbookRoutes: RouteObject[] = [
  { path: '/clienten/:id/logboek', HydrateFallback: () => null, lazy: async () => ({ Component: (await import('./LogbookPage')).LogbookPage }) },
];
