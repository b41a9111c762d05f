import { Button, ButtonGroup, Heading, Paragraph } from '@utrecht/component-library-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import { ErrorSummary } from '../../components/ErrorSummary';
import { fieldErrors } from '../../components/formErrors';
import { RadioGroup } from '../../components/RadioGroup';
import { TextAreaField } from '../../components/TextAreaField';
import { TextField } from '../../components/TextField';
import { useFormSubmit } from '../../components/useFormSubmit';
import { useLocale } from '../../i18n/useLocale';
import { formatCalendarDate, formatDateTime } from '../../lib/format';
import { END_REASONS, hasVersion, type MatchView, type RequestDetail } from './types';

interface Props {
  match: MatchView;
  onDone: (d: RequestDetail, message: string) => void;
  onConflict: () => void;
}

const todayPlus = (days: number) => {
  const d = new Date();
  d.setDate(d.getDate() + days);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
};

/** The coordinator's next step for the running try: plan the introduction, give time to think, or stop. */
export function MatchSteps({ match, onDone, onConflict }: Props) {
  const { t } = useTranslation();
  const locale = useLocale();
  return (
    <section aria-labelledby="match-now-title" className="samenspel-section volunteers-card">
      <Heading level={2} id="match-now-title">
        {t('volunteers.request.currentTitle')}: {match.volunteerLabel} ({t(`volunteers.matchStatus.${match.status}`)})
      </Heading>
      {match.introAt ? <Paragraph>{t('volunteers.request.introAt', { when: formatDateTime(match.introAt, locale), place: match.introPlace ?? '' })}</Paragraph> : null}
      {match.thinkUntil ? <Paragraph>{t('volunteers.request.thinkingUntil', { date: formatCalendarDate(match.thinkUntil, locale) })}</Paragraph> : null}
      <Paragraph>
        {t('volunteers.request.volunteerAnswer', { answer: t(`volunteers.answer.${match.volunteerAnswer ?? 'none'}`) })}. {t('volunteers.request.clientAnswer', { answer: t(`volunteers.answer.${match.clientAnswer ?? 'none'}`) })}.
      </Paragraph>
      {match.status === 'proposed' || match.status === 'introduction' ? <IntroForm match={match} onDone={onDone} onConflict={onConflict} /> : null}
      {match.status === 'introduction' ? <ThinkingForm match={match} onDone={onDone} onConflict={onConflict} /> : null}
      <EndForm match={match} onDone={onDone} onConflict={onConflict} />
    </section>
  );
}

function useStep(onConflict: () => void) {
  return useFormSubmit<{ version: number }>({ conflict: { parse: (c) => (hasVersion(c) ? c : null), load: () => onConflict() } });
}

function IntroForm({ match, onDone, onConflict }: Props) {
  const { t } = useTranslation();
  const [date, setDate] = useState(match.introAt ? match.introAt.slice(0, 10) : todayPlus(7));
  const [time, setTime] = useState('14:00');
  const [place, setPlace] = useState(match.introPlace ?? '');
  const { errors, busy, submit } = useStep(onConflict);
  const p = 'intro';
  const onSubmit = (e: FormEvent) =>
    submit(
      e,
      () => fieldErrors({ date: !date && t('volunteers.detail.required'), time: !time && t('volunteers.detail.required'), place: !place.trim() && t('volunteers.detail.required') }),
      async () => onDone(await api.post<RequestDetail>(`/api/volunteers/matches/${encodeURIComponent(match.id)}/introduction`, { version: match.version, date, time, place: place.trim() }), t('volunteers.request.introPlanned')),
    );
  return (
    <form noValidate onSubmit={(e) => void onSubmit(e)} className="samenspel-form" aria-labelledby={`${p}-title`}>
      <Heading level={3} id={`${p}-title`}>
        {t('volunteers.request.introTitle')}
      </Heading>
      <Paragraph>{t('volunteers.request.introIntro')}</Paragraph>
      <ErrorSummary errors={errors} idPrefix={p} fields={['date', 'time', 'place']} />
      <TextField id={`${p}-date`} type="date" label={t('volunteers.request.introDate')} value={date} onChange={setDate} error={errors.fields.date} required />
      <TextField id={`${p}-time`} type="time" label={t('volunteers.request.introTime')} value={time} onChange={setTime} error={errors.fields.time} required />
      <TextField id={`${p}-place`} label={t('volunteers.request.introPlace')} value={place} onChange={setPlace} error={errors.fields.place} required />
      <ButtonGroup>
        <Button type="submit" appearance="primary-action-button" busy={busy}>
          {t('volunteers.request.planIntro')}
        </Button>
      </ButtonGroup>
    </form>
  );
}

