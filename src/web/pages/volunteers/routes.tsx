import type { RouteObject } from 'react-router';

/** Pages of this area, spread into src/web/routes.tsx (inside the logged-in part); loaded on first visit. */
export const volunteersRoutes: RouteObject[] = [
  { path: '/vrijwilligers', HydrateFallback: () => null, lazy: async () => ({ Component: (await import('./VolunteersPage')).VolunteersPage }) },
  { path: '/vrijwilligers/vragen', HydrateFallback: () => null, lazy: async () => ({ Component: (await import('./RequestsPage')).RequestsPage }) },
  { path: '/vrijwilligers/vragen/:requestId', HydrateFallback: () => null, lazy: async () => ({ Component: (await import('./RequestPage')).RequestPage }) },
  { path: '/vrijwilligers/:id', HydrateFallback: () => null, lazy: async () => ({ Component: (await import('./VolunteerPage')).VolunteerPage }) },
  { path: '/clienten/:id/vrijwilliger', HydrateFallback: () => null, lazy: async () => ({ Component: (await import('./CircleVolunteerPage')).CircleVolunteerPage }) },
  { path: '/mijn-vrijwilligerswerk', HydrateFallback: () => null, lazy: async () => ({ Component: (await import('./MyVolunteeringPage')).MyVolunteeringPage }) },
];
