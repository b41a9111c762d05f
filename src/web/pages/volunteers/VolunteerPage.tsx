import '../../styles/volunteers.css';
import { Button, ButtonGroup, Checkbox, DataList, FormField, FormLabel, Heading, Paragraph, UnorderedList, UnorderedListItem } from '@utrecht/component-library-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { api } from '../../api/client';
import { useApi } from '../../api/useApi';
import { AppLink } from '../../components/AppLink';
import { DataRow } from '../../components/DataRow';
import { ErrorSummary } from '../../components/ErrorSummary';
import { fieldErrors } from '../../components/formErrors';
import { LoadingMessage } from '../../components/LoadingMessage';
import { PageTitle } from '../../components/PageTitle';
import { ProblemAlert } from '../../components/ProblemAlert';
import { SuccessAlert } from '../../components/SuccessAlert';
import { TextField } from '../../components/TextField';
import { useFormSubmit } from '../../components/useFormSubmit';
import { useLocale } from '../../i18n/useLocale';
import { formatCalendarDate, formatDate } from '../../lib/format';
import { LoadBar } from './LoadBar';
import { ProfileForm } from './ProfileForm';
import { dayPartLabel } from './text';
import type { VolunteerDetail } from './types';

/** /vrijwilligers/:id — one volunteer: intake and profile, training, check-ins and matches. */
export function VolunteerPage() {
  const { t } = useTranslation();
  const locale = useLocale();
  const { id = '' } = useParams();
  const res = useApi<VolunteerDetail>(`/api/volunteers/${encodeURIComponent(id)}`);
  const [message, setMessage] = useState<string | null>(null);
  const done = (text: string) => {
    setMessage(text);
    res.reload();
  };
  const d = res.data;
  return (
    <>
      <PageTitle>{d?.displayName ?? t('volunteers.list.title')}</PageTitle>
      <Paragraph>
        <AppLink to="/vrijwilligers">{t('volunteers.list.title')}</AppLink>
      </Paragraph>
      {message ? <SuccessAlert focus>{message}</SuccessAlert> : null}
      {res.error ? (
        <ProblemAlert error={res.error} />
      ) : !d ? (
        <LoadingMessage />
      ) : (
        <>
          <section aria-labelledby="vol-contact-title" className="samenspel-section">
            <Heading level={2} id="vol-contact-title">
              {t('volunteers.detail.contactTitle')}
            </Heading>
            <DataList>
              <DataRow label={t('volunteers.detail.email')}>{d.email}</DataRow>
              <DataRow label={t('volunteers.detail.phone')}>{d.phone}</DataRow>
              {d.profile ? (
                <DataRow label={t('volunteers.list.load')}>
                  <LoadBar active={d.load.activeClients} max={d.profile.maxClients} hours={d.load.hoursPerWeek} maxHours={d.profile.maxHoursWeek} />
                </DataRow>
              ) : null}
              {d.profile?.intakeByLabel ? <DataRow label={t('volunteers.detail.intakeBy')}>{d.profile.intakeByLabel}</DataRow> : null}
            </DataList>
            {d.profile ? null : <Paragraph>{t('volunteers.detail.noProfile')}</Paragraph>}
          </section>
          {d.profile ? (
            <section aria-labelledby="vol-own-title" className="samenspel-section">
              <Heading level={2} id="vol-own-title">
                {t('volunteers.detail.ownParts')}
              </Heading>
              <DataList>
                <DataRow label={t('volunteers.detail.availability')}>{d.profile.availability.map((a) => dayPartLabel(t, a)).join(', ')}</DataRow>
                <DataRow label={t('volunteers.detail.about')}>{d.profile.about}</DataRow>
                <DataRow label={t('volunteers.detail.shareContact')}>{t(`volunteers.answer.${d.profile.shareContact ? 'yes' : 'no'}`)}</DataRow>
              </DataList>
            </section>
          ) : null}
          <ProfileForm key={d.profile?.version ?? 0} detail={d} onSaved={(_, text) => done(text)} />
          <section aria-labelledby="vol-training-title" className="samenspel-section">
            <Heading level={2} id="vol-training-title">
              {t('volunteers.detail.trainingTitle')}
            </Heading>
            {d.trainings.length === 0 ? (
              <Paragraph>{t('volunteers.detail.noTraining')}</Paragraph>
            ) : (
              <UnorderedList>
                {d.trainings.map((tr) => (
                  <UnorderedListItem key={tr.id}>
                    {tr.course}, {formatCalendarDate(tr.completedOn, locale)} ({t(tr.certificate ? 'volunteers.detail.certificateYes' : 'volunteers.detail.certificateNo')})
                  </UnorderedListItem>
                ))}
              </UnorderedList>
            )}
            {d.profile ? <TrainingForm userId={d.userId} onSaved={done} /> : null}
          </section>
          <section aria-labelledby="vol-checkins-title" className="samenspel-section">
            <Heading level={2} id="vol-checkins-title">
              {t('volunteers.detail.checkInsTitle')}
            </Heading>
            {d.checkIns.length === 0 ? (
              <Paragraph>{t('volunteers.detail.noCheckIns')}</Paragraph>
            ) : (
              <UnorderedList>
                {d.checkIns.map((c) => (
                  <UnorderedListItem key={c.id}>
                    {t('volunteers.detail.askedOn', { date: formatDate(c.askedAt, locale) })}: {c.answer ? t(`volunteers.checkInAnswer.${c.answer}`) : t('volunteers.detail.noAnswer')}
                    {c.note ? ` – “${c.note}”` : ''}
                    {c.answer === 'te-veel' && c.handledAt ? ` – ${t('volunteers.detail.handled', { by: c.handledByLabel ?? '' })}` : null}
                    {c.answer === 'te-veel' && !c.handledAt ? <HandleButton checkInId={c.id} onDone={() => done(t('volunteers.detail.handledSaved'))} /> : null}
                  </UnorderedListItem>
                ))}
              </UnorderedList>
            )}
          </section>
          <section aria-labelledby="vol-matches-title" className="samenspel-section">
            <Heading level={2} id="vol-matches-title">
              {t('volunteers.detail.matchesTitle')}
            </Heading>
            {d.matches.length === 0 ? (
              <Paragraph>{t('volunteers.detail.noMatches')}</Paragraph>
            ) : (
              <UnorderedList>
                {d.matches.map((m) => (
                  <UnorderedListItem key={m.id}>
                    <AppLink to={`/vrijwilligers/vragen/${encodeURIComponent(m.requestId)}`}>{m.firstName}</AppLink>: {t(`volunteers.matchStatus.${m.status}`)}
                  </UnorderedListItem>
                ))}
              </UnorderedList>
            )}
          </section>
        </>
      )}
    </>
  );
}

