import '../../styles/volunteers.css';
import { Button, ButtonGroup, Checkbox, FormField, FormFieldDescription, FormLabel, Heading, Paragraph, UnorderedList, UnorderedListItem } from '@utrecht/component-library-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import { useApi } from '../../api/useApi';
import { ConflictAlert } from '../../components/ConflictAlert';
import { ErrorSummary } from '../../components/ErrorSummary';
import { fieldErrors } from '../../components/formErrors';
import { LoadingMessage } from '../../components/LoadingMessage';
import { PageTitle } from '../../components/PageTitle';
import { ProblemAlert } from '../../components/ProblemAlert';
import { RadioGroup } from '../../components/RadioGroup';
import { SuccessAlert } from '../../components/SuccessAlert';
import { TextAreaField } from '../../components/TextAreaField';
import { useFormSubmit } from '../../components/useFormSubmit';
import { useLocale } from '../../i18n/useLocale';
import { formatCalendarDate, formatDateTime } from '../../lib/format';
import { AnswerForm } from './AnswerForm';
import { DayPartGrid } from './DayPartGrid';
import { MessageThread } from './MessageThread';
import { StepPicture, stepOf } from './StepPicture';
import { dayPartLabel } from './text';
import { AGE_WISHES, CHECK_IN_ANSWERS, GENDER_WISHES, mineApi, type CheckInView, type MyMatchView, type MyVolunteerView, type ProfileFields } from './types';

/** /mijn-vrijwilligerswerk — the volunteer: "trek je het nog?", proposals to answer, matches and messages, own preferences. */
export function MyVolunteeringPage() {
  const { t } = useTranslation();
  const res = useApi<MyVolunteerView>(mineApi);
  const [message, setMessage] = useState<string | null>(null);
  const done = (text: string) => {
    setMessage(text);
    res.reload();
  };
  const v = res.data;
  return (
    <>
      <PageTitle>{t('volunteers.mine.title')}</PageTitle>
      <Paragraph lead>{t('volunteers.mine.intro')}</Paragraph>
      {message ? <SuccessAlert focus>{message}</SuccessAlert> : null}
      {res.error ? (
        <ProblemAlert error={res.error} />
      ) : !v ? (
        <LoadingMessage />
      ) : (
        <>
          {v.organisationName ? <Paragraph>{t('volunteers.mine.org', { name: v.organisationName })}</Paragraph> : null}
          {v.profile ? <Paragraph>{t('volunteers.mine.load', { active: v.load.activeClients, max: v.profile.maxClients })}</Paragraph> : <Paragraph>{t('volunteers.mine.noProfile')}</Paragraph>}
          {v.openCheckIn ? <CheckInForm checkIn={v.openCheckIn} onDone={done} /> : null}
          <section aria-labelledby="mine-matches-title" className="samenspel-section">
            <Heading level={2} id="mine-matches-title">
              {t('volunteers.mine.matchesTitle')}
            </Heading>
            {v.matches.length === 0 ? <Paragraph>{t('volunteers.mine.noMatches')}</Paragraph> : v.matches.map((m) => <MatchBlock key={m.id} match={m} onDone={done} />)}
          </section>
          {v.profile ? <OwnProfileForm key={v.profile.version} profile={v.profile} onSaved={done} /> : null}
          {v.trainings.length > 0 ? (
            <section aria-labelledby="mine-training-title" className="samenspel-section">
              <Heading level={2} id="mine-training-title">
                {t('volunteers.mine.trainingTitle')}
              </Heading>
              <TrainingList trainings={v.trainings} />
            </section>
          ) : null}
        </>
      )}
    </>
  );
}

function TrainingList({ trainings }: { trainings: MyVolunteerView['trainings'] }) {
  const { t } = useTranslation();
  const locale = useLocale();
  return (
    <UnorderedList>
      {trainings.map((tr) => (
        <UnorderedListItem key={tr.id}>
          {tr.course}, {formatCalendarDate(tr.completedOn, locale)} ({t(tr.certificate ? 'volunteers.detail.certificateYes' : 'volunteers.detail.certificateNo')})
        </UnorderedListItem>
      ))}
    </UnorderedList>
  );
}

