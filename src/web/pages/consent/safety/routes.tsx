import type { RouteObject } from 'react-router';
import { RequireRole } from '../../../session/guards';
import { PROFESSIONAL_ROLES } from '../../../session/roles';
import { ClientAccessLogPage } from '../../access-log/ClientAccessLogPage';
import { RefusalsPage } from '../refusals/RefusalsPage';
import { SafetyExceptionForm } from './SafetyExceptionForm';
import { SafetyReviewListPage } from './SafetyReviewListPage';
import { SafetyReviewPage } from './SafetyReviewPage';

/**
 * The pages of the refusal register, the safety exceptions and the professionals' access log, for
 * behind the log-in. The API decides what each person may do; the role check only spares people
 * pages that are never theirs.
 */
export const refusalAndSafetyRoutes: RouteObject[] = [
  { path: '/clienten/:id/weigeringen', element: <RefusalsPage /> },
  {
    element: <RequireRole roles={PROFESSIONAL_ROLES} />,
    children: [
      { path: '/clienten/:id/veiligheid/nieuw', element: <SafetyExceptionForm /> },
      { path: '/clienten/:id/veiligheid/:exceptionId', element: <SafetyReviewPage /> },
      { path: '/veiligheid/beoordelen', element: <SafetyReviewListPage /> },
      { path: '/clienten/:id/toegangslog', element: <ClientAccessLogPage /> },
    ],
  },
];
