import { Button, ButtonGroup, Heading, Paragraph, UnorderedList, UnorderedListItem } from '@utrecht/component-library-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import type { Erasure, ErasureStatus } from '../../api/avg-types';
import { useApi } from '../../api/useApi';
import { CheckboxGroup } from '../../components/CheckboxGroup';
import { ErrorSummary } from '../../components/ErrorSummary';
import { fieldErrors } from '../../components/formErrors';
import { LoadingMessage } from '../../components/LoadingMessage';
import { ProblemAlert } from '../../components/ProblemAlert';
import { SuccessAlert } from '../../components/SuccessAlert';
import { useFormSubmit } from '../../components/useFormSubmit';
import { useLocale } from '../../i18n/useLocale';
import { formatDate } from '../../lib/format';

const isActive = (e: Erasure | null): e is Erasure => e !== null && (e.status === 'pending' || e.status === 'blocked');

/** Asking to erase everything, with a clear confirmation step; while it waits, its status and a way back. */
export function ErasureSection({ clientId }: { clientId: string }) {
  const { t } = useTranslation();
  const status = useApi<ErasureStatus>(`/api/clients/${encodeURIComponent(clientId)}/erasure`);
  const [message, setMessage] = useState<string | null>(null);

  const changed = (text: string) => {
    setMessage(text);
    status.reload();
  };

  return (
    <section aria-labelledby="avg-erasure-title" className="samenspel-section">
      <Heading level={2} id="avg-erasure-title">
        {t('avg.erasure.title')}
      </Heading>
      {message ? <SuccessAlert focus>{message}</SuccessAlert> : null}
      {status.error ? (
        <ProblemAlert error={status.error} />
      ) : !status.data ? (
        <LoadingMessage />
      ) : isActive(status.data.request) ? (
        <ErasureWaiting clientId={clientId} request={status.data.request} onCancelled={() => changed(t('avg.erasure.cancelled'))} />
      ) : (
        <ErasureRequestForm clientId={clientId} waitDays={status.data.waitDays} onRequested={() => changed(t('avg.erasure.requested'))} />
      )}
    </section>
  );
}

function ErasureRequestForm({ clientId, waitDays, onRequested }: { clientId: string; waitDays: number; onRequested: () => void }) {
  const { t } = useTranslation();
  const [confirmed, setConfirmed] = useState(false);
  const { errors, busy, submit } = useFormSubmit();

  const onSubmit = (event: FormEvent) =>
    submit(
      event,
      () => fieldErrors({ confirm: !confirmed && t('avg.erasure.confirmRequired') }),
      async () => {
        await api.post<Erasure>(`/api/clients/${encodeURIComponent(clientId)}/erasure`, { confirm: true });
        onRequested();
      },
    );

  return (
    <>
      <Paragraph>{t('avg.erasure.intro', { count: waitDays })}</Paragraph>
      <Paragraph>{t('avg.erasure.whatHappens')}</Paragraph>
      <Paragraph>{t('avg.erasure.downloadFirst')}</Paragraph>
      <form noValidate onSubmit={(e) => void onSubmit(e)} className="samenspel-form">
        <ErrorSummary errors={errors} idPrefix="avg-erasure" fields={['confirm']} />
        <CheckboxGroup
          id="avg-erasure-confirm"
          legend={t('avg.erasure.confirmLegend')}
          values={confirmed ? ['yes'] : []}
          onChange={(v) => setConfirmed(v.includes('yes'))}
          options={[{ value: 'yes', label: t('avg.erasure.confirm') }]}
          error={errors.fields.confirm}
        />
        <ButtonGroup>
          <Button type="submit" appearance="secondary-action-button" busy={busy}>
            {t('avg.erasure.submit')}
          </Button>
        </ButtonGroup>
      </form>
    </>
  );
}

function ErasureWaiting({ clientId, request, onCancelled }: { clientId: string; request: Erasure; onCancelled: () => void }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const { errors, busy, submit } = useFormSubmit();

  const onCancel = (event: FormEvent) =>
    submit(
      event,
      () => fieldErrors({}),
      async () => {
        await api.post<Erasure>(`/api/clients/${encodeURIComponent(clientId)}/erasure/${encodeURIComponent(request.id)}/cancel`);
        onCancelled();
      },
    );

  return (
    <>
      <div className="samenspel-avg-erasure-status" role="status">
        <Paragraph>
          {t('avg.erasure.pending', { requestedAt: formatDate(request.requestedAt, locale), executeAfter: formatDate(request.executeAfter, locale) })}
        </Paragraph>
        <Paragraph>{t('avg.erasure.requestedBy', { name: request.requestedByLabel })}</Paragraph>
      </div>
      {request.status === 'blocked' ? (
        <>
          <Paragraph>{t('avg.erasure.blocked')}</Paragraph>
          <UnorderedList>
            {request.blockedReasons.map((r) => (
              <UnorderedListItem key={r.key}>{r[locale]}</UnorderedListItem>
            ))}
          </UnorderedList>
          <Paragraph>{t('avg.erasure.blockedRecheck')}</Paragraph>
        </>
      ) : null}
      <Heading level={3}>{t('avg.erasure.cancelTitle')}</Heading>
      <Paragraph>{t('avg.erasure.cancelIntro')}</Paragraph>
      <form noValidate onSubmit={(e) => void onCancel(e)} className="samenspel-form">
        <ErrorSummary errors={errors} idPrefix="avg-erasure-cancel" fields={[]} />
        <ButtonGroup>
          <Button type="submit" appearance="primary-action-button" busy={busy}>
            {t('avg.erasure.cancel')}
          </Button>
        </ButtonGroup>
      </form>
    </>
  );
}