function MatchBlock({ match: m, onDone }: { match: MyMatchView; onDone: (text: string) => void }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const hid = `mine-${m.id}`;
  const name = m.request.firstName;
  const canAnswer = m.myAnswer === null && (m.status === 'introduction' || m.status === 'thinking' || m.status === 'proposed');
  return (
    <article aria-labelledby={`${hid}-title`} className="volunteers-card samenspel-section">
      <Heading level={3} id={`${hid}-title`}>
        {t('volunteers.mine.for', { name, age: m.request.ageYears })}: {t(`volunteers.matchStatus.${m.status}`)}
      </Heading>
      <StepPicture step={stepOf('matching', m.status)} done={m.status === 'matched'} />
      <Paragraph>{m.request.purpose}</Paragraph>
      {m.request.interests.length > 0 ? <Paragraph>{t('volunteers.request.interests')}: {m.request.interests.join(', ')}</Paragraph> : null}
      {m.request.dayParts.length > 0 ? <Paragraph>{t('volunteers.request.dayParts')}: {m.request.dayParts.map((d) => dayPartLabel(t, d)).join(', ')}</Paragraph> : null}
      {m.introAt ? <Paragraph>{t('volunteers.request.introAt', { when: formatDateTime(m.introAt, locale), place: m.introPlace ?? '' })}</Paragraph> : null}
      {m.thinkUntil ? <Paragraph>{t('volunteers.request.thinkingUntil', { date: formatCalendarDate(m.thinkUntil, locale) })}</Paragraph> : null}
      {m.myAnswer ? <Paragraph>{t('volunteers.mine.yourAnswer', { answer: t(`volunteers.answer.${m.myAnswer}`) })}</Paragraph> : null}
      {canAnswer ? (
        <AnswerForm
          id={`${hid}-answer`}
          url={`${mineApi}/matches/${encodeURIComponent(m.id)}/answer`}
          version={m.version}
          title={t('volunteers.mine.answerTitle', { name })}
          intro={t('volunteers.mine.answerIntro')}
          yes={t('volunteers.mine.answerYes')}
          no={t('volunteers.mine.answerNo')}
          onDone={() => onDone(t('volunteers.mine.answered'))}
          onConflict={() => onDone(t('volunteers.request.changed'))}
        />
      ) : null}
      {m.status === 'matched' ? <MessageThread id={`${hid}-thread`} messages={m.messages} postUrl={`${mineApi}/matches/${encodeURIComponent(m.id)}/messages`} onSent={onDone} /> : null}
    </article>
  );
}

function CheckInForm({ checkIn, onDone }: { checkIn: CheckInView; onDone: (text: string) => void }) {
  const { t } = useTranslation();
  const [answer, setAnswer] = useState('');
  const [note, setNote] = useState('');
  const { errors, busy, submit } = useFormSubmit();
  const p = 'checkin';
  const onSubmit = (e: FormEvent) =>
    submit(
      e,
      () => fieldErrors({ answer: !answer && t('volunteers.detail.required') }),
      async () => {
        await api.post(`${mineApi}/check-ins/${encodeURIComponent(checkIn.id)}`, { answer, note: note.trim() || null });
        onDone(t('volunteers.mine.checkInSaved'));
      },
    );
  return (
    <section aria-labelledby={`${p}-title`} className="samenspel-section volunteers-card">
      <Heading level={2} id={`${p}-title`}>
        {t('volunteers.mine.checkInTitle')}
      </Heading>
      <Paragraph>{t('volunteers.mine.checkInIntro')}</Paragraph>
      <form noValidate onSubmit={(e) => void onSubmit(e)} className="samenspel-form">
        <ErrorSummary errors={errors} idPrefix={p} fields={['answer', 'note']} />
        <RadioGroup id={`${p}-answer`} legend={t('volunteers.mine.checkInLegend')} value={answer} onChange={setAnswer} options={CHECK_IN_ANSWERS.map((a) => ({ value: a, label: t(`volunteers.checkInAnswer.${a}`) }))} error={errors.fields.answer} />
        <TextAreaField id={`${p}-note`} label={t('volunteers.mine.checkInNote')} value={note} onChange={setNote} error={errors.fields.note} maxLength={1000} rows={2} />
        <ButtonGroup>
          <Button type="submit" appearance="primary-action-button" busy={busy}>
            {t('volunteers.mine.checkInSend')}
          </Button>
        </ButtonGroup>
      </form>
    </section>
  );
}

