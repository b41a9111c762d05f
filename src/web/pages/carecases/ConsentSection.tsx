import { Button, ButtonGroup, Heading, Paragraph } from '@utrecht/component-library-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import { useApi } from '../../api/useApi';
import { AppLink } from '../../components/AppLink';
import { ConflictAlert } from '../../components/ConflictAlert';
import { ErrorSummary } from '../../components/ErrorSummary';
import { fieldErrors } from '../../components/formErrors';
import { RadioGroup } from '../../components/RadioGroup';
import { SelectField } from '../../components/SelectField';
import { useLocale } from '../../i18n/useLocale';
import { formatCalendarDate, formatDateTime } from '../../lib/format';
import { ConsentFields } from './ConsentFields';
import { consentBody, emptyConsent } from './formState';
import { caseApi, casePath, today, type CaseView, type NetworkDetail } from './types';
import { useCaseAction, type SectionProps } from './useCaseAction';

type Meeting = CaseView['meetings'][number];

/** Meetings of the case and the consent for each: consent is for one meeting, never for the next. */
export function ConsentSection({ view, onDone }: SectionProps) {
  const { t } = useTranslation();
  const locale = useLocale();
  return (
    <section aria-labelledby="case-consent-title" className="samenspel-section">
      <Heading level={2} id="case-consent-title">
        {t('careCases.consent.title')}
      </Heading>
      {view.mode === 'identified' ? <Paragraph>{t('careCases.consent.perMeeting')}</Paragraph> : null}
      {view.meetings.length === 0 ? (
        <Paragraph>{t('careCases.consent.noMeetings')}</Paragraph>
      ) : (
        <ul className="carecases-list">
          {view.meetings.map((m) => (
            <li key={m.meetingId}>
              <Paragraph>
                <AppLink to={casePath(view.id, m.meetingId)}>{t('careCases.consent.meeting', { date: formatDateTime(m.startsAt, locale) })}</AppLink>
                {' — '}
                {t(`careCases.meetingStatus.${m.meetingStatus}`, { defaultValue: m.meetingStatus })}
                {m.itemStatus === 'removed' ? `, ${t('careCases.consent.offAgenda')}` : ''}
              </Paragraph>
              {view.mode === 'identified' ? <ConsentLine view={view} meeting={m} onDone={onDone} /> : null}
            </li>
          ))}
        </ul>
      )}
      {view.mode === 'identified' && view.may.manageConsent ? <RecordConsentForm view={view} onDone={onDone} /> : null}
    </section>
  );
}

function ConsentLine({ view, meeting, onDone }: SectionProps & { meeting: Meeting }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const c = meeting.consent;
  if (!c) return <Paragraph>{t('careCases.consent.none')}</Paragraph>;
  const who = `${t(`careCases.consent.giverInText.${c.givenByKind}`)}${c.givenByName ? ` (${c.givenByName})` : ''}`;
  return (
    <>
      <Paragraph>
        {t('careCases.consent.given', { who, date: formatCalendarDate(c.givenOn, locale), how: t(`careCases.consent.howInText.${c.how}`) })}
        {c.withdrawnAt ? ` ${t('careCases.consent.withdrawnOn', { date: formatDateTime(c.withdrawnAt, locale), choice: t(`careCases.consent.choice.${c.withdrawalChoice ?? 'anonymous'}`) })}` : ''}
      </Paragraph>
      {!c.withdrawnAt && view.may.manageConsent ? <WithdrawForm view={view} consentId={c.id} before={meeting.meetingStatus === 'planned'} onDone={onDone} /> : null}
    </>
  );
}