function ThinkingForm({ match, onDone, onConflict }: Props) {
  const { t } = useTranslation();
  const [until, setUntil] = useState(todayPlus(7));
  const { errors, busy, submit } = useStep(onConflict);
  const p = 'thinking';
  const onSubmit = (e: FormEvent) =>
    submit(
      e,
      () => fieldErrors({ until: !until && t('volunteers.detail.required') }),
      async () => onDone(await api.post<RequestDetail>(`/api/volunteers/matches/${encodeURIComponent(match.id)}/thinking`, { version: match.version, until }), t('volunteers.request.thinkingSaved')),
    );
  return (
    <form noValidate onSubmit={(e) => void onSubmit(e)} className="samenspel-form" aria-labelledby={`${p}-title`}>
      <Heading level={3} id={`${p}-title`}>
        {t('volunteers.request.thinkingTitle')}
      </Heading>
      <Paragraph>{t('volunteers.request.thinkingIntro')}</Paragraph>
      <ErrorSummary errors={errors} idPrefix={p} fields={['until']} />
      <TextField id={`${p}-until`} type="date" label={t('volunteers.request.thinkUntil')} value={until} onChange={setUntil} error={errors.fields.until} required />
      <ButtonGroup>
        <Button type="submit" appearance="primary-action-button" busy={busy}>
          {t('volunteers.request.startThinking')}
        </Button>
      </ButtonGroup>
    </form>
  );
}

function EndForm({ match, onDone, onConflict }: Props) {
  const { t } = useTranslation();
  const [reason, setReason] = useState<string>('geen-klik');
  const [note, setNote] = useState('');
  const { errors, busy, submit } = useStep(onConflict);
  const p = 'end';
  const onSubmit = (e: FormEvent) =>
    submit(
      e,
      () => ({ summary: [], fields: {} }),
      async () => onDone(await api.post<RequestDetail>(`/api/volunteers/matches/${encodeURIComponent(match.id)}/end`, { version: match.version, reason, note: note.trim() || null }), t('volunteers.request.ended')),
    );
  return (
    <form noValidate onSubmit={(e) => void onSubmit(e)} className="samenspel-form" aria-labelledby={`${p}-title`}>
      <Heading level={3} id={`${p}-title`}>
        {t('volunteers.request.endTitle')}
      </Heading>
      <Paragraph>{t('volunteers.request.endIntro')}</Paragraph>
      <ErrorSummary errors={errors} idPrefix={p} fields={['reason', 'note']} />
      <RadioGroup id={`${p}-reason`} legend={t('volunteers.request.endReason')} value={reason} onChange={setReason} options={END_REASONS.map((r) => ({ value: r, label: t(`volunteers.endReason.${r}`) }))} error={errors.fields.reason} />
      <TextAreaField id={`${p}-note`} label={t('volunteers.request.endNote')} value={note} onChange={setNote} error={errors.fields.note} maxLength={1000} rows={2} />
      <ButtonGroup>
        <Button type="submit" appearance="secondary-action-button" busy={busy}>
          {t('volunteers.request.end')}
        </Button>
      </ButtonGroup>
    </form>
  );
}
