import { FormFieldErrorMessage } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { ModePicture } from './ModePicture';
import { CASE_MODES, type CaseMode } from './types';

/** Three big options with a picture and one plain sentence each; a radio group underneath, so arrows work. */
export function ModeChoice({ id, value, onChange, error }: { id: string; value: CaseMode | ''; onChange: (m: CaseMode) => void; error?: string | undefined }) {
  const { t } = useTranslation();
  const errorId = error ? `${id}-error` : undefined;
  return (
    <fieldset className="carecases-modes" aria-describedby={errorId}>
      <legend className="utrecht-form-fieldset__legend">{t('careCases.register.modeLegend')}</legend>
      {error ? <FormFieldErrorMessage id={errorId}>{error}</FormFieldErrorMessage> : null}
      {CASE_MODES.map((m, i) => (
        <label key={m} className="carecases-mode" htmlFor={i === 0 ? id : `${id}-${m}`}>
          <input type="radio" id={i === 0 ? id : `${id}-${m}`} name={id} value={m} checked={value === m} onChange={() => onChange(m)} />
          <ModePicture mode={m} />
          <span>
            <span className="carecases-mode__title">{t(`careCases.mode.${m}`)}</span>
            <span>{t(`careCases.mode.${m}Text`)}</span>
          </span>
        </label>
      ))}
    </fieldset>
  );
}

/** The mode as a badge: picture and words together. */
export function ModeBadge({ mode }: { mode: CaseMode }) {
  const { t } = useTranslation();
  return (
    <span className="carecases-badge">
      <ModePicture mode={mode} />
      {t(`careCases.mode.${mode}`)}
    </span>
  );
}
