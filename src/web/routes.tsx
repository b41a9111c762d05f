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
          { path: '/wie-bekeek-mijn-gegevens', element: <AccessLogPage /> },
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
