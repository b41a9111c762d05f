import { Button, ButtonGroup, Heading, Paragraph, UnorderedList, UnorderedListItem } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { LIFE_DOMAINS, type PlanView, type Task } from '../../api/plan-types';
import { useApi } from '../../api/useApi';
import { LoadingMessage } from '../../components/LoadingMessage';
import { PageTitle } from '../../components/PageTitle';
import { ProblemAlert } from '../../components/ProblemAlert';
import { useLocale } from '../../i18n/useLocale';
import { formatCalendarDate, formatDate } from '../../lib/format';
import '../../styles/continuity.css';
import { ContinuityNav } from './ContinuityNav';
import { CrisisPlanView } from './CrisisPlanView';
import { Icon } from './Pictogram';
import { RoleList } from './RoleList';
import type { ContinuityPageData, CrisisPlanPageData } from './types';

/** Agreements that still say something about now; stopped and declined ones stay in the app. */
const SHOWN: readonly Task['status'][] = ['open', 'asked', 'accepted', 'returned', 'done'];

/**
 * /clienten/:id/plan/document — the whole plan as one readable page in B1 Dutch, to print or save
 * as PDF (the browser's print dialog): goals per life domain, agreements (who, what, how often,
 * until when, cost), the regisseur, the crisis plan and who takes over when.
 */
