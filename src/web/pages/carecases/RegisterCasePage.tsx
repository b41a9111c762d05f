import '../../styles/carecases.css';
import { Alert, Button, ButtonGroup, Fieldset, FieldsetLegend, Heading, Paragraph } from '@utrecht/component-library-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { api } from '../../api/client';
import { useApi } from '../../api/useApi';
import { AppLink } from '../../components/AppLink';
import { ErrorSummary } from '../../components/ErrorSummary';
import { fieldErrors } from '../../components/formErrors';
import { LoadingMessage } from '../../components/LoadingMessage';
import { PageTitle } from '../../components/PageTitle';
import { ProblemAlert } from '../../components/ProblemAlert';
import { SelectField } from '../../components/SelectField';
import { TextAreaField } from '../../components/TextAreaField';
import { TextField } from '../../components/TextField';
import { useFormSubmit } from '../../components/useFormSubmit';
import { useLocale } from '../../i18n/useLocale';
import { formatDateTime } from '../../lib/format';
import { ConsentFields } from './ConsentFields';
import { consentBody, emptyConsent, emptySafety, emptySubject, safetyBody, subjectBody } from './formState';
import { ModeChoice } from './ModeChoice';
import { SafetyFields } from './SafetyFields';
import { SubjectFields } from './SubjectFields';
import { TextWarnings } from './TextWarnings';
import { casePath, today, type CaseMode, type CaseView, type NetworkDetail } from './types';

const p = 'reg';
const FIELDS = [
  'mode', 'meetingId', 'label', 'question', 'ageYears', 'clientId', 'firstName', 'lastName', 'birthDate', 'address', 'school',
  'consent.givenByKind', 'consent.givenByName', 'consent.givenOn', 'consent.how', 'safety.ground', 'safety.justification', 'safety.veiligThuis', 'safety.informClient', 'safety.notInformReason',
];

/** /zorgnetwerken/:networkId/casus-inbrengen — a member brings a case into a coming meeting. */
export function RegisterCasePage() {
  const { t } = useTranslation();
  const locale = useLocale();
  const navigate = useNavigate();
  const { networkId = '' } = useParams();
  const network = useApi<NetworkDetail>(`/api/care-networks/${encodeURIComponent(networkId)}`);
  const [mode, setMode] = useState<CaseMode | ''>('');
  const [meetingId, setMeetingId] = useState('');
  const [label, setLabel] = useState('');
  const [question, setQuestion] = useState('');
  const [age, setAge] = useState('');
  const [subject, setSubject] = useState(emptySubject);
  const [consent, setConsent] = useState(() => emptyConsent(today()));
  const [safety, setSafety] = useState(emptySafety);
  const { errors, busy, submit } = useFormSubmit();

  const meetings = (network.data?.upcoming ?? []).filter((m) => m.status === 'planned' || m.status === 'running');
  const chosenMeeting = meetingId || meetings[0]?.id || '';
  const onSubmit = (e: FormEvent) =>
    submit(
      e,
      () =>
        fieldErrors({
          mode: !mode && t('careCases.register.chooseMode'),
          meetingId: !chosenMeeting && t('careCases.register.noMeeting'),
          label: !label.trim() && t('careCases.register.required'),
          question: !question.trim() && t('careCases.register.required'),
          ageYears: age.trim() !== '' && !/^\d{1,3}$/.test(age.trim()) && t('careCases.register.number'),
        }),
      async () => {
        const body = {
          meetingId: chosenMeeting,
          mode,
          label: label.trim(),
          question: question.trim(),
          ageYears: age.trim() === '' ? null : Number(age),
          ...(mode === 'anonymous' ? {} : subjectBody(subject)),
          consent: mode === 'identified' ? consentBody(consent) : null,
          safety: mode === 'safety' ? safetyBody(safety) : null,
        };
        const created = await api.post<CaseView>(`/api/care-networks/${encodeURIComponent(networkId)}/cases`, body);
        await navigate(casePath(created.id, chosenMeeting), { state: { registered: true } });
      },
    );

  return (
    <>
      <PageTitle>{t('careCases.register.title')}</PageTitle>
      {network.error ? (
        <ProblemAlert error={network.error} />
      ) : !network.data ? (
        <LoadingMessage />
      ) : (
        <>
          <Paragraph>
            {t('careCases.register.intro', { network: network.data.name })}{' '}
            <AppLink to={`/zorgnetwerken/${networkId}`}>{t('careCases.register.back')}</AppLink>
          </Paragraph>
          <form noValidate onSubmit={(e) => void onSubmit(e)} className="samenspel-form">
            <ErrorSummary errors={errors} idPrefix={p} fields={FIELDS} labels={{ label: t('careCases.register.label'), question: t('careCases.register.question'), mode: t('careCases.register.modeLegend') }} />
            <ModeChoice id={`${p}-mode`} value={mode} onChange={setMode} error={errors.fields.mode} />
            {mode === 'anonymous' ? (
              <Alert type="info">
                <Heading level={2} appearance="utrecht-heading-4">
                  {t('careCases.register.anonymousTitle')}
                </Heading>
                <Paragraph>{t('careCases.register.anonymousHelp')}</Paragraph>
              </Alert>
            ) : null}
            {meetings.length === 0 ? (
              <Alert type="warning">
                <Paragraph>{t('careCases.register.noMeeting')}</Paragraph>
              </Alert>
            ) : (
              <SelectField
                id={`${p}-meetingId`}
                label={t('careCases.register.meeting')}
                value={chosenMeeting}
                onChange={setMeetingId}
                error={errors.fields.meetingId}
                options={meetings.map((m) => ({ value: m.id, label: formatDateTime(m.startsAt, locale) }))}
              />
            )}
            <TextField id={`${p}-label`} label={t('careCases.register.label')} description={t('careCases.register.labelHint')} value={label} onChange={setLabel} error={errors.fields.label} maxLength={120} autoComplete="off" required />
            <TextAreaField id={`${p}-question`} label={t('careCases.register.question')} description={t('careCases.register.questionHint')} value={question} onChange={setQuestion} error={errors.fields.question} maxLength={4000} rows={5} required />
            <TextWarnings id={`${p}-warnings`} texts={[label, question]} />
            <TextField id={`${p}-ageYears`} inputMode="numeric" label={t('careCases.register.age')} value={age} onChange={setAge} error={errors.fields.ageYears} />
            {mode === 'identified' || mode === 'safety' ? (
              <Fieldset className="samenspel-form">
                <FieldsetLegend>{t('careCases.subject.legend')}</FieldsetLegend>
                <SubjectFields prefix={p} value={subject} onChange={setSubject} errors={errors.fields} />
              </Fieldset>
            ) : null}
            {mode === 'identified' ? (
              <Fieldset className="samenspel-form">
                <FieldsetLegend>{t('careCases.consent.legend')}</FieldsetLegend>
                <Paragraph>{t('careCases.consent.perMeeting')}</Paragraph>
                <ConsentFields prefix={p} value={consent} onChange={setConsent} errors={errors.fields} />
              </Fieldset>
            ) : null}
            {mode === 'safety' ? (
              <Fieldset className="samenspel-form">
                <FieldsetLegend>{t('careCases.safety.legend')}</FieldsetLegend>
                <SafetyFields prefix={p} value={safety} onChange={setSafety} errors={errors.fields} />
              </Fieldset>
            ) : null}
            <ButtonGroup>
              <Button type="submit" appearance="primary-action-button" busy={busy} disabled={meetings.length === 0}>
                {t('careCases.register.submit')}
              </Button>
            </ButtonGroup>
          </form>
        </>
      )}
    </>
  );
}
