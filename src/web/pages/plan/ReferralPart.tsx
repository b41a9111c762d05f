import { Button, ButtonGroup, Paragraph } from '@utrecht/component-library-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import type { Task } from '../../api/plan-types';
import { AppLink } from '../../components/AppLink';
import { ProblemAlert } from '../../components/ProblemAlert';
import type { ApiError } from '../../api/client';

const OUTCOMES = ['went', 'did-not-go', 'did-not-fit'] as const;

/**
 * An agreement about an offer from the sociale kaart: which offer (a link while it is on the map),
 * suggested or referred, and how it went — three buttons for the client's side, whoever carries it
 * and people who may change the plan.
 */
export function ReferralPart({ clientId, task, canAnswer, onChanged }: { clientId: string; task: Task; canAnswer: boolean; onChanged: (message: string) => void }) {
  const { t } = useTranslation();
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);
  const offer = task.offer;
  if (!offer) return null;
  const record = async (outcome: (typeof OUTCOMES)[number]) => {
    if (busy) return;
    setBusy(true);
    setError(null);
    try {
      await api.post(`/api/clients/${encodeURIComponent(clientId)}/plan/tasks/${encodeURIComponent(task.id)}/referral-outcome`, { outcome, version: task.version });
      onChanged(t('planReferral.saved', { title: offer.title }));
    } catch (e) {
      setError(e as ApiError);
    } finally {
      setBusy(false);
    }
  };
  return (
    <div className="plan-referral">
      <Paragraph>
        {t(`planReferral.kind.${offer.kind}`)}{' '}
        {offer.visible ? <AppLink to={`/sociale-kaart/${encodeURIComponent(offer.id)}`}>{offer.title}</AppLink> : t('planReferral.gone', { title: offer.title })}
        {offer.organisationName ? ` (${offer.organisationName})` : null}
      </Paragraph>
      <Paragraph>{offer.outcome ? t(`planReferral.outcome.${offer.outcome}`) : t('planReferral.noOutcome')}</Paragraph>
      {offer.outcomeNote ? <Paragraph className="samenspel-preserve-lines">{offer.outcomeNote}</Paragraph> : null}
      {error ? <ProblemAlert error={error} /> : null}
      {canAnswer ? (
        <ButtonGroup aria-label={t('planReferral.askLabel', { title: offer.title })}>
          {OUTCOMES.map((o) => (
            <Button key={o} appearance="secondary-action-button" disabled={busy} aria-pressed={offer.outcome === o} onClick={() => void record(o)}>
              {t(`planReferral.button.${o}`)}
            </Button>
          ))}
        </ButtonGroup>
      ) : null}
    </div>
  );
}
