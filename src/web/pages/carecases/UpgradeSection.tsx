import { Button, ButtonGroup, Fieldset, FieldsetLegend, Heading, Paragraph } from '@utrecht/component-library-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import { ConflictAlert } from '../../components/ConflictAlert';
import { ErrorSummary } from '../../components/ErrorSummary';
import { fieldErrors } from '../../components/formErrors';
import { SelectField } from '../../components/SelectField';
import { useLocale } from '../../i18n/useLocale';
import { formatDateTime } from '../../lib/format';
import { ConsentFields } from './ConsentFields';
import { useOpenMeetings } from './ConsentSection';
import { consentBody, emptyConsent, emptySubject, subjectBody } from './formState';
import { SubjectFields } from './SubjectFields';
import { caseApi, today, type CaseView } from './types';
import { useCaseAction, type SectionProps } from './useCaseAction';

const p = 'upgrade';

/** Consent arrived for an anonymous case: say who it is about and for which meeting, in one step. */
export function UpgradeSection({ view, onDone }: SectionProps) {
  const { t } = useTranslation();
  const locale = useLocale();
  const meetings = useOpenMeetings(view);
  const [open, setOpen] = useState(false);
  const [subject, setSubject] = useState(emptySubject);
  const [consent, setConsent] = useState(() => emptyConsent(today()));
  const [meetingId, setMeetingId] = useState('');
  const { errors, busy, conflict, submit } = useCaseAction((v) => onDone(v, t('careCases.changed')));
  const chosen = meetingId || meetings[0]?.id || '';
  const onSubmit = (e: FormEvent) =>
    submit(e, () => fieldErrors({ 'consent.meetingId': !chosen && t('careCases.register.noMeeting') }), async () => {
      const body = { version: view.version, ...subjectBody(subject), consent: { meetingId: chosen, ...consentBody(consent) } };
      onDone(await api.post<CaseView>(`${caseApi(view.id)}/upgrade`, body), t('careCases.upgrade.done'));
    });
  return (
    <section aria-labelledby="case-upgrade-title" className="samenspel-section">
      <Heading level={2} id="case-upgrade-title">
        {t('careCases.upgrade.title')}
      </Heading>
      <Paragraph>{t('careCases.upgrade.intro')}</Paragraph>
      {!open ? (
        <Button appearance="secondary-action-button" onClick={() => setOpen(true)}>
          {t('careCases.upgrade.open')}
        </Button>
      ) : (
        <form noValidate onSubmit={(e) => void onSubmit(e)} className="samenspel-form">
          {conflict ? <ConflictAlert /> : null}
          <ErrorSummary errors={errors} idPrefix={p} fields={['clientId', 'firstName', 'lastName', 'birthDate', 'address', 'school', 'consent.meetingId', 'consent.givenByKind', 'consent.givenByName', 'consent.givenOn', 'consent.how']} />
          <Fieldset className="samenspel-form">
            <FieldsetLegend>{t('careCases.subject.legend')}</FieldsetLegend>
            <SubjectFields prefix={p} value={subject} onChange={setSubject} errors={errors.fields} />
          </Fieldset>
          <Fieldset className="samenspel-form">
            <FieldsetLegend>{t('careCases.consent.legend')}</FieldsetLegend>
            <SelectField
              id={`${p}-consent.meetingId`}
              label={t('careCases.register.meeting')}
              value={chosen}
              onChange={setMeetingId}
              error={errors.fields['consent.meetingId']}
              options={meetings.map((m) => ({ value: m.id, label: formatDateTime(m.startsAt, locale) }))}
            />
            <ConsentFields prefix={p} value={consent} onChange={setConsent} errors={errors.fields} />
          </Fieldset>
          <ButtonGroup>
            <Button type="submit" appearance="primary-action-button" busy={busy}>
              {t('careCases.upgrade.submit')}
            </Button>
          </ButtonGroup>
        </form>
      )}
    </section>
  );
}
