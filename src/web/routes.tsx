import type { RouteObject } from 'react-router';
import { AppLayout } from './layout/AppLayout';
import { AccessLogPage } from './pages/access-log/AccessLogPage';
import { OrganisationsPage } from './pages/admin/OrganisationsPage';
import { OutboxMessagePage } from './pages/admin/OutboxMessagePage';
import { OutboxPage } from './pages/admin/OutboxPage';
import { TeamsPage } from './pages/admin/TeamsPage';
import { UsersPage } from './pages/admin/UsersPage';
import { ForgotPasswordPage } from './pages/auth/ForgotPasswordPage';
import { InvitationPage } from './pages/auth/InvitationPage';
import { LoginPage } from './pages/auth/LoginPage';
import { MfaCodePage } from './pages/auth/MfaCodePage';
import { MfaEnrolPage } from './pages/auth/MfaEnrolPage';
import { ResetPasswordPage } from './pages/auth/ResetPasswordPage';
import { ClientPage } from './pages/clients/ClientPage';
import { refusalAndSafetyRoutes } from './pages/consent/safety/routes';
import { planRoutes } from './pages/plan/routes';
import { agendaRoutes } from './pages/agenda/routes';
import { logbookRoutes } from './pages/logbook/routes';
import { evaluationRoutes } from './pages/evaluation/routes';
import { continuityRoutes } from './pages/continuity/routes';
import { volunteersRoutes } from './pages/volunteers/routes';
import { socialMapRoutes } from './pages/socialmap/routes';
import { netmapRoutes } from './pages/netmap/routes';
import { netIntakeRoutes } from './pages/netintake/routes';
import { naastenRoutes } from './pages/naasten/routes';
import { careNetRoutes } from './pages/carenet/routes';
import { careCasesRoutes } from './pages/carecases/routes';
import { careMinutesRoutes } from './pages/careminutes/routes';
import { ErrorPage } from './pages/ErrorPage';
import { HomePage } from './pages/home/HomePage';
import { NotFoundPage } from './pages/NotFoundPage';
import { SettingsMfaPage } from './pages/settings/SettingsMfaPage';
import { SettingsPage } from './pages/settings/SettingsPage';
import { RequireAnonymous, RequireAuth, RequireRole, RequireStage } from './session/guards';

/** All pages. Paths are Dutch, as users see them. */
export const routes: RouteObject[] = [
  {
    element: <AppLayout />,
    errorElement: <ErrorPage />,
    children: [
      {
        path: '/inloggen',
        element: (
          <RequireAnonymous>
            <LoginPage />
          </RequireAnonymous>
        ),
      },
      {
        path: '/inloggen/code',
        element: (
          <RequireStage stage="mfa_required">
            <MfaCodePage />
          </RequireStage>
        ),
      },
      {
        path: '/inloggen/tweestapsverificatie',
        element: (
          <RequireStage stage="mfa_enrol">
            <MfaEnrolPage />
          </RequireStage>
        ),
      },
      { path: '/wachtwoord-vergeten', element: <ForgotPasswordPage /> },
      { path: '/wachtwoord-herstellen', element: <ResetPasswordPage /> },
      { path: '/uitnodiging/:token', element: <InvitationPage /> },
      {
        element: <RequireAuth />,
        children: [
          { index: true, element: <HomePage /> },
          { path: '/clienten/:id', element: <ClientPage /> },
          // The circle (kring) and consent pages (pages/circle), loaded on first visit.
          { path: '/clienten/nieuw', HydrateFallback: () => null, lazy: async () => ({ Component: (await import('./pages/circle/NewClientPage')).NewClientPage }) },
          { path: '/clienten/:id/kring', HydrateFallback: () => null, lazy: async () => ({ Component: (await import('./pages/circle/CirclePage')).CirclePage }) },
          { path: '/clienten/:id/kring/geschiedenis', HydrateFallback: () => null, lazy: async () => ({ Component: (await import('./pages/circle/CircleHistoryPage')).CircleHistoryPage }) },
          { path: '/clienten/:id/kring/uitnodigen', HydrateFallback: () => null, lazy: async () => ({ Component: (await import('./pages/circle/CircleInvitePage')).CircleInvitePage }) },
          { path: '/clienten/:id/kring/:linkId', HydrateFallback: () => null, lazy: async () => ({ Component: (await import('./pages/circle/MemberAccessPage')).MemberAccessPage }) },
          { path: '/clienten/:id/mijn-toegang', HydrateFallback: () => null, lazy: async () => ({ Component: (await import('./pages/circle/MyAccessPage')).MyAccessPage }) },
          { path: '/wie-bekeek-mijn-gegevens', element: <AccessLogPage /> },
          ...refusalAndSafetyRoutes,
          ...planRoutes,
          ...agendaRoutes,
          ...logbookRoutes,
          ...evaluationRoutes,
          ...continuityRoutes,
          ...volunteersRoutes,
          ...netmapRoutes,
          ...netIntakeRoutes,
          ...naastenRoutes,
          ...careNetRoutes,
          ...careCasesRoutes,
          ...careMinutesRoutes,
          // AVG rights (pages/avg), loaded on first visit; the layout shows meanwhile.
          { path: '/clienten/:id/mijn-gegevens', HydrateFallback: () => null, lazy: async () => ({ Component: (await import('./pages/avg/MyDataPage')).MyDataPage }) },
          { path: '/taken/correcties', HydrateFallback: () => null, lazy: async () => ({ Component: (await import('./pages/avg/CorrectionTasksPage')).CorrectionTasksPage }) },
          // The social map (pages/socialmap): search, offers, and the owners' pages.
          ...socialMapRoutes,
          { path: '/instellingen', element: <SettingsPage /> },
          { path: '/instellingen/tweestapsverificatie', element: <SettingsMfaPage /> },
          {
            element: <RequireRole roles={['beheerder']} />,
            children: [
              { path: '/beheer/organisaties', element: <OrganisationsPage /> },
              { path: '/beheer/organisaties/:id/teams', element: <TeamsPage /> },
              { path: '/beheer/gebruikers', element: <UsersPage /> },
              { path: '/beheer/uitgaande-mail', element: <OutboxPage /> },
              { path: '/beheer/uitgaande-mail/:id', element: <OutboxMessagePage /> },
            ],
          },
        ],
      },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
];
