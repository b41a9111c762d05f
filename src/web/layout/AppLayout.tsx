import { Page, PageContent, SkipLink } from '@utrecht/component-library-react';
import type { MouseEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Outlet } from 'react-router';
import { SiteFooter } from './SiteFooter';
import { SiteHeader } from './SiteHeader';
import { useRouteFocus } from './useRouteFocus';

function skipToMain(event: MouseEvent<HTMLAnchorElement>) {
  const main = document.getElementById('main');
  if (!main) return;
  event.preventDefault();
  main.focus();
  main.scrollIntoView();
}

/** Frame of every page: skip link, header with navigation, main, footer, and a live region for page changes. */
export function AppLayout() {
  const { t } = useTranslation();
  const liveRegion = useRouteFocus();
  return (
    <>
      <SkipLink href="#main" onClick={skipToMain}>
        {t('layout.skipLink')}
      </SkipLink>
      <Page className="samenspel-page">
        <SiteHeader />
        <PageContent className="samenspel-content">
          <main id="main" tabIndex={-1} className="utrecht-page-content__main samenspel-main">
            <Outlet />
          </main>
        </PageContent>
        <SiteFooter />
      </Page>
      <div ref={liveRegion} className="samenspel-visually-hidden" aria-live="polite" aria-atomic="true" />
    </>
  );
}
