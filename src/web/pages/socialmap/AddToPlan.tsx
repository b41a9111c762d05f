import { Button, ButtonGroup, Heading, Paragraph } from '@utrecht/component-library-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import type { ClientSummary } from '../../api/types';
import type { Offer } from '../../api/socialmap-types';
import { useApi } from '../../api/useApi';
import { AppLink } from '../../components/AppLink';
import { ErrorSummary } from '../../components/ErrorSummary';
import { fieldErrors } from '../../components/formErrors';
import { RadioGroup } from '../../components/RadioGroup';
import { SelectField } from '../../components/SelectField';
import { SuccessAlert } from '../../components/SuccessAlert';
import { useFormSubmit } from '../../components/useFormSubmit';

const FIELDS = ['clientId', 'kind'];

/**
 * "Zet in een plan": a professional puts this offer in one of their clients' plans, as a suggestion or
 * as a referral made. The plan's consent rules decide whether it may; the client carries it at first.
 */
export function AddToPlan({ offer }: { offer: Offer }) {
  const { t } = useTranslation();
  const clients = useApi<ClientSummary[]>('/api/clients');
  const [clientId, setClientId] = useState('');
  const [kind, setKind] = useState('');
  const [added, setAdded] = useState<{ clientId: string; name: string } | null>(null);
  const { errors, busy, submit, clearErrors } = useFormSubmit();
  const list = clients.data ?? [];
  if (clients.data && list.length === 0) return null;

  const onSubmit = (event: FormEvent) =>
    submit(
      event,
      () => fieldErrors({ clientId: !clientId && t('socialMapPlan.clientRequired'), kind: !kind && t('socialMapPlan.kindRequired') }),
      async () => {
        await api.post(`/api/clients/${encodeURIComponent(clientId)}/plan/tasks`, { title: offer.title, assignee: { kind: 'client' }, offer: { id: offer.id, kind } });
        const c = list.find((x) => x.id === clientId);
        clearErrors();
        setAdded({ clientId, name: c ? `${c.firstName} ${c.lastName}` : '' });
        setClientId('');
        setKind('');
      },
    );

  return (
    <section aria-labelledby="socialmap-to-plan" className="samenspel-section">
      <Heading level={2} id="socialmap-to-plan">
        {t('socialMapPlan.title')}
      </Heading>
      <Paragraph>{t('socialMapPlan.intro')}</Paragraph>
      {added ? (
        <>
          <SuccessAlert focus>{t('socialMapPlan.added', { name: added.name })}</SuccessAlert>
          <Paragraph>
            <AppLink to={`/clienten/${encodeURIComponent(added.clientId)}/plan`}>{t('socialMapPlan.toPlan', { name: added.name })}</AppLink>
          </Paragraph>
        </>
      ) : null}
      <form noValidate onSubmit={(e) => void onSubmit(e)} className="samenspel-form">
        <ErrorSummary errors={errors} idPrefix="to-plan" fields={FIELDS} />
        <SelectField
          id="to-plan-clientId"
          label={t('socialMapPlan.client')}
          value={clientId}
          onChange={setClientId}
          options={[{ value: '', label: t('socialMapPlan.chooseClient') }, ...list.map((c) => ({ value: c.id, label: `${c.firstName} ${c.lastName}` }))]}
          error={errors.fields.clientId}
        />
        <RadioGroup
          id="to-plan-kind"
          legend={t('socialMapPlan.kind')}
          value={kind}
          onChange={setKind}
          options={[
            { value: 'suggestion', label: t('socialMapPlan.kinds.suggestion') },
            { value: 'referral', label: t('socialMapPlan.kinds.referral') },
          ]}
          error={errors.fields.kind}
        />
        <ButtonGroup>
          <Button type="submit" appearance="primary-action-button" disabled={busy}>
            {t('socialMapPlan.submit')}
          </Button>
        </ButtonGroup>
      </form>
    </section>
  );
}

interface OutcomeCounts {
  counts: { went: number; 'did-not-go': number; 'did-not-fit': number } | null;
  minimum: number;
}

/** How referrals turned out, as numbers with a small bar each; nothing below the minimum count. */
export function OutcomeFigures({ offerId }: { offerId: string }) {
  const { t } = useTranslation();
  const data = useApi<OutcomeCounts>(`/api/social-map/offers/${encodeURIComponent(offerId)}/outcomes`).data;
  if (!data) return null;
  const counts = data.counts;
  const total = counts ? counts.went + counts['did-not-go'] + counts['did-not-fit'] : 0;
  return (
    <section aria-labelledby="socialmap-outcomes" className="samenspel-section">
      <Heading level={2} id="socialmap-outcomes">
        {t('socialMapPlan.outcomesTitle')}
      </Heading>
      {!counts ? (
        <Paragraph>{t('socialMapPlan.outcomesTooFew', { minimum: data.minimum })}</Paragraph>
      ) : (
        <ul className="socialmap-outcomes">
          {(['went', 'did-not-go', 'did-not-fit'] as const).map((k) => (
            <li key={k} className="socialmap-outcomes__row">
              <span>{t(`socialMapPlan.outcomes.${k}`, { count: counts[k] })}</span>
              <svg aria-hidden="true" viewBox="0 0 100 8" className="socialmap-outcomes__bar" preserveAspectRatio="none">
                <rect width="100" height="8" className="socialmap-outcomes__track" />
                <rect width={(100 * counts[k]) / total} height="8" className={`socialmap-outcomes__fill socialmap-outcomes__fill--${k}`} />
              </svg>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
