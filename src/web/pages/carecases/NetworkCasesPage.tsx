import '../../styles/carecases.css';
import { Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { useApi } from '../../api/useApi';
import { AppLink } from '../../components/AppLink';
import { LoadingMessage } from '../../components/LoadingMessage';
import { PageTitle } from '../../components/PageTitle';
import { ProblemAlert } from '../../components/ProblemAlert';
import { useLocale } from '../../i18n/useLocale';
import { formatDateTime } from '../../lib/format';
import { ModeBadge } from './ModeChoice';
import { casePath, registerPath, type CaseListItem } from './types';

/** /zorgnetwerken/:networkId/casussen — the cases of one network as a member sees them: labels only, never who. */
export function NetworkCasesPage() {
  const { t } = useTranslation();
  const locale = useLocale();
  const { networkId = '' } = useParams();
  const res = useApi<CaseListItem[]>(`/api/care-networks/${encodeURIComponent(networkId)}/cases`);
  return (
    <>
      <PageTitle>{t('careCases.list.title')}</PageTitle>
      <Paragraph>
        <AppLink to={registerPath(networkId)}>{t('careCases.list.register')}</AppLink>
        {' · '}
        <AppLink to={`/zorgnetwerken/${networkId}`}>{t('careCases.register.back')}</AppLink>
      </Paragraph>
      {res.error ? (
        <ProblemAlert error={res.error} />
      ) : !res.data ? (
        <LoadingMessage />
      ) : res.data.length === 0 ? (
        <Paragraph>{t('careCases.list.none')}</Paragraph>
      ) : (
        <ul className="carecases-list">
          {res.data.map((c) => (
            <li key={c.id}>
              <Paragraph>
                <AppLink to={casePath(c.id)}>{c.label}</AppLink>
              </Paragraph>
              <Paragraph>
                <ModeBadge mode={c.mode} /> {t(`careCases.status.${c.status}`)}
                {c.consentWithdrawn ? ` · ${t('careCases.page.withdrawnShort')}` : ''}
                {c.nextMeeting ? ` · ${t('careCases.list.next', { date: formatDateTime(c.nextMeeting, locale) })}` : ''}
              </Paragraph>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
