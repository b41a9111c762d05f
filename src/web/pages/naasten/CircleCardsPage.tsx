import { Heading, Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { useApi } from '../../api/useApi';
import { AppLink } from '../../components/AppLink';
import { LoadingMessage } from '../../components/LoadingMessage';
import { PageTitle } from '../../components/PageTitle';
import { ProblemAlert } from '../../components/ProblemAlert';
import { useLocale } from '../../i18n/useLocale';
import { formatCalendarDate } from '../../lib/format';
import '../../styles/naasten.css';
import { circlePagePath } from '../circle/paths';
import { MemberCard } from './MemberCard';
import { StartForm } from './StartForm';
import type { CircleCardsView } from './types';

/** The naastenkaarten of one circle, for whoever the client lets read the network. */
export function CircleCardsPage() {
  const { t } = useTranslation();
  const locale = useLocale();
  const { clientId = '' } = useParams();
  const view = useApi<CircleCardsView>(`/api/clients/${encodeURIComponent(clientId)}/naastenkaarten`);
  const d = view.data;
  return (
    <>
      <PageTitle>{t('naasten.circle.title')}</PageTitle>
      <Paragraph>
        <AppLink to={circlePagePath(clientId)}>{t('naasten.circle.back')}</AppLink>
      </Paragraph>
      {view.error ? <ProblemAlert error={view.error} /> : null}
      {!d && !view.error ? <LoadingMessage /> : null}
      {d ? (
        <>
          <section aria-labelledby="circle-start" className="samenspel-section">
            <Heading level={2} id="circle-start">
              {t('naasten.start.title')}
            </Heading>
            <Paragraph>
              {t(d.admittedOnSet ? 'naasten.start.set' : 'naasten.start.default', { date: formatCalendarDate(d.admittedOn, locale), count: d.deadlineDays })}
            </Paragraph>
            {d.maySetStart ? <StartForm key={d.startVersion} clientId={clientId} admittedOn={d.admittedOn} version={d.startVersion} onSaved={view.reload} /> : null}
          </section>
          {d.members.length === 0 ? <Paragraph>{t('naasten.circle.none')}</Paragraph> : null}
          {d.members.map((m) => (
            <MemberCard key={`${m.linkId}:${m.card?.version ?? 0}`} clientId={clientId} m={m} mayEdit={d.mayEdit} onChanged={view.reload} />
          ))}
        </>
      ) : null}
    </>
  );
}
