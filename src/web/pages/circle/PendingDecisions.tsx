import { Button, ButtonGroup, Heading, Paragraph, UnorderedList, UnorderedListItem } from '@utrecht/component-library-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, api } from '../../api/client';
import type { ChangeOutcome, CircleView, Decision } from '../../api/circle-types';
import { ProblemAlert } from '../../components/ProblemAlert';
import { useLocale } from '../../i18n/useLocale';
import { formatCalendarDate, formatDateTime } from '../../lib/format';
import { cellsSummary, endDateOf, joinNames, partyNames } from './circleText';
import { asCircleView, decisionApi } from './paths';

interface Props {
  view: CircleView;
  /** After a confirmation: the circle as it is now, and a message for the user. */
  onChanged: (view: CircleView | null, message: string) => void;
}

/** Proposals for access that wait for someone's yes, with Goedkeuren / Afwijzen where the viewer may. */
export function PendingDecisions({ view, onChanged }: Props) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="circle-pending" className="samenspel-section">
      <Heading level={2} id="circle-pending">
        {t('circle.pending.title')}
      </Heading>
      <Paragraph>{t('circle.pending.intro')}</Paragraph>
      <ul className="circle-cards">
        {view.pending.map((d) => (
          <li key={d.id} className="circle-card">
            <PendingDecision view={view} decision={d} onChanged={onChanged} />
          </li>
        ))}
      </ul>
    </section>
  );
}

function PendingDecision({ view, decision: d, onChanged }: { view: CircleView; decision: Decision; onChanged: Props['onChanged'] }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const [busy, setBusy] = useState<'confirm' | 'record' | 'reject' | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const headingId = `pending-${d.id}`;
  const waiting = partyNames(d.waitingFor, view, t, locale);
  const iDecide = view.me.decidesAs !== null;

  const act = async (action: 'confirm' | 'record' | 'reject') => {
    if (busy) return;
    setBusy(action);
    setError(null);
    try {
      if (action !== 'reject') {
        // 'record': the client has no account and said yes in a conversation; the professional writes that down.
        const outcome = await api.post<ChangeOutcome>(decisionApi(view.client.id, d.id, 'confirm'), { recordedInPerson: action === 'record' });
        const still = outcome.circle.pending.find((p) => p.id === d.id);
        onChanged(
          outcome.circle,
          outcome.status === 'applied'
            ? t('circle.pending.applied', { member: d.memberLabel })
            : t('circle.pending.stillWaiting', { names: joinNames(partyNames(still?.waitingFor ?? [], outcome.circle, t, locale), locale) }),
        );
      } else {
        await api.post(decisionApi(view.client.id, d.id, 'reject'));
        onChanged(null, iDecide ? t('circle.pending.rejected', { member: d.memberLabel }) : t('circle.pending.withdrawn', { member: d.memberLabel }));
      }
    } catch (e) {
      const current = e instanceof ApiError && e.status === 409 ? asCircleView<CircleView>(e.problem.current) : null;
      if (current) onChanged(current, t('circle.pending.changedMeanwhile'));
      else setError(e instanceof ApiError ? e : null);
    } finally {
      setBusy(null);
    }
  };

  return (
    <article aria-labelledby={headingId}>
      <Heading level={3} id={headingId}>
        {t('circle.pending.for', { member: d.memberLabel })}
      </Heading>
      <Paragraph>{t('circle.pending.proposedBy', { name: d.proposedByLabel, date: formatDateTime(d.proposedAt, locale) })}</Paragraph>
      <Paragraph>
        {t('circle.pending.what', { what: cellsSummary(d.cells, t, locale) })}
        {d.expiresAt ? ` ${t('circle.pending.until', { date: formatCalendarDate(endDateOf(d.expiresAt), locale) })}` : ''}
      </Paragraph>
      {d.note ? <Paragraph>{t('circle.pending.note', { note: d.note })}</Paragraph> : null}
      {d.confirmations.length > 0 ? (
        <UnorderedList>
          {d.confirmations.map((c) => (
            <UnorderedListItem key={`${c.as}-${c.at}`}>{t('circle.pending.confirmedBy', { name: c.label, date: formatDateTime(c.at, locale) })}</UnorderedListItem>
          ))}
        </UnorderedList>
      ) : null}
      {waiting.length > 0 ? (
        <Paragraph>
          <strong>{t('circle.pending.waitingFor', { names: joinNames(waiting, locale) })}</strong>
        </Paragraph>
      ) : null}
      {error ? <ProblemAlert error={error} /> : null}
      {d.canRecordForClient ? <Paragraph>{t('circle.pending.recordHelp', { client: view.client.firstName })}</Paragraph> : null}
      {d.canConfirm || d.canReject || d.canRecordForClient ? (
        <ButtonGroup>
          {d.canRecordForClient ? (
            <Button appearance="primary-action-button" busy={busy === 'record'} aria-describedby={headingId} onClick={() => void act('record')}>
              {t('circle.pending.record', { client: view.client.firstName })}
            </Button>
          ) : null}
          {d.canConfirm ? (
            <Button appearance="primary-action-button" busy={busy === 'confirm'} aria-describedby={headingId} onClick={() => void act('confirm')}>
              {t('circle.pending.confirm')}
            </Button>
          ) : null}
          {d.canReject ? (
            <Button appearance="secondary-action-button" busy={busy === 'reject'} aria-describedby={headingId} onClick={() => void act('reject')}>
              {iDecide ? t('circle.pending.reject') : t('circle.pending.withdraw')}
            </Button>
          ) : null}
        </ButtonGroup>
      ) : null}
    </article>
  );
}
