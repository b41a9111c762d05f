import type { RouteObject } from 'react-router';

/** Pages of this area, spread into src/web/routes.tsx (inside the logged-in part); loaded on first visit. */
export const naastenRoutes: RouteObject[] = [
  { path: '/naastenkaarten', HydrateFallback: () => null, lazy: async () => ({ Component: (await import('./TeamDashboardPage')).TeamDashboardPage }) },
  { path: '/mijn-naastenkaart/:clientId', HydrateFallback: () => null, lazy: async () => ({ Component: (await import('./MyCardPage')).MyCardPage }) },
  { path: '/clienten/:clientId/naastenkaarten', HydrateFallback: () => null, lazy: async () => ({ Component: (await import('./CircleCardsPage')).CircleCardsPage }) },
];
