import { Heading, Paragraph, UnorderedList, UnorderedListItem } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import type { Correction } from '../../api/avg-types';
import type { ClientDetail } from '../../api/types';
import { useApi } from '../../api/useApi';
import { AppLink } from '../../components/AppLink';
import { LoadingMessage } from '../../components/LoadingMessage';
import { PageTitle } from '../../components/PageTitle';
import { ProblemAlert } from '../../components/ProblemAlert';
import '../../styles/avg.css';
import { CorrectionForm } from './CorrectionForm';
import { CorrectionList } from './CorrectionList';
import { DownloadSection } from './DownloadSection';
import { ErasureSection } from './ErasureSection';

/** Relations that can hold the client's AVG rights; the API decides whether this one does today. */
const SPEAKS_FOR_CLIENT = ['self', 'vertegenwoordiger'];

/** "Mijn gegevens": the client's AVG rights in one place — download, correction, erasure. */
export function MyDataPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const client = useApi<ClientDetail>(`/api/clients/${encodeURIComponent(id)}`);
  const c = client.data;
  const name = c ? `${c.firstName} ${c.lastName}` : '';
  const own = c?.relation === 'self';
  const title = !c ? t('avg.myData.loadingTitle') : own ? t('avg.myData.titleOwn') : t('avg.myData.titleOther', { name });

  return (
    <>
      <PageTitle>{title}</PageTitle>
      {client.error ? (
        <ProblemAlert error={client.error} />
      ) : !c ? (
        <LoadingMessage />
      ) : !SPEAKS_FOR_CLIENT.includes(c.relation) ? (
        <Paragraph>{t('avg.myData.notForYou')}</Paragraph>
      ) : (
        <>
          <Paragraph>{own ? t('avg.myData.introOwn') : t('avg.myData.introOther', { name: c.firstName })}</Paragraph>
          <UnorderedList>
            <UnorderedListItem>{t('avg.myData.rightDownload')}</UnorderedListItem>
            <UnorderedListItem>{t('avg.myData.rightCorrect')}</UnorderedListItem>
            <UnorderedListItem>{t('avg.myData.rightErase')}</UnorderedListItem>
          </UnorderedList>
          <DownloadSection clientId={c.id} />
          <CorrectionSection clientId={c.id} />
          <ErasureSection clientId={c.id} />
        </>
      )}
      <Paragraph>
        {c ? <AppLink to={`/clienten/${encodeURIComponent(c.id)}`}>{t('avg.myData.backToClient', { name })}</AppLink> : <AppLink to="/">{t('common.backHome')}</AppLink>}
      </Paragraph>
    </>
  );
}

function CorrectionSection({ clientId }: { clientId: string }) {
  const { t } = useTranslation();
  const corrections = useApi<Correction[]>(`/api/clients/${encodeURIComponent(clientId)}/corrections`);
  return (
    <section aria-labelledby="avg-correction-title" className="samenspel-section">
      <Heading level={2} id="avg-correction-title">
        {t('avg.correction.title')}
      </Heading>
      <Paragraph>{t('avg.correction.intro')}</Paragraph>
      <CorrectionForm clientId={clientId} onSent={corrections.reload} />
      <Heading level={3} id="avg-correction-list-title">
        {t('avg.correction.listTitle')}
      </Heading>
      {corrections.error ? (
        <ProblemAlert error={corrections.error} />
      ) : corrections.data ? (
        <CorrectionList corrections={corrections.data} labelledBy="avg-correction-list-title" />
      ) : (
        <LoadingMessage />
      )}
    </section>
  );
}