export function PlanDocumentPage() {
  const { t } = useTranslation();
  const locale = useLocale();
  const { id = '' } = useParams();
  const base = `/api/clients/${encodeURIComponent(id)}`;
  const plan = useApi<PlanView>(`${base}/plan`);
  const crisis = useApi<CrisisPlanPageData>(`${base}/crisis-plan`);
  const continuity = useApi<ContinuityPageData>(`${base}/continuity`);
  const error = plan.error ?? crisis.error ?? continuity.error;
  const p = plan.data;
  const money = (cents: number) => new Intl.NumberFormat(locale === 'en' ? 'en-GB' : 'nl-NL', { style: 'currency', currency: 'EUR' }).format(cents / 100);
  const who = (task: Task) => task.assignee.label ?? (task.assignee.kind === 'open' ? t('continuity.document.nobodyYet') : t('continuity.document.client'));

  return (
    <article className="samenspel-continuity-document">
      <PageTitle>{p ? t('continuity.document.titleFor', { name: p.clientName }) : t('continuity.document.title')}</PageTitle>
      <ButtonGroup className="samenspel-continuity-noprint">
        <Button type="button" appearance="primary-action-button" onClick={() => window.print()}>
          <Icon name="print" size={20} /> {t('continuity.document.print')}
        </Button>
      </ButtonGroup>
      {error ? <ProblemAlert error={error} /> : null}
      {p ? (
        <>
          <Paragraph>{t('continuity.document.madeOn', { date: formatDate(new Date().toISOString(), locale) })}</Paragraph>
          {p.status === 'closed' ? <Paragraph>{t('continuity.document.closed')}</Paragraph> : null}
          <section aria-labelledby="doc-regisseur" className="samenspel-continuity-doc-section">
            <Heading level={2} id="doc-regisseur">
              {t('continuity.document.regisseurTitle')}
            </Heading>
            <Paragraph>{p.regisseur ? t('continuity.document.regisseur', { name: p.regisseur.label }) : t('continuity.document.noRegisseur')}</Paragraph>
          </section>

          <section aria-labelledby="doc-goals" className="samenspel-continuity-doc-section">
            <Heading level={2} id="doc-goals">
              {t('continuity.document.goalsTitle')}
            </Heading>
            {p.goals.length === 0 ? <Paragraph>{t('continuity.document.noGoals')}</Paragraph> : null}
            {LIFE_DOMAINS.filter((d) => p.goals.some((g) => g.domain === d)).map((d) => (
              <div key={d} className="samenspel-continuity-doc-domain">
                <Heading level={3}>{t(`continuity.domains.${d}`)}</Heading>
                <UnorderedList>
                  {p.goals
                    .filter((g) => g.domain === d)
                    .map((g) => (
                      <UnorderedListItem key={g.id}>
                        <strong>{g.ownWords}</strong>
                        {g.success ? (
                          <>
                            <br />
                            {t('continuity.document.success', { text: g.success })}
                          </>
                        ) : null}
                        {g.scoreNow !== null || g.scoreTarget !== null ? (
                          <>
                            <br />
                            {t('continuity.document.score', { now: g.scoreNow ?? '?', target: g.scoreTarget ?? '?' })}
                          </>
                        ) : null}
                        {g.status !== 'active' ? ` (${t(`continuity.document.goalStatus.${g.status}`)})` : null}
                      </UnorderedListItem>
                    ))}
                </UnorderedList>
              </div>
            ))}
          </section>

          <section aria-labelledby="doc-tasks" className="samenspel-continuity-doc-section">
            <Heading level={2} id="doc-tasks">
              {t('continuity.document.tasksTitle')}
            </Heading>
            {p.tasks.filter((task) => SHOWN.includes(task.status)).length === 0 ? <Paragraph>{t('continuity.document.noTasks')}</Paragraph> : null}
            <UnorderedList>
              {p.tasks
                .filter((task) => SHOWN.includes(task.status))
                .map((task) => (
                  <UnorderedListItem key={task.id}>
                    <strong>{t('continuity.document.whoDoes', { who: who(task), what: task.title })}</strong>
                    {task.status === 'done' ? ` (${t('continuity.document.done')})` : task.status === 'asked' ? ` (${t('continuity.document.asked')})` : null}
                    {task.frequency ? (
                      <>
                        <br />
                        {t('continuity.document.howOften', { text: task.frequency })}
                      </>
                    ) : null}
                    {task.untilOn || task.dueOn ? (
                      <>
                        <br />
                        {t('continuity.document.until', { date: formatCalendarDate((task.untilOn ?? task.dueOn)!, locale) })}
                      </>
                    ) : null}
                    {task.location ? (
                      <>
                        <br />
                        {t('continuity.document.where', { text: task.location })}
                      </>
                    ) : null}
                    {task.costCents !== null || task.payer ? (
                      <>
                        <br />
                        {t('continuity.document.cost', {
                          amount: task.costCents !== null ? money(task.costCents) : t('continuity.document.unknownAmount'),
                          payer: task.payer ? t(`continuity.payers.${task.payer}`) : t('continuity.document.unknownPayer'),
                        })}
                      </>
                    ) : null}
                  </UnorderedListItem>
                ))}
            </UnorderedList>
          </section>

          <section aria-labelledby="doc-crisis" className="samenspel-continuity-doc-section">
            <Heading level={2} id="doc-crisis">
              {t('continuity.document.crisisTitle')}
            </Heading>
            {crisis.data?.crisisPlan ? <CrisisPlanView plan={crisis.data.crisisPlan} level={3} /> : <Paragraph>{t('continuity.crisis.none')}</Paragraph>}
          </section>

          <section aria-labelledby="doc-continuity" className="samenspel-continuity-doc-section">
            <Heading level={2} id="doc-continuity">
              {t('continuity.roles.title')}
            </Heading>
            {continuity.data ? <RoleList clientId={id} roles={continuity.data.roles} canEdit={false} onChanged={() => undefined} /> : null}
            {continuity.data?.plan.status === 'closed' && continuity.data.plan.closingSummary ? (
              <>
                <Heading level={3}>{t('continuity.document.closingSummary')}</Heading>
                <Paragraph className="samenspel-preserve-lines">{continuity.data.plan.closingSummary}</Paragraph>
              </>
            ) : null}
          </section>
        </>
      ) : !error ? (
        <LoadingMessage />
      ) : null}
      <ContinuityNav clientId={id} current="document" />
    </article>
  );
}
