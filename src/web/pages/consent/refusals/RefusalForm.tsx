import { Button, ButtonGroup, Heading, Paragraph } from '@utrecht/component-library-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../../api/client';
import type { Refusal } from '../../../api/safety-types';
import { ErrorSummary } from '../../../components/ErrorSummary';
import { fieldErrors } from '../../../components/formErrors';
import { TextField } from '../../../components/TextField';
import { useFormSubmit } from '../../../components/useFormSubmit';
import { TextAreaField } from '../../../components/TextAreaField';

const FIELDS = ['personName', 'personEmail', 'relationLabel', 'reason', 'reviewOn'];

interface Props {
  clientId: string;
  reviewOnMin: string;
  reviewOnMax: string;
  onSaved: (message: string) => void;
}

/** Record that the client does not want a person involved now, with a reason and a date to talk again. */
export function RefusalForm({ clientId, reviewOnMin, reviewOnMax, onSaved }: Props) {
  const { t } = useTranslation();
  const [personName, setPersonName] = useState('');
  const [personEmail, setPersonEmail] = useState('');
  const [relationLabel, setRelationLabel] = useState('');
  const [reason, setReason] = useState('');
  const [reviewOn, setReviewOn] = useState('');
  const { errors, busy, submit, clearErrors } = useFormSubmit();

  const onSubmit = (event: FormEvent) =>
    submit(
      event,
      () =>
        fieldErrors({
          personName: !personName.trim() && t('refusals.nameRequired'),
          reason: !reason.trim() && t('refusals.reasonRequired'),
          reviewOn: !reviewOn && t('refusals.dateRequired'),
        }),
      async () => {
        const saved = await api.post<Refusal>(`/api/clients/${encodeURIComponent(clientId)}/refusals`, {
          personName: personName.trim(),
          personEmail: personEmail.trim() || null,
          relationLabel: relationLabel.trim() || null,
          reason: reason.trim(),
          reviewOn,
        });
        clearErrors();
        setPersonName('');
        setPersonEmail('');
        setRelationLabel('');
        setReason('');
        setReviewOn('');
        onSaved(t('refusals.saved', { name: saved.personName }));
      },
    );

  return (
    <section aria-labelledby="refusal-form-title" className="samenspel-section">
      <Heading level={2} id="refusal-form-title">
        {t('refusals.formTitle')}
      </Heading>
      <Paragraph>{t('refusals.formIntro')}</Paragraph>
      <form noValidate onSubmit={(e) => void onSubmit(e)} className="samenspel-form">
        <ErrorSummary errors={errors} idPrefix="refusal" fields={FIELDS} />
        <TextField id="refusal-personName" label={t('refusals.personName')} autoComplete="off" value={personName} onChange={setPersonName} error={errors.fields.personName} required />
        <TextField
          id="refusal-personEmail"
          type="email"
          autoComplete="off"
          label={t('refusals.personEmail')}
          description={t('refusals.personEmailHint')}
          value={personEmail}
          onChange={setPersonEmail}
          error={errors.fields.personEmail}
        />
        <TextField
          id="refusal-relationLabel"
          label={t('refusals.relationLabel')}
          description={t('refusals.relationLabelHint')}
          value={relationLabel}
          onChange={setRelationLabel}
          error={errors.fields.relationLabel}
        />
        <TextAreaField id="refusal-reason" label={t('refusals.reasonLabel')} description={t('refusals.reasonHint')} value={reason} onChange={setReason} error={errors.fields.reason} required />
        <TextField
          id="refusal-reviewOn"
          type="date"
          label={t('refusals.reviewOnLabel')}
          description={t('refusals.reviewOnHint')}
          value={reviewOn}
          onChange={setReviewOn}
          min={reviewOnMin}
          max={reviewOnMax}
          error={errors.fields.reviewOn}
          required
        />
        <ButtonGroup>
          <Button type="submit" appearance="primary-action-button" busy={busy}>
            {t('refusals.submit')}
          </Button>
        </ButtonGroup>
      </form>
    </section>
  );
}
