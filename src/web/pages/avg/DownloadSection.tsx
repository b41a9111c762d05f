import { ButtonLink, Heading, Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { exportUrl } from '../../api/avg-types';

/** Two plain links: the browser downloads the file itself (the server sends it as an attachment). */
export function DownloadSection({ clientId }: { clientId: string }) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="avg-download-title" className="samenspel-section">
      <Heading level={2} id="avg-download-title">
        {t('avg.download.title')}
      </Heading>
      <Paragraph>{t('avg.download.intro')}</Paragraph>
      <ul className="samenspel-avg-downloads">
        <li>
          <ButtonLink appearance="primary-action-button" href={exportUrl(clientId, 'html')} download aria-describedby="avg-download-html-hint">
            {t('avg.download.html')}
          </ButtonLink>
          <Paragraph id="avg-download-html-hint" className="samenspel-avg-downloads__hint">
            {t('avg.download.htmlHint')}
          </Paragraph>
        </li>
        <li>
          <ButtonLink appearance="secondary-action-button" href={exportUrl(clientId, 'json')} download aria-describedby="avg-download-json-hint">
            {t('avg.download.json')}
          </ButtonLink>
          <Paragraph id="avg-download-json-hint" className="samenspel-avg-downloads__hint">
            {t('avg.download.jsonHint')}
          </Paragraph>
        </li>
      </ul>
    </section>
  );
}