function OwnProfileForm({ profile, onSaved }: { profile: ProfileFields; onSaved: (text: string) => void }) {
  const { t } = useTranslation();
  const [f, setF] = useState(profile);
  const { errors, busy, conflict, submit } = useFormSubmit<ProfileFields>({
    conflict: { parse: (c) => (c && typeof c === 'object' && 'availability' in c ? (c as ProfileFields) : null), load: (c) => setF(c) },
  });
  const p = 'own';
  const onSubmit = (e: FormEvent) =>
    submit(
      e,
      () => ({ summary: [], fields: {} }),
      async () => {
        await api.put(`${mineApi}/profile`, { version: f.version, availability: f.availability, preferGender: f.preferGender, preferAge: f.preferAge, about: f.about?.trim() || null, shareContact: f.shareContact });
        onSaved(t('volunteers.mine.saved'));
      },
    );
  return (
    <section aria-labelledby={`${p}-title`} className="samenspel-section">
      <Heading level={2} id={`${p}-title`}>
        {t('volunteers.mine.profileTitle')}
      </Heading>
      <form noValidate onSubmit={(e) => void onSubmit(e)} className="samenspel-form">
        {conflict ? <ConflictAlert /> : null}
        <ErrorSummary errors={errors} idPrefix={p} fields={['availability', 'preferAge', 'preferGender', 'about', 'shareContact']} />
        <DayPartGrid id={`${p}-availability`} caption={t('volunteers.mine.availability')} value={f.availability} onChange={(availability) => setF({ ...f, availability })} />
        <RadioGroup id={`${p}-preferAge`} legend={t('volunteers.mine.preferAge')} value={f.preferAge} onChange={(v) => setF({ ...f, preferAge: v as ProfileFields['preferAge'] })} options={AGE_WISHES.map((a) => ({ value: a, label: t(`volunteers.ageWish.${a}`) }))} error={errors.fields.preferAge} />
        <RadioGroup id={`${p}-preferGender`} legend={t('volunteers.mine.preferGender')} value={f.preferGender} onChange={(v) => setF({ ...f, preferGender: v as ProfileFields['preferGender'] })} options={GENDER_WISHES.map((g) => ({ value: g, label: t(`volunteers.genderWish.${g}`) }))} error={errors.fields.preferGender} />
        <TextAreaField id={`${p}-about`} label={t('volunteers.mine.about')} value={f.about ?? ''} onChange={(about) => setF({ ...f, about })} error={errors.fields.about} maxLength={600} rows={3} />
        <FormField type="checkbox">
          <div className="utrecht-form-field__input">
            <Checkbox id={`${p}-shareContact`} checked={f.shareContact} aria-describedby={`${p}-shareContact-hint`} onChange={(e) => setF({ ...f, shareContact: e.target.checked })} />
          </div>
          <div className="utrecht-form-field__label utrecht-form-field__label--checkbox">
            <FormLabel htmlFor={`${p}-shareContact`} type="checkbox">
              {t('volunteers.mine.shareContact')}
            </FormLabel>
          </div>
          <FormFieldDescription id={`${p}-shareContact-hint`}>{t('volunteers.mine.shareContactHint')}</FormFieldDescription>
        </FormField>
        <ButtonGroup>
          <Button type="submit" appearance="primary-action-button" busy={busy}>
            {t('volunteers.mine.save')}
          </Button>
        </ButtonGroup>
      </form>
    </section>
  );
}
