import type { RouteObject } from 'react-router';

/** Pages of this area, spread into src/web/routes.tsx (inside the logged-in part); loaded on first visit. */
export const careMinutesRoutes: RouteObject[] = [];
