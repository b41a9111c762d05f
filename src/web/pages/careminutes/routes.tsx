import type { RouteObject } from 'react-router';

/** Pages of this area, spread into src/web/routes.tsx (inside the logged-in part); loaded on first visit. */
export const careMinutesRoutes: RouteObject[] = [
  { path: '/zorgnetwerken/overleggen/:meetingId/verslag', HydrateFallback: () => null, lazy: async () => ({ Component: (await import('./MinutesPage')).MinutesPage }) },
  { path: '/zorgnetwerken/verslagen-te-laat', HydrateFallback: () => null, lazy: async () => ({ Component: (await import('./OverdueMinutesPage')).OverdueMinutesPage }) },
  { path: '/zorgnetwerken/enquete/:networkId', HydrateFallback: () => null, lazy: async () => ({ Component: (await import('./SurveyPage')).SurveyPage }) },
  { path: '/signalen', HydrateFallback: () => null, lazy: async () => ({ Component: (await import('./SignalsPage')).SignalsPage }) },
];
