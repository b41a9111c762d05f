import { Button, ButtonGroup, DataList, Heading, Paragraph } from '@utrecht/component-library-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../../api/client';
import type { Refusal } from '../../../api/safety-types';
import { ConflictAlert } from '../../../components/ConflictAlert';
import { DataRow } from '../../../components/DataRow';
import { ErrorSummary } from '../../../components/ErrorSummary';
import { fieldErrors, NO_ERRORS } from '../../../components/formErrors';
import { TextField } from '../../../components/TextField';
import { useFormSubmit } from '../../../components/useFormSubmit';
import { useLocale } from '../../../i18n/useLocale';
import { formatCalendarDate, formatDate } from '../../../lib/format';

interface Props {
  clientId: string;
  refusal: Refusal;
  canReview: boolean;
  canEnd: boolean;
  reviewOnMin: string;
  reviewOnMax: string;
  /** Called after a change or a 409, with a message to confirm (or null): the page loads the list again. */
  onChanged: (message: string | null) => void;
}

const isRefusal = (v: unknown): v is Refusal => typeof v === 'object' && v !== null && 'id' in v && 'version' in v;

/** One refusal: who, why, when to talk again; "besproken, blijft zo" and "intrekken" where allowed. */
export function RefusalCard({ clientId, refusal: r, canReview, canEnd, reviewOnMin, reviewOnMax, onChanged }: Props) {
  const { t } = useTranslation();
  const locale = useLocale();
  const prefix = `refusal-${r.id}`;
  const [reviewOn, setReviewOn] = useState('');
  const [confirming, setConfirming] = useState(false);
  const conflict = { parse: (c: unknown) => (isRefusal(c) ? c : null), load: () => onChanged(null) };
  const review = useFormSubmit<Refusal>({ conflict });
  const end = useFormSubmit<Refusal>({ conflict });
  const path = `/api/clients/${encodeURIComponent(clientId)}/refusals/${encodeURIComponent(r.id)}`;
  const who = r.relationLabel ? `${r.personName} (${r.relationLabel})` : r.personName;

  const onReview = (event: FormEvent) =>
    review.submit(
      event,
      () => fieldErrors({ reviewOn: !reviewOn && t('refusals.dateRequired') }),
      async () => {
        const saved = await api.post<Refusal>(`${path}/reviewed`, { version: r.version, reviewOn });
        review.clearErrors();
        setReviewOn('');
        onChanged(t('refusals.reviewed', { date: formatCalendarDate(saved.reviewOn, locale) }));
      },
    );

  const onEnd = (event: FormEvent) =>
    end.submit(
      event,
      () => NO_ERRORS,
      async () => {
        await api.post<Refusal>(`${path}/end`, { version: r.version });
        setConfirming(false);
        onChanged(t('refusals.ended', { name: r.personName }));
      },
    );

  return (
    <article className={`samenspel-card${r.active ? '' : ' samenspel-card--ended'}`} aria-labelledby={`${prefix}-title`}>
      <Heading level={3} id={`${prefix}-title`}>
        {who}
        {r.reviewDue ? <span className="samenspel-badge">{t('refusals.reviewDue')}</span> : null}
      </Heading>
      <DataList className="samenspel-datalist">
        <DataRow label={t('refusals.reason')} multiline>
          <span className="samenspel-preserve-lines">{r.reason}</span>
        </DataRow>
        {r.personEmail ? <DataRow label={t('refusals.email')}>{r.personEmail}</DataRow> : null}
        <DataRow label={t('refusals.recordedBy')}>{r.recordedByLabel}</DataRow>
        <DataRow label={t('refusals.recordedOn')}>{formatDate(r.createdAt, locale)}</DataRow>
        {r.active ? <DataRow label={t('refusals.reviewOn')}>{formatCalendarDate(r.reviewOn, locale)}</DataRow> : null}
        {r.reviewedAt ? <DataRow label={t('refusals.reviewedAt')}>{formatDate(r.reviewedAt, locale)}</DataRow> : null}
        {r.endedAt ? <DataRow label={t('refusals.endedAt')}>{formatDate(r.endedAt, locale)}</DataRow> : null}
        {r.endedByLabel ? <DataRow label={t('refusals.endedBy')}>{r.endedByLabel}</DataRow> : null}
      </DataList>
      {r.active && canReview ? (
        <form noValidate onSubmit={(e) => void onReview(e)} className="samenspel-inline-form" aria-labelledby={`${prefix}-review-legend`}>
          {review.conflict ? <ConflictAlert /> : null}
          <ErrorSummary errors={review.errors} idPrefix={`${prefix}-review`} fields={['reviewOn']} />
          <Heading level={4} id={`${prefix}-review-legend`}>
            {t('refusals.reviewLegend')}
          </Heading>
          <Paragraph>{t('refusals.reviewHint')}</Paragraph>
          <TextField
            id={`${prefix}-review-reviewOn`}
            type="date"
            label={t('refusals.newReviewOn')}
            value={reviewOn}
            onChange={setReviewOn}
            min={reviewOnMin}
            max={reviewOnMax}
            error={review.errors.fields.reviewOn}
            required
          />
          <ButtonGroup>
            <Button type="submit" appearance="secondary-action-button" busy={review.busy}>
              {t('refusals.reviewSubmit')}
            </Button>
          </ButtonGroup>
        </form>
      ) : null}
      {r.active && canEnd ? (
        <form noValidate onSubmit={(e) => void onEnd(e)} className="samenspel-inline-form">
          {end.conflict ? <ConflictAlert /> : null}
          <ErrorSummary errors={end.errors} idPrefix={`${prefix}-end`} fields={[]} />
          {confirming ? (
            <>
              <Paragraph>{t('refusals.endConfirm', { name: r.personName })}</Paragraph>
              <ButtonGroup>
                <Button type="submit" appearance="primary-action-button" busy={end.busy}>
                  {t('refusals.endYes')}
                </Button>
                <Button type="button" appearance="secondary-action-button" onClick={() => setConfirming(false)}>
                  {t('refusals.endNo')}
                </Button>
              </ButtonGroup>
            </>
          ) : (
            <ButtonGroup>
              <Button type="button" appearance="secondary-action-button" onClick={() => setConfirming(true)}>
                {t('refusals.end')}
              </Button>
            </ButtonGroup>
          )}
        </form>
      ) : null}
    </article>
  );
}