function HandleButton({ checkInId, onDone }: { checkInId: string; onDone: () => void }) {
  const { t } = useTranslation();
  const { busy, errors, submit } = useFormSubmit();
  return (
    <form noValidate className="samenspel-inline-form" onSubmit={(e) => void submit(e, () => ({ summary: [], fields: {} }), async () => {
      await api.post(`/api/volunteers/check-ins/${encodeURIComponent(checkInId)}/handled`, {});
      onDone();
    })}>
      <ErrorSummary errors={errors} idPrefix={`handle-${checkInId}`} fields={[]} />
      <Button type="submit" appearance="secondary-action-button" busy={busy}>
        {t('volunteers.detail.handle')}
      </Button>
    </form>
  );
}

function TrainingForm({ userId, onSaved }: { userId: string; onSaved: (message: string) => void }) {
  const { t } = useTranslation();
  const [course, setCourse] = useState('');
  const [completedOn, setCompletedOn] = useState('');
  const [certificate, setCertificate] = useState(false);
  const { errors, busy, submit, clearErrors } = useFormSubmit();
  const p = 'vol-training';
  const onSubmit = (event: FormEvent) =>
    submit(
      event,
      () => fieldErrors({ course: !course.trim() && t('volunteers.detail.required'), completedOn: !completedOn && t('volunteers.detail.required') }),
      async () => {
        await api.post(`/api/volunteers/${encodeURIComponent(userId)}/trainings`, { course: course.trim(), completedOn, certificate });
        clearErrors();
        setCourse('');
        setCompletedOn('');
        setCertificate(false);
        onSaved(t('volunteers.detail.trainingSaved'));
      },
    );
  return (
    <form noValidate onSubmit={(e) => void onSubmit(e)} className="samenspel-form">
      <ErrorSummary errors={errors} idPrefix={p} fields={['course', 'completedOn', 'certificate']} />
      <TextField id={`${p}-course`} label={t('volunteers.detail.course')} value={course} onChange={setCourse} error={errors.fields.course} required />
      <TextField id={`${p}-completedOn`} type="date" label={t('volunteers.detail.completedOn')} value={completedOn} onChange={setCompletedOn} error={errors.fields.completedOn} required />
      <FormField type="checkbox">
        <div className="utrecht-form-field__input">
          <Checkbox id={`${p}-certificate`} checked={certificate} onChange={(e) => setCertificate(e.target.checked)} />
        </div>
        <div className="utrecht-form-field__label utrecht-form-field__label--checkbox">
          <FormLabel htmlFor={`${p}-certificate`} type="checkbox">
            {t('volunteers.detail.certificate')}
          </FormLabel>
        </div>
      </FormField>
      <ButtonGroup>
        <Button type="submit" appearance="secondary-action-button" busy={busy}>
          {t('volunteers.detail.addTraining')}
        </Button>
      </ButtonGroup>
    </form>
  );
}
