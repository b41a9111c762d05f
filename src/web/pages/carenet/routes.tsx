import type { RouteObject } from 'react-router';

/** Pages of this area, spread into src/web/routes.tsx (inside the logged-in part); loaded on first visit. */
export const careNetRoutes: RouteObject[] = [
  { path: '/zorgnetwerken', HydrateFallback: () => null, lazy: async () => ({ Component: (await import('./NetworksPage')).NetworksPage }) },
  { path: '/zorgnetwerken/overleggen/:meetingId', HydrateFallback: () => null, lazy: async () => ({ Component: (await import('./MeetingPage')).MeetingPage }) },
  { path: '/zorgnetwerken/:networkId', HydrateFallback: () => null, lazy: async () => ({ Component: (await import('./NetworkPage')).NetworkPage }) },
];
