import { Button, PageHeader, Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { AppLink } from '../components/AppLink';
import { useSession, useUser } from '../session/useSession';
import { LanguageSwitch } from './LanguageSwitch';
import { MainNav } from './MainNav';

/** App name, who is logged in (name and region), language switch, logout and the main menu. */
export function SiteHeader() {
  const { t } = useTranslation();
  const { session, logout } = useSession();
  const user = useUser();
  const loggedIn = !!session?.authenticated;

  const onLogout = () => logout().catch(() => undefined);

  return (
    <PageHeader className="samenspel-header">
      <div className="utrecht-page-header__content samenspel-header__bar">
        <AppLink to="/" className="samenspel-header__brand">
          {t('app.name')}
        </AppLink>
        {user ? (
          <Paragraph className="samenspel-header__user">
            {t('layout.loggedInAs', { name: user.displayName, region: user.regionName })}
          </Paragraph>
        ) : null}
        <div className="samenspel-header__actions">
          <LanguageSwitch />
          {loggedIn ? (
            <Button appearance="secondary-action-button" onClick={() => void onLogout()}>
              {t('layout.logout')}
            </Button>
          ) : null}
        </div>
      </div>
      {user ? <MainNav user={user} /> : null}
    </PageHeader>
  );
}
