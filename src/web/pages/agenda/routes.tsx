import type { RouteObject } from 'react-router';

/** Pages of this area, spread into src/web/routes.tsx (inside the logged-in part); loaded on first visit. */
export const agendaRoutes: RouteObject[] = [
  { path: '/agenda', HydrateFallback: () => null, lazy: async () => ({ Component: (await import('./MyAgendaPage')).MyAgendaPage }) },
  { path: '/clienten/:id/agenda', HydrateFallback: () => null, lazy: async () => ({ Component: (await import('./CircleAgendaPage')).CircleAgendaPage }) },
];
