import { Fieldset, FieldsetLegend, FormFieldErrorMessage } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';

interface Props {
  id: string;
  legend: string;
  /** 1–10, or null for "niet besproken". */
  value: number | null;
  onChange: (value: number | null) => void;
  previous: number | null;
  target: number | null;
  error?: string | undefined;
}

const SCORES = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10];

/**
 * A 1–10 score as a row of boxes, like a school report: the box of the previous score carries a
 * mark, so "van een 7 een 8 maken" is visible at a glance. Plain radio buttons underneath, so the
 * arrow keys move between scores and screen readers hear "7, vorige keer".
 */
export function ScorePicker({ id, legend, value, onChange, previous, target, error }: Props) {
  const { t } = useTranslation();
  const errorId = error ? `${id}-error` : undefined;
  return (
    <Fieldset invalid={!!error} aria-describedby={errorId} className="evaluation-score">
      <FieldsetLegend>{legend}</FieldsetLegend>
      <p className="evaluation-score__hint">
        {previous !== null ? t('evaluation.previousScore', { score: previous }) : t('evaluation.noPreviousScore')}
        {target !== null ? ` ${t('evaluation.targetScore', { score: target })}` : ''}
      </p>
      {error ? <FormFieldErrorMessage id={errorId}>{error}</FormFieldErrorMessage> : null}
      <div className="evaluation-score__row">
        {SCORES.map((s, i) => {
          const optionId = i === 0 ? id : `${id}-${s}`;
          return (
            <label key={s} htmlFor={optionId} className={`evaluation-score__box${s === previous ? ' evaluation-score__box--previous' : ''}${s === value ? ' evaluation-score__box--chosen' : ''}`}>
              <input id={optionId} type="radio" name={id} value={s} checked={value === s} onChange={() => onChange(s)} className="evaluation-score__input" />
              <span className="evaluation-score__number">{s}</span>
              {s === previous ? <span className="evaluation-score__mark">{t('evaluation.previousMark')}</span> : null}
            </label>
          );
        })}
        <label htmlFor={`${id}-skip`} className={`evaluation-score__box evaluation-score__box--skip${value === null ? ' evaluation-score__box--chosen' : ''}`}>
          <input id={`${id}-skip`} type="radio" name={id} value="" checked={value === null} onChange={() => onChange(null)} className="evaluation-score__input" />
          <span>{t('evaluation.notDiscussed')}</span>
        </label>
      </div>
    </Fieldset>
  );
}
