import type { RouteObject } from 'react-router';

/** Pages of this area, spread into src/web/routes.tsx (inside the logged-in part); loaded on first visit. */
export const netmapRoutes: RouteObject[] = [
  { path: '/clienten/:id/netwerk', HydrateFallback: () => null, lazy: async () => ({ Component: (await import('./NetworkMapPage')).NetworkMapPage }) },
  { path: '/clienten/:id/netwerk/persoon/nieuw', HydrateFallback: () => null, lazy: async () => ({ Component: (await import('./PersonPage')).NewPersonPage }) },
  { path: '/clienten/:id/netwerk/persoon/:personId', HydrateFallback: () => null, lazy: async () => ({ Component: (await import('./PersonPage')).PersonPage }) },
  { path: '/clienten/:id/netwerk/genogram', HydrateFallback: () => null, lazy: async () => ({ Component: (await import('./GenogramPage')).GenogramPage }) },
  { path: '/clienten/:id/netwerk/momenten', HydrateFallback: () => null, lazy: async () => ({ Component: (await import('./SnapshotsPage')).SnapshotsPage }) },
  { path: '/clienten/:id/netwerk/veranderingen', HydrateFallback: () => null, lazy: async () => ({ Component: (await import('./ChangesPage')).ChangesPage }) },
];
