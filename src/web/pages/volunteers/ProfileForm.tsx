import { Button, ButtonGroup, Heading } from '@utrecht/component-library-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import { ConflictAlert } from '../../components/ConflictAlert';
import { ErrorSummary } from '../../components/ErrorSummary';
import { fieldErrors } from '../../components/formErrors';
import { RadioGroup } from '../../components/RadioGroup';
import { SelectField } from '../../components/SelectField';
import { TextAreaField } from '../../components/TextAreaField';
import { TextField } from '../../components/TextField';
import { useFormSubmit } from '../../components/useFormSubmit';
import { GENDERS, VOLUNTEER_STATUSES, type VolunteerDetail } from './types';

const words = (s: string) =>
  s
    .split(',')
    .map((w) => w.trim())
    .filter(Boolean);

function draftOf(d: VolunteerDetail) {
  const p = d.profile;
  return {
    status: p?.status ?? 'intake',
    interests: p?.interests.join(', ') ?? '',
    skills: p?.skills.join(', ') ?? '',
    languages: p?.languages.join(', ') ?? 'nederlands',
    birthYear: p?.birthYear ? String(p.birthYear) : '',
    gender: p?.gender ?? '',
    postcodeArea: p?.postcodeArea ?? '',
    maxClients: String(p?.maxClients ?? 2),
    maxHoursWeek: String(p?.maxHoursWeek ?? 3),
    checkInWeeks: String(p?.checkInWeeks ?? 6),
    intakeOn: p?.intakeOn ?? '',
    intakeNotes: p?.intakeNotes ?? '',
    version: p?.version ?? 0,
  };
}

/** The coordinator's part of a profile: intake, status, interests and the caps. */
export function ProfileForm({ detail, onSaved }: { detail: VolunteerDetail; onSaved: (d: VolunteerDetail, message: string) => void }) {
  const { t } = useTranslation();
  const [f, setF] = useState(() => draftOf(detail));
  const set = (k: keyof typeof f) => (v: string) => setF((x) => ({ ...x, [k]: v }));
  const { errors, busy, conflict, submit } = useFormSubmit<VolunteerDetail>({
    conflict: { parse: (c) => (c && typeof c === 'object' && 'userId' in c ? (c as VolunteerDetail) : null), load: (c) => setF(draftOf(c)) },
  });
  const int = (v: string) => (v.trim() === '' ? null : Number(v));
  const onSubmit = (event: FormEvent) =>
    submit(
      event,
      () =>
        fieldErrors({
          maxClients: !/^\d+$/.test(f.maxClients) && t('volunteers.detail.number'),
          maxHoursWeek: !/^\d+$/.test(f.maxHoursWeek) && t('volunteers.detail.number'),
          checkInWeeks: !/^\d+$/.test(f.checkInWeeks) && t('volunteers.detail.number'),
          birthYear: f.birthYear.trim() !== '' && !/^\d{4}$/.test(f.birthYear.trim()) && t('volunteers.detail.number'),
        }),
      async () => {
        const saved = await api.put<VolunteerDetail>(`/api/volunteers/${encodeURIComponent(detail.userId)}`, {
          version: f.version,
          status: f.status,
          interests: words(f.interests),
          skills: words(f.skills),
          languages: words(f.languages),
          birthYear: int(f.birthYear),
          gender: f.gender || null,
          postcodeArea: f.postcodeArea.trim() || null,
          maxClients: Number(f.maxClients),
          maxHoursWeek: Number(f.maxHoursWeek),
          checkInWeeks: Number(f.checkInWeeks),
          intakeOn: f.intakeOn || null,
          intakeNotes: f.intakeNotes.trim() || null,
        });
        setF(draftOf(saved));
        onSaved(saved, t('volunteers.detail.saved'));
      },
    );
  const p = 'vol-profile';
  return (
    <section aria-labelledby={`${p}-title`} className="samenspel-section">
      <Heading level={2} id={`${p}-title`}>
        {t('volunteers.detail.profileTitle')}
      </Heading>
      <form noValidate onSubmit={(e) => void onSubmit(e)} className="samenspel-form">
        {conflict ? <ConflictAlert /> : null}
        <ErrorSummary
          errors={errors}
          idPrefix={p}
          fields={['status', 'interests', 'skills', 'languages', 'birthYear', 'gender', 'postcodeArea', 'maxClients', 'maxHoursWeek', 'checkInWeeks', 'intakeOn', 'intakeNotes']}
        />
        <RadioGroup id={`${p}-status`} legend={t('volunteers.detail.statusLegend')} value={f.status} onChange={set('status')} options={VOLUNTEER_STATUSES.map((s) => ({ value: s, label: t(`volunteers.status.${s}`) }))} error={errors.fields.status} />
        <TextField id={`${p}-intakeOn`} type="date" label={t('volunteers.detail.intakeOn')} value={f.intakeOn} onChange={set('intakeOn')} error={errors.fields.intakeOn} />
        <TextAreaField id={`${p}-intakeNotes`} label={t('volunteers.detail.intakeNotes')} value={f.intakeNotes} onChange={set('intakeNotes')} error={errors.fields.intakeNotes} maxLength={2000} rows={3} />
        <TextField id={`${p}-interests`} label={t('volunteers.detail.interests')} description={t('volunteers.detail.interestsHint')} value={f.interests} onChange={set('interests')} error={errors.fields.interests} />
        <TextField id={`${p}-skills`} label={t('volunteers.detail.skills')} description={t('volunteers.detail.interestsHint')} value={f.skills} onChange={set('skills')} error={errors.fields.skills} />
        <TextField id={`${p}-languages`} label={t('volunteers.detail.languages')} value={f.languages} onChange={set('languages')} error={errors.fields.languages} />
        <TextField id={`${p}-birthYear`} inputMode="numeric" label={t('volunteers.detail.birthYear')} value={f.birthYear} onChange={set('birthYear')} error={errors.fields.birthYear} />
        <SelectField
          id={`${p}-gender`}
          label={t('volunteers.detail.gender')}
          value={f.gender}
          onChange={set('gender')}
          options={[{ value: '', label: t('volunteers.gender.none') }, ...GENDERS.map((g) => ({ value: g, label: t(`volunteers.gender.${g}`) }))]}
          error={errors.fields.gender}
        />
        <TextField id={`${p}-postcodeArea`} inputMode="numeric" label={t('volunteers.detail.postcodeArea')} value={f.postcodeArea} onChange={set('postcodeArea')} error={errors.fields.postcodeArea} />
        <TextField id={`${p}-maxClients`} inputMode="numeric" label={t('volunteers.detail.maxClients')} value={f.maxClients} onChange={set('maxClients')} error={errors.fields.maxClients} />
        <TextField id={`${p}-maxHoursWeek`} inputMode="numeric" label={t('volunteers.detail.maxHours')} value={f.maxHoursWeek} onChange={set('maxHoursWeek')} error={errors.fields.maxHoursWeek} />
        <TextField id={`${p}-checkInWeeks`} inputMode="numeric" label={t('volunteers.detail.checkInWeeks')} value={f.checkInWeeks} onChange={set('checkInWeeks')} error={errors.fields.checkInWeeks} />
        <ButtonGroup>
          <Button type="submit" appearance="primary-action-button" busy={busy}>
            {t('volunteers.detail.save')}
          </Button>
        </ButtonGroup>
      </form>
    </section>
  );
}
