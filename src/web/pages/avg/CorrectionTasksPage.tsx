import { DataList, Heading, Paragraph } from '@utrecht/component-library-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CorrectionTask } from '../../api/avg-types';
import { useApi } from '../../api/useApi';
import { AppLink } from '../../components/AppLink';
import { DataRow } from '../../components/DataRow';
import { LoadingMessage } from '../../components/LoadingMessage';
import { PageTitle } from '../../components/PageTitle';
import { ProblemAlert } from '../../components/ProblemAlert';
import { SuccessAlert } from '../../components/SuccessAlert';
import { useLocale } from '../../i18n/useLocale';
import { formatDate } from '../../lib/format';
import { PROFESSIONAL_ROLES, hasRole } from '../../session/roles';
import { useUser } from '../../session/useSession';
import '../../styles/avg.css';
import { NoAccessPage } from '../NoAccessPage';
import { ResolveForm } from './ResolveForm';

/** For professionals: open requests for correction in their circles, each with a form to answer it. */
export function CorrectionTasksPage() {
  return hasRole(useUser(), ...PROFESSIONAL_ROLES) ? <CorrectionTasks /> : <NoAccessPage />;
}

function CorrectionTasks() {
  const { t } = useTranslation();
  const tasks = useApi<CorrectionTask[]>('/api/me/correction-tasks');
  const [message, setMessage] = useState<string | null>(null);

  const resolved = () => {
    setMessage(t('avg.tasks.resolved'));
    tasks.reload();
  };

  return (
    <>
      <PageTitle>{t('avg.tasks.title')}</PageTitle>
      <Paragraph>{t('avg.tasks.intro')}</Paragraph>
      {message ? <SuccessAlert focus>{message}</SuccessAlert> : null}
      {tasks.error ? (
        <ProblemAlert error={tasks.error} />
      ) : !tasks.data ? (
        <LoadingMessage />
      ) : (
        <>
          <div role="status">
            <Paragraph>{tasks.data.length === 0 ? t('avg.tasks.none') : t('avg.tasks.count', { count: tasks.data.length })}</Paragraph>
          </div>
          {tasks.data.map((task) => (
            <TaskItem key={task.id} task={task} onResolved={resolved} />
          ))}
        </>
      )}
      <Paragraph>
        <AppLink to="/">{t('common.backHome')}</AppLink>
      </Paragraph>
    </>
  );
}

function TaskItem({ task, onResolved }: { task: CorrectionTask; onResolved: () => void }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const headingId = `avg-task-${task.id}`;
  return (
    <article aria-labelledby={headingId} className="samenspel-avg-task">
      <Heading level={2} id={headingId}>
        {t('avg.tasks.itemTitle', { name: task.clientName, category: t(`avg.categories.${task.category}`) })}
      </Heading>
      <DataList className="samenspel-datalist">
        <DataRow label={t('avg.tasks.askedBy')}>{task.requestedByLabel}</DataRow>
        <DataRow label={t('avg.tasks.askedOn')}>{formatDate(task.createdAt, locale)}</DataRow>
        <DataRow label={t('avg.tasks.assigned')}>{task.assignedToMe ? t('avg.tasks.assignedToMe') : t('avg.tasks.assignedToAll')}</DataRow>
        <DataRow label={t('avg.tasks.question')} multiline>
          <span className="samenspel-avg-text">{task.text}</span>
        </DataRow>
      </DataList>
      <Paragraph>
        <AppLink to={`/clienten/${encodeURIComponent(task.clientId)}`}>{t('avg.tasks.openClient', { name: task.clientName })}</AppLink>
      </Paragraph>
      <ResolveForm task={task} onResolved={onResolved} />
    </article>
  );
}
