import { Button, ButtonGroup, Heading, Paragraph } from '@utrecht/component-library-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import { ConflictAlert } from '../../components/ConflictAlert';
import { ErrorSummary } from '../../components/ErrorSummary';
import { fieldErrors } from '../../components/formErrors';
import { TextAreaField } from '../../components/TextAreaField';
import { caseApi, type CaseView } from './types';
import { useCaseAction, type SectionProps } from './useCaseAction';

const p = 'close';

/** Closing a case writes down the outcome; feedback tasks go to the client's coordinator, the referrer and the team. */
export function CloseSection({ view, onDone }: SectionProps) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const [outcome, setOutcome] = useState('');
  const { errors, busy, conflict, submit } = useCaseAction((v) => onDone(v, t('careCases.changed')));
  const onSubmit = (e: FormEvent) =>
    submit(e, () => fieldErrors({ outcome: outcome.trim().length < 5 && t('careCases.close.outcomeShort') }), async () => {
      onDone(await api.post<CaseView>(`${caseApi(view.id)}/close`, { outcome: outcome.trim(), version: view.version }), t('careCases.close.done'));
    });
  return (
    <section aria-labelledby="case-close-title" className="samenspel-section">
      <Heading level={2} id="case-close-title">
        {t('careCases.close.title')}
      </Heading>
      {view.feedback.length > 0 ? (
        <ul className="carecases-list">
          {view.feedback.map((f) => (
            <li key={f.id}>
              {t(`careCases.audience.${f.audience}`)} — {f.owner}: <strong>{t(`careCases.close.task.${f.status}`)}</strong>
            </li>
          ))}
        </ul>
      ) : null}
      {view.status === 'open' && view.may.act ? (
        !open ? (
          <Button appearance="secondary-action-button" onClick={() => setOpen(true)}>
            {t('careCases.close.open')}
          </Button>
        ) : (
          <form noValidate onSubmit={(e) => void onSubmit(e)} className="samenspel-form">
            {conflict ? <ConflictAlert /> : null}
            <ErrorSummary errors={errors} idPrefix={p} fields={['outcome']} />
            <Paragraph>{t('careCases.close.intro')}</Paragraph>
            <TextAreaField id={`${p}-outcome`} label={t('careCases.close.outcome')} value={outcome} onChange={setOutcome} error={errors.fields.outcome} maxLength={4000} rows={4} />
            <ButtonGroup>
              <Button type="submit" appearance="primary-action-button" busy={busy}>
                {t('careCases.close.submit')}
              </Button>
              <Button appearance="subtle-button" onClick={() => setOpen(false)}>
                {t('careCases.cancel')}
              </Button>
            </ButtonGroup>
          </form>
        )
      ) : view.status !== 'open' ? (
        <Paragraph>{t(`careCases.status.${view.status}`)}</Paragraph>
      ) : null}
    </section>
  );
}