function WithdrawForm({ view, consentId, before, onDone }: SectionProps & { consentId: string; before: boolean }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const [choice, setChoice] = useState('anonymous');
  const { errors, busy, conflict, submit } = useCaseAction((v) => onDone(v, t('careCases.changed')));
  const p = `withdraw-${consentId}`;
  if (!open)
    return (
      <Button appearance="secondary-action-button" onClick={() => setOpen(true)}>
        {t('careCases.consent.withdraw')}
      </Button>
    );
  const onSubmit = (e: FormEvent) =>
    submit(e, () => fieldErrors({}), async () => {
      onDone(await api.post<CaseView>(`${caseApi(view.id)}/consents/${consentId}/withdraw`, { choice: before ? choice : 'anonymous' }), t('careCases.consent.withdrawn'));
    });
  return (
    <form noValidate onSubmit={(e) => void onSubmit(e)} className="samenspel-form">
      {conflict ? <ConflictAlert /> : null}
      <ErrorSummary errors={errors} idPrefix={p} fields={['choice']} />
      {before ? (
        <RadioGroup
          id={`${p}-choice`}
          legend={t('careCases.consent.choiceLegend')}
          value={choice}
          onChange={setChoice}
          options={['anonymous', 'removed'].map((c) => ({ value: c, label: t(`careCases.consent.choiceLong.${c}`) }))}
          error={errors.fields.choice}
        />
      ) : (
        <Paragraph>{t('careCases.consent.afterMeeting')}</Paragraph>
      )}
      <ButtonGroup>
        <Button type="submit" appearance="primary-action-button" busy={busy}>
          {t('careCases.consent.withdrawConfirm')}
        </Button>
        <Button appearance="subtle-button" onClick={() => setOpen(false)}>
          {t('careCases.cancel')}
        </Button>
      </ButtonGroup>
    </form>
  );
}

/** Coming meetings of the network this case has no live consent for yet. */
export function useOpenMeetings(view: CaseView): { id: string; startsAt: string }[] {
  const network = useApi<NetworkDetail>(`/api/care-networks/${encodeURIComponent(view.networkId)}`);
  const consented = new Set(view.meetings.filter((m) => m.consent && !m.consent.withdrawnAt).map((m) => m.meetingId));
  const fromCase = view.meetings.filter((m) => m.meetingStatus === 'planned' || m.meetingStatus === 'running').map((m) => ({ id: m.meetingId, startsAt: m.startsAt }));
  const fromNetwork = (network.data?.upcoming ?? []).filter((m) => m.status === 'planned' || m.status === 'running').map((m) => ({ id: m.id, startsAt: m.startsAt }));
  const all = new Map([...fromCase, ...fromNetwork].map((m) => [m.id, m]));
  return [...all.values()].filter((m) => !consented.has(m.id)).sort((a, b) => a.startsAt.localeCompare(b.startsAt));
}

function RecordConsentForm({ view, onDone }: SectionProps) {
  const { t } = useTranslation();
  const locale = useLocale();
  const meetings = useOpenMeetings(view);
  const [meetingId, setMeetingId] = useState('');
  const [consent, setConsent] = useState(() => emptyConsent(today()));
  const { errors, busy, conflict, submit } = useCaseAction((v) => onDone(v, t('careCases.changed')));
  const p = 'consent-new';
  const chosen = meetingId || meetings[0]?.id || '';
  if (meetings.length === 0) return null;
  const onSubmit = (e: FormEvent) =>
    submit(e, () => fieldErrors({}), async () => {
      onDone(await api.post<CaseView>(`${caseApi(view.id)}/consents`, { meetingId: chosen, ...consentBody(consent) }), t('careCases.consent.recorded'));
      setConsent(emptyConsent(today()));
    });
  return (
    <form noValidate onSubmit={(e) => void onSubmit(e)} className="samenspel-form" aria-labelledby={`${p}-title`}>
      <Heading level={3} id={`${p}-title`}>
        {t('careCases.consent.recordTitle')}
      </Heading>
      {conflict ? <ConflictAlert /> : null}
      <ErrorSummary errors={errors} idPrefix={p} fields={['meetingId', 'consent', 'consent.givenByKind', 'consent.givenByName', 'consent.givenOn', 'consent.how']} />
      <SelectField id={`${p}-meetingId`} label={t('careCases.register.meeting')} value={chosen} onChange={setMeetingId} error={errors.fields.meetingId} options={meetings.map((m) => ({ value: m.id, label: formatDateTime(m.startsAt, locale) }))} />
      <ConsentFields prefix={p} value={consent} onChange={setConsent} errors={errors.fields} />
      <ButtonGroup>
        <Button type="submit" appearance="primary-action-button" busy={busy}>
          {t('careCases.consent.record')}
        </Button>
      </ButtonGroup>
    </form>
  );
}
