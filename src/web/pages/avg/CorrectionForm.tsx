import { Button, ButtonGroup } from '@utrecht/component-library-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import { INFORMATION_CATEGORIES, type Correction, type InformationCategory } from '../../api/avg-types';
import { ErrorSummary } from '../../components/ErrorSummary';
import { fieldErrors } from '../../components/formErrors';
import { SelectField } from '../../components/SelectField';
import { SuccessAlert } from '../../components/SuccessAlert';
import { useFormSubmit } from '../../components/useFormSubmit';
import { TextAreaField } from '../../components/TextAreaField';

const FIELDS = ['category', 'text'];
const MIN = 10;
const MAX = 2000;

/** The client or their decider asks to correct something; the answer shows in the list below. */
export function CorrectionForm({ clientId, onSent }: { clientId: string; onSent: () => void }) {
  const { t } = useTranslation();
  const [category, setCategory] = useState<InformationCategory>('basis');
  const [text, setText] = useState('');
  const [sent, setSent] = useState(false);
  const { errors, busy, submit, clearErrors } = useFormSubmit();

  const onSubmit = (event: FormEvent) =>
    submit(
      event,
      () =>
        fieldErrors({
          text: text.trim().length < MIN ? t('avg.correction.textRequired') : text.trim().length > MAX && t('avg.correction.textTooLong'),
        }),
      async () => {
        setSent(false);
        await api.post<Correction>(`/api/clients/${encodeURIComponent(clientId)}/corrections`, { category, text: text.trim() });
        clearErrors();
        setText('');
        setSent(true);
        onSent();
      },
    );

  return (
    <>
      {sent ? <SuccessAlert focus>{t('avg.correction.sent')}</SuccessAlert> : null}
      <form noValidate onSubmit={(e) => void onSubmit(e)} className="samenspel-form">
        <ErrorSummary errors={errors} idPrefix="avg-correction" fields={FIELDS} />
        <SelectField
          id="avg-correction-category"
          label={t('avg.correction.category')}
          value={category}
          onChange={(v) => setCategory(INFORMATION_CATEGORIES.find((c) => c === v) ?? 'basis')}
          options={INFORMATION_CATEGORIES.map((c) => ({ value: c, label: t(`avg.categories.${c}`) }))}
          error={errors.fields.category}
          required
        />
        <TextAreaField
          id="avg-correction-text"
          label={t('avg.correction.text')}
          description={t('avg.correction.textHint')}
          value={text}
          onChange={setText}
          error={errors.fields.text}
          maxLength={MAX}
          required
        />
        <ButtonGroup>
          <Button type="submit" appearance="primary-action-button" busy={busy}>
            {t('avg.correction.submit')}
          </Button>
        </ButtonGroup>
      </form>
    </>
  );
}
