import { Alert, Heading, Paragraph, UnorderedList, UnorderedListItem } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import type { MyCircles } from '../../api/circle-types';
import type { MyTask } from '../../api/plan-types';
import { useApi } from '../../api/useApi';
import { AppLink } from '../../components/AppLink';
import { LoadingMessage } from '../../components/LoadingMessage';
import { PageTitle } from '../../components/PageTitle';
import { ProblemAlert } from '../../components/ProblemAlert';
import { useLocale } from '../../i18n/useLocale';
import { formatCalendarDate } from '../../lib/format';
import '../../styles/naasten.css';
import { BurdenForm } from './BurdenForm';
import { CardForm } from './CardForm';
import { TooMuchForm } from './TooMuchForm';
import type { MyCardView } from './types';

/** The naaste's own page for one circle: their card, the burden check, their tasks and "te veel". */
export function MyCardPage() {
  const { t } = useTranslation();
  const locale = useLocale();
  const { clientId = '' } = useParams();
  const mine = useApi<MyCardView>(`/api/me/naastenkaarten/${encodeURIComponent(clientId)}`);
  const circles = useApi<MyCircles>('/api/me/circles');
  const tasks = useApi<MyTask[]>('/api/me/tasks');
  const name = circles.data?.circles.find((c) => c.clientId === clientId)?.name ?? null;
  const title = name ? t('naasten.mine.titleFor', { name }) : t('naasten.mine.title');
  const data = mine.data;
  const myTasks = (tasks.data ?? []).filter((x) => x.clientId === clientId);

  return (
    <>
      <PageTitle>{title}</PageTitle>
      {mine.error ? <ProblemAlert error={mine.error} /> : null}
      {!data && !mine.error ? <LoadingMessage /> : null}
      {data ? (
        <>
          <Paragraph>{t('naasten.mine.intro')}</Paragraph>
          {data.card === null ? (
            <Alert type="info">
              <Paragraph>{t('naasten.mine.due', { date: formatCalendarDate(data.dueOn, locale) })}</Paragraph>
            </Alert>
          ) : null}
          <section aria-labelledby="my-card-title" className="samenspel-section">
            <Heading level={2} id="my-card-title">
              {t('naasten.mine.cardTitle')}
            </Heading>
            <CardForm id="my-card" url={`/api/me/naastenkaarten/${encodeURIComponent(clientId)}`} card={data.card} ownView onSaved={() => mine.reload()} />
          </section>
          {data.card ? (
            <BurdenForm clientId={clientId} burden={data.burden} onSaved={() => mine.reload()} />
          ) : (
            <Paragraph>{t('naasten.burden.afterCard')}</Paragraph>
          )}
          <TooMuchForm clientId={clientId} open={data.openAlert} onSent={() => mine.reload()} />
          <section aria-labelledby="my-card-tasks" className="samenspel-section">
            <Heading level={2} id="my-card-tasks">
              {t('naasten.mine.tasksTitle')}
            </Heading>
            {myTasks.length === 0 ? (
              <Paragraph>{t('naasten.mine.noTasks')}</Paragraph>
            ) : (
              <UnorderedList>
                {myTasks.slice(0, 5).map((task) => (
                  <UnorderedListItem key={task.id}>{task.title}</UnorderedListItem>
                ))}
              </UnorderedList>
            )}
            <Paragraph>
              <AppLink to="/mijn-taken">{t('naasten.mine.allTasks')}</AppLink>
            </Paragraph>
          </section>
        </>
      ) : null}
    </>
  );
}
