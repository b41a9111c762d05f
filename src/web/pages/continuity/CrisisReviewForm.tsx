import { Button, ButtonGroup, Heading, Paragraph } from '@utrecht/component-library-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import { ConflictAlert } from '../../components/ConflictAlert';
import { ErrorSummary } from '../../components/ErrorSummary';
import { fieldErrors } from '../../components/formErrors';
import { TextField } from '../../components/TextField';
import { useFormSubmit } from '../../components/useFormSubmit';
import { useLocale } from '../../i18n/useLocale';
import { formatCalendarDate } from '../../lib/format';
import type { CrisisPlan } from './types';

interface Props {
  clientId: string;
  plan: CrisisPlan;
  min: string;
  max: string;
  /** After saving or a 409: the page loads the plan again. */
  onChanged: (message: string | null) => void;
}

/** "Samen nagekeken, klopt nog": marks the plan as looked at today, with the next date. */
export function CrisisReviewForm({ clientId, plan, min, max, onChanged }: Props) {
  const { t } = useTranslation();
  const locale = useLocale();
  const [reviewOn, setReviewOn] = useState('');
  const { errors, busy, conflict, submit, clearErrors } = useFormSubmit<CrisisPlan>({
    conflict: { parse: (c) => (typeof c === 'object' && c !== null && 'version' in c ? (c as CrisisPlan) : null), load: () => onChanged(null) },
  });
  const onSubmit = (event: FormEvent) =>
    submit(
      event,
      () => fieldErrors({ reviewOn: !reviewOn && t('continuity.crisis.reviewOnRequired') }),
      async () => {
        const saved = await api.post<CrisisPlan>(`/api/clients/${encodeURIComponent(clientId)}/crisis-plan/reviewed`, { version: plan.version, reviewOn });
        clearErrors();
        setReviewOn('');
        onChanged(t('continuity.crisis.reviewedSaved', { date: formatCalendarDate(saved.reviewOn, locale) }));
      },
    );
  return (
    <section aria-labelledby="crisis-review-title" className="samenspel-section samenspel-continuity-noprint">
      <Heading level={2} id="crisis-review-title">
        {t('continuity.crisis.reviewTitle')}
      </Heading>
      <Paragraph>{t('continuity.crisis.reviewIntro')}</Paragraph>
      <form noValidate onSubmit={(e) => void onSubmit(e)} className="samenspel-continuity-inline-form">
        {conflict ? <ConflictAlert /> : null}
        <ErrorSummary errors={errors} idPrefix="crisis-review" fields={['reviewOn']} />
        <TextField
          id="crisis-review-reviewOn"
          type="date"
          label={t('continuity.crisis.nextReviewOn')}
          value={reviewOn}
          onChange={setReviewOn}
          min={min}
          max={max}
          error={errors.fields.reviewOn}
          required
        />
        <ButtonGroup>
          <Button type="submit" appearance="secondary-action-button" busy={busy}>
            {t('continuity.crisis.reviewSubmit')}
          </Button>
        </ButtonGroup>
      </form>
    </section>
  );
}
