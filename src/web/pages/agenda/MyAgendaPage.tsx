import '../../styles/agenda.css';
import { Heading, Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { withQuery } from '../../api/client';
import { useApi } from '../../api/useApi';
import { LoadingMessage } from '../../components/LoadingMessage';
import { PageTitle } from '../../components/PageTitle';
import { ProblemAlert } from '../../components/ProblemAlert';
import { FeedPanel } from './FeedPanel';
import { NoticeList } from './NoticeList';
import { OccurrenceList } from './OccurrenceList';
import { ReminderForm } from './ReminderForm';
import { addDays, todayInNl } from './agendaText';
import type { MyAgenda } from './types';

const DAYS = 28;

/** /agenda — my appointments in all circles, what changed, my reminders, and my calendar link. */
export function MyAgendaPage() {
  const { t } = useTranslation();
  const from = todayInNl();
  const agenda = useApi<MyAgenda>(withQuery('/api/me/agenda', { from, to: addDays(from, DAYS - 1) }));
  const names = new Map((agenda.data?.clients ?? []).map((c) => [c.id, c.name]));

  return (
    <>
      <PageTitle>{t('agendaPage.myTitle')}</PageTitle>
      <Paragraph appearance="lead">{t('agendaPage.myIntro')}</Paragraph>
      <NoticeList />
      <section aria-labelledby="agenda-mine" className="samenspel-section">
        <Heading level={2} id="agenda-mine">
          {t('agendaPage.comingWeeks')}
        </Heading>
        {agenda.error ? <ProblemAlert error={agenda.error} /> : null}
        {!agenda.data ? (
          agenda.error ? null : <LoadingMessage />
        ) : agenda.data.occurrences.length === 0 ? (
          <Paragraph>{t('agendaPage.myEmpty')}</Paragraph>
        ) : (
          <OccurrenceList occurrences={agenda.data.occurrences} level={3} clientName={(o) => (agenda.data!.clients.length > 1 ? (names.get(o.clientId) ?? null) : null)} />
        )}
      </section>
      <ReminderForm />
      <FeedPanel />
    </>
  );
}
