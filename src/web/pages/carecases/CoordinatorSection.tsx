import { Button, ButtonGroup, Heading, Paragraph } from '@utrecht/component-library-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import { ConflictAlert } from '../../components/ConflictAlert';
import { ErrorSummary } from '../../components/ErrorSummary';
import { fieldErrors } from '../../components/formErrors';
import { useLocale } from '../../i18n/useLocale';
import { formatDate } from '../../lib/format';
import { PersonPicker } from './PersonPicker';
import { caseApi, type CaseView } from './types';
import { useCaseAction, type SectionProps } from './useCaseAction';

const p = 'coordinator';

/** One coordinator per case: who, of which organisation, since when; the lead may name another. */
export function CoordinatorSection({ view, onDone }: SectionProps) {
  const { t } = useTranslation();
  const locale = useLocale();
  const [open, setOpen] = useState(false);
  const [userId, setUserId] = useState('');
  const { errors, busy, conflict, submit } = useCaseAction((v) => onDone(v, t('careCases.changed')));
  const c = view.coordinator;
  const onSubmit = (e: FormEvent) =>
    submit(e, () => fieldErrors({ userId: !userId && t('careCases.people.required') }), async () => {
      onDone(await api.put<CaseView>(`${caseApi(view.id)}/coordinator`, { userId, version: view.version }), t('careCases.coordinator.done'));
      setOpen(false);
    });
  return (
    <section aria-labelledby="case-coordinator-title" className="samenspel-section">
      <Heading level={2} id="case-coordinator-title">
        {t('careCases.coordinator.title')}
      </Heading>
      <Paragraph>
        {c ? t('careCases.coordinator.current', { name: c.organisation ? `${c.name} (${c.organisation})` : c.name, date: formatDate(c.since, locale) }) : t('careCases.coordinator.none')}
      </Paragraph>
      {view.may.coordinate ? (
        !open ? (
          <Button appearance="secondary-action-button" onClick={() => setOpen(true)}>
            {t('careCases.coordinator.change')}
          </Button>
        ) : (
          <form noValidate onSubmit={(e) => void onSubmit(e)} className="samenspel-form">
            {conflict ? <ConflictAlert /> : null}
            <ErrorSummary errors={errors} idPrefix={p} fields={['userId']} />
            <PersonPicker id={`${p}-userId`} label={t('careCases.coordinator.who')} value={userId} onChange={setUserId} error={errors.fields.userId} />
            <ButtonGroup>
              <Button type="submit" appearance="primary-action-button" busy={busy}>
                {t('careCases.coordinator.submit')}
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
