import type { RouteObject } from 'react-router';

/** The social map's pages, loaded on first visit; spread into src/web/routes.tsx (inside the logged-in part). */
export const socialMapRoutes: RouteObject[] = [
  { path: '/sociale-kaart', HydrateFallback: () => null, lazy: async () => ({ Component: (await import('./SocialMapPage')).SocialMapPage }) },
  { path: '/sociale-kaart/beheren', HydrateFallback: () => null, lazy: async () => ({ Component: (await import('./OwnerPage')).OwnerPage }) },
  { path: '/sociale-kaart/nakijken', HydrateFallback: () => null, lazy: async () => ({ Component: (await import('./StalePage')).StalePage }) },
  { path: '/sociale-kaart/importeren', HydrateFallback: () => null, lazy: async () => ({ Component: (await import('./ImportPage')).ImportPage }) },
  { path: '/sociale-kaart/nieuw', HydrateFallback: () => null, lazy: async () => ({ Component: (await import('./OfferFormPage')).OfferFormPage }) },
  { path: '/sociale-kaart/contactpersonen/nieuw', HydrateFallback: () => null, lazy: async () => ({ Component: (await import('./ContactFormPage')).ContactFormPage }) },
  { path: '/sociale-kaart/contactpersonen/:id/bewerken', HydrateFallback: () => null, lazy: async () => ({ Component: (await import('./ContactFormPage')).ContactFormPage }) },
  { path: '/sociale-kaart/:id', HydrateFallback: () => null, lazy: async () => ({ Component: (await import('./OfferPage')).OfferPage }) },
  { path: '/sociale-kaart/:id/bewerken', HydrateFallback: () => null, lazy: async () => ({ Component: (await import('./OfferFormPage')).OfferFormPage }) },
];
