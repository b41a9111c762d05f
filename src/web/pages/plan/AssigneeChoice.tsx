import { Fieldset, FieldsetLegend, FormField, FormFieldDescription, FormFieldErrorMessage, FormLabel, Paragraph, RadioButton } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import type { ApiError } from '../../api/client';
import type { Suggestion } from '../../api/plan-types';
import { LoadingMessage } from '../../components/LoadingMessage';
import { ProblemAlert } from '../../components/ProblemAlert';
import { WarningPicture } from './pictures';
import { assigneeValue, suggestionWords } from './planText';

interface Option {
  value: string;
  label: string;
  reason: string | null;
  load: string | null;
  warning: boolean;
}

interface Props {
  id: string;
  suggestions: Suggestion[] | undefined;
  loadError: ApiError | undefined;
  value: string;
  onChange: (value: string) => void;
  error?: string | undefined;
  viewerIsClient: boolean;
  clientFirstName: string;
  /** The person who has it now, when they are no longer among the suggestions. */
  current?: { value: string; label: string } | undefined;
}

/**
 * "Wie doet het?" in the natural order of report 004: first the client, then their own network,
 * then volunteers, then professionals. Each option says why it is there and how much that person
 * already carries; an overloaded person gets a warning mark and the advice to ask someone else.
 */
export function AssigneeChoice({ id, suggestions, loadError, value, onChange, error, viewerIsClient, clientFirstName, current }: Props) {
  const { t } = useTranslation();
  const errorId = error ? `${id}-error` : undefined;
  const options: Option[] = (suggestions ?? []).map((s) => ({ value: assigneeValue(s.assignee), label: s.label, ...suggestionWords(s, t, viewerIsClient) }));
  if (current && !options.some((o) => o.value === current.value) && current.value !== 'open') {
    options.push({ value: current.value, label: current.label, reason: t('plan.reason.current'), load: null, warning: false });
  }
  options.push({ value: 'open', label: t('plan.taskForm.nobodyYet'), reason: t('plan.taskForm.nobodyYetHint'), load: null, warning: false });

  return (
    <Fieldset invalid={!!error} aria-describedby={[errorId, `${id}-order`].filter(Boolean).join(' ')} className="plan-assignee">
      <FieldsetLegend>{t('plan.taskForm.who')}</FieldsetLegend>
      <Paragraph id={`${id}-order`} className="plan-assignee__order">
        {viewerIsClient ? t('plan.taskForm.orderOwn') : t('plan.taskForm.order', { name: clientFirstName })}
      </Paragraph>
      {error ? <FormFieldErrorMessage id={errorId}>{error}</FormFieldErrorMessage> : null}
      {loadError ? <ProblemAlert error={loadError} /> : !suggestions ? <LoadingMessage /> : null}
      {options.map((o, i) => {
        const optionId = i === 0 ? id : `${id}-${i}`;
        const descriptionId = `${optionId}-description`;
        return (
          <FormField key={o.value} type="radio" className={o.warning ? 'plan-assignee__option plan-assignee__option--warning' : 'plan-assignee__option'}>
            <div className="utrecht-form-field__input">
              <RadioButton id={optionId} name={id} value={o.value} checked={value === o.value} onChange={() => onChange(o.value)} invalid={!!error} aria-describedby={descriptionId} />
            </div>
            <div className="utrecht-form-field__label utrecht-form-field__label--radio">
              <FormLabel htmlFor={optionId} type="radio">
                {o.label}
              </FormLabel>
            </div>
            <FormFieldDescription id={descriptionId} className="plan-assignee__why">
              {o.reason}
              {o.load ? (
                <>
                  {o.reason ? ' ' : ''}
                  {o.warning ? (
                    <span className="plan-warning">
                      <WarningPicture />
                      <span className="samenspel-visually-hidden">{t('plan.reason.warningPrefix')} </span>
                      {o.load}
                    </span>
                  ) : (
                    o.load
                  )}
                </>
              ) : null}
            </FormFieldDescription>
          </FormField>
        );
      })}
    </Fieldset>
  );
}
