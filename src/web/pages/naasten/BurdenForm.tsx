import { Button, Heading, Paragraph } from '@utrecht/component-library-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import { ErrorSummary } from '../../components/ErrorSummary';
import { fieldErrors } from '../../components/formErrors';
import { RadioGroup } from '../../components/RadioGroup';
import { SuccessAlert } from '../../components/SuccessAlert';
import { TextAreaField } from '../../components/TextAreaField';
import { useFormSubmit } from '../../components/useFormSubmit';
import { BurdenTrend, Thermometer } from './BurdenPicture';
import type { BurdenView } from './types';

const SCORES = Array.from({ length: 10 }, (_, i) => String(i + 1));

/** The naaste's own thermometer: how heavy is it now, 1 to 10, once a day. */
export function BurdenForm({ clientId, burden, onSaved }: { clientId: string; burden: BurdenView; onSaved: (b: BurdenView) => void }) {
  const { t } = useTranslation();
  const [score, setScore] = useState('');
  const [note, setNote] = useState('');
  const [saved, setSaved] = useState(false);
  const { errors, busy, submit } = useFormSubmit();
  const last = burden.checks.at(-1) ?? null;
  const id = 'burden';
  return (
    <section aria-labelledby="burden-title" className="samenspel-section">
      <Heading level={2} id="burden-title">
        {t('naasten.burden.title')}
      </Heading>
      <Paragraph>{t('naasten.burden.intro')}</Paragraph>
      <div className="naasten-burden">
        <Thermometer score={last?.score ?? null} />
        <BurdenTrend burden={burden} id="burden-trend" />
      </div>
      <form
        noValidate
        className="samenspel-form"
        aria-labelledby="burden-title"
        onSubmit={(e) =>
          void submit(
            e,
            () => fieldErrors({ score: score === '' && t('naasten.burden.chooseScore') }),
            async () => {
              const res = await api.post<BurdenView>(`/api/me/naastenkaarten/${encodeURIComponent(clientId)}/burden`, { score: Number(score), note });
              setSaved(true);
              setScore('');
              setNote('');
              onSaved(res);
            },
          )
        }
      >
        <ErrorSummary errors={errors} idPrefix={id} fields={['score', 'note']} labels={{ score: t('naasten.burden.question'), note: t('naasten.burden.note') }} />
        <RadioGroup
          id={`${id}-score`}
          legend={t('naasten.burden.question')}
          value={score}
          onChange={(v) => {
            setSaved(false);
            setScore(v);
          }}
          options={SCORES.map((s) => ({ value: s, label: t(`naasten.burden.score.${s}`) }))}
          error={errors.fields.score}
        />
        <TextAreaField id={`${id}-note`} label={t('naasten.burden.note')} value={note} onChange={setNote} maxLength={1000} rows={2} error={errors.fields.note} />
        {saved ? <SuccessAlert focus>{t('naasten.burden.saved')}</SuccessAlert> : null}
        <Button type="submit" appearance="primary-action-button" busy={busy}>
          {t('naasten.burden.save')}
        </Button>
      </form>
    </section>
  );
}
