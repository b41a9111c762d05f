import { Button, ButtonGroup, Heading, Paragraph } from '@utrecht/component-library-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import { ErrorSummary } from '../../components/ErrorSummary';
import { fieldErrors } from '../../components/formErrors';
import { RadioGroup } from '../../components/RadioGroup';
import { TextAreaField } from '../../components/TextAreaField';
import { TextField } from '../../components/TextField';
import { useLocale } from '../../i18n/useLocale';
import { formatCalendarDate } from '../../lib/format';
import { EscalationPicture } from './EscalationPicture';
import { caseApi, ESCALATION_LEVELS, today, type CaseView } from './types';
import { useCaseAction, type SectionProps } from './useCaseAction';

const p = 'escalation';

/** Escalation history (eigen organisatie → netwerk → MDO → gemeentelijke toegang) and a new step. */
export function EscalationSection({ view, onDone }: SectionProps) {
  const { t } = useTranslation();
  const locale = useLocale();
  const [open, setOpen] = useState(false);
  const [level, setLevel] = useState('');
  const [reason, setReason] = useState('');
  const [decidedOn, setDecidedOn] = useState(today);
  const { errors, busy, submit } = useCaseAction((v) => onDone(v, t('careCases.changed')));
  const current = view.escalations[view.escalations.length - 1]?.level ?? null;
  const onSubmit = (e: FormEvent) =>
    submit(e, () => fieldErrors({ level: !level && t('careCases.escalation.chooseLevel'), reason: !reason.trim() && t('careCases.register.required') }), async () => {
      onDone(await api.post<CaseView>(`${caseApi(view.id)}/escalations`, { level, reason: reason.trim(), decidedOn }), t('careCases.escalation.done'));
      setOpen(false);
      setReason('');
      setLevel('');
    });
  return (
    <section aria-labelledby="case-escalation-title" className="samenspel-section">
      <Heading level={2} id="case-escalation-title">
        {t('careCases.escalation.title')}
      </Heading>
      <EscalationPicture current={current} />
      {view.escalations.length === 0 ? (
        <Paragraph>{t('careCases.escalation.none')}</Paragraph>
      ) : (
        <ol className="carecases-list">
          {view.escalations.map((x) => (
            <li key={x.id}>
              <strong>{t(`careCases.escalation.level.${x.level}`)}</strong> — {formatCalendarDate(x.decidedOn, locale)} ({x.recordedBy}): {x.reason}
            </li>
          ))}
        </ol>
      )}
      {view.may.act ? (
        !open ? (
          <Button appearance="secondary-action-button" onClick={() => setOpen(true)}>
            {t('careCases.escalation.open')}
          </Button>
        ) : (
          <form noValidate onSubmit={(e) => void onSubmit(e)} className="samenspel-form">
            <ErrorSummary errors={errors} idPrefix={p} fields={['level', 'reason', 'decidedOn']} />
            <RadioGroup id={`${p}-level`} legend={t('careCases.escalation.levelLegend')} value={level} onChange={setLevel} options={ESCALATION_LEVELS.map((l) => ({ value: l, label: t(`careCases.escalation.level.${l}`) }))} error={errors.fields.level} />
            <TextAreaField id={`${p}-reason`} label={t('careCases.escalation.reason')} value={reason} onChange={setReason} error={errors.fields.reason} maxLength={2000} rows={3} />
            <TextField id={`${p}-decidedOn`} type="date" label={t('careCases.escalation.decidedOn')} value={decidedOn} onChange={setDecidedOn} error={errors.fields.decidedOn} />
            <ButtonGroup>
              <Button type="submit" appearance="primary-action-button" busy={busy}>
                {t('careCases.escalation.submit')}
              </Button>
              <Button appearance="subtle-button" onClick={() => setOpen(false)}>
                {t('careCases.cancel')}
              </Button>
            </ButtonGroup>
          </form>
        )
      ) : null}
    </section>
  );
}
