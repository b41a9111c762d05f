import '../../styles/plan.css';
import { Heading, Paragraph } from '@utrecht/component-library-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MyTask } from '../../api/plan-types';
import { useApi } from '../../api/useApi';
import { AppLink } from '../../components/AppLink';
import { LoadingMessage } from '../../components/LoadingMessage';
import { PageTitle } from '../../components/PageTitle';
import { ProblemAlert } from '../../components/ProblemAlert';
import { SuccessAlert } from '../../components/SuccessAlert';
import { myTasksApi, planPagePath } from './paths';
import { TaskCard } from './TaskCard';

type Group = 'asked' | 'carrying' | 'returned';

const groupOf = (task: MyTask): Group | null => {
  if (task.status === 'returned') return 'returned';
  if (task.mine && task.status === 'asked') return 'asked';
  if (task.mine && task.status === 'accepted') return 'carrying';
  return null;
};

/**
 * /mijn-taken — across all circles: what is asked of me (say yes or no, no reason needed), what I
 * do, and for a regisseur the agreements that came back because someone can no longer do them.
 */
export function MyTasksPage() {
  const { t } = useTranslation();
  const tasks = useApi<MyTask[]>(myTasksApi);
  const [message, setMessage] = useState<string | null>(null);
  const changed = (text: string) => {
    setMessage(text);
    tasks.reload();
  };
  const list = tasks.data ?? [];
  const groups: Group[] = ['asked', 'carrying', 'returned'];
  const inGroup = (g: Group) => list.filter((x) => groupOf(x) === g);

  return (
    <>
      <PageTitle>{t('myTasks.title')}</PageTitle>
      <Paragraph lead>{t('myTasks.intro')}</Paragraph>
      {message ? <SuccessAlert focus>{message}</SuccessAlert> : null}
      {tasks.error ? (
        <ProblemAlert error={tasks.error} />
      ) : !tasks.data ? (
        <LoadingMessage />
      ) : (
        groups.map((g) => {
          const items = inGroup(g);
          if (g === 'returned' && items.length === 0) return null;
          return (
            <section key={g} aria-labelledby={`my-tasks-${g}`} className="samenspel-section">
              <Heading level={2} id={`my-tasks-${g}`}>
                {t(`myTasks.${g}.title`, { count: items.length })}
              </Heading>
              {g === 'returned' ? <Paragraph>{t('myTasks.returned.intro')}</Paragraph> : null}
              {items.length === 0 ? (
                <Paragraph>{t(`myTasks.${g}.empty`)}</Paragraph>
              ) : (
                <ul className="plan-list">
                  {items.map((task) => (
                    <li key={task.id}>
                      <Paragraph className="plan-task__for">{task.mine && task.assignee.kind === 'client' ? t('myTasks.forYourself') : t('myTasks.for', { name: task.clientName })}</Paragraph>
                      <TaskCard clientId={task.clientId} clientName={task.clientName} task={task} canEdit={false} onChanged={changed}>
                        <Paragraph>
                          <AppLink to={`${planPagePath(task.clientId)}#afspraken`}>{task.mine && task.assignee.kind === 'client' ? t('myTasks.toOwnPlan') : t('myTasks.toPlan', { name: task.clientName })}</AppLink>
                        </Paragraph>
                      </TaskCard>
                    </li>
                  ))}
                </ul>
              )}
            </section>
          );
        })
      )}
    </>
  );
}
