import { Page, PageContent, Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { PageTitle } from '../components/PageTitle';

/** Last resort when a page crashes: plain, without the normal frame (which may be what broke). */
export function ErrorPage() {
  const { t } = useTranslation();
  return (
    <Page>
      <PageContent>
        <main id="main" className="utrecht-page-content__main">
          <PageTitle>{t('errorPage.title')}</PageTitle>
          <Paragraph>{t('errorPage.body')}</Paragraph>
          <Paragraph>
            <a className="utrecht-link utrecht-link--html-a" href="/">
              {t('common.backHome')}
            </a>
          </Paragraph>
        </main>
      </PageContent>
    </Page>
  );
}
