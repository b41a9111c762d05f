import { Button, ButtonGroup, Heading, Paragraph } from '@utrecht/component-library-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import { CheckboxGroup } from '../../components/CheckboxGroup';
import { ErrorSummary } from '../../components/ErrorSummary';
import { fieldErrors } from '../../components/formErrors';
import { RadioGroup } from '../../components/RadioGroup';
import { SelectField } from '../../components/SelectField';
import { TextAreaField } from '../../components/TextAreaField';
import { TextField } from '../../components/TextField';
import { useFormSubmit } from '../../components/useFormSubmit';
import { DAYS, GENDERS, GENDER_WISHES, PARTS, circleApi } from './types';

/** Ask the volunteer organisation for a volunteer; days and parts of the day make the day parts. */
export function AskForm({ clientId, onSent }: { clientId: string; onSent: (message: string) => void }) {
  const { t } = useTranslation();
  const [purpose, setPurpose] = useState('');
  const [interests, setInterests] = useState('');
  const [days, setDays] = useState<string[]>([]);
  const [parts, setParts] = useState<string[]>([]);
  const [language, setLanguage] = useState('');
  const [genderWish, setGenderWish] = useState('geen');
  const [clientGender, setClientGender] = useState('');
  const [hours, setHours] = useState('2');
  const { errors, busy, submit } = useFormSubmit();
  const p = 'ask';
  const onSubmit = (e: FormEvent) =>
    submit(
      e,
      () => fieldErrors({ purpose: !purpose.trim() && t('volunteers.detail.required'), hoursPerWeek: !/^\d+$/.test(hours) && t('volunteers.detail.number') }),
      async () => {
        await api.post(`${circleApi(clientId)}/requests`, {
          purpose: purpose.trim(),
          interests: interests.split(',').map((w) => w.trim()).filter(Boolean),
          dayParts: days.flatMap((d) => parts.map((x) => `${d}-${x}`)),
          language: language.trim() || null,
          genderWish,
          clientGender: clientGender || null,
          hoursPerWeek: Number(hours),
        });
        onSent(t('volunteers.circle.asked'));
      },
    );
  return (
    <section aria-labelledby={`${p}-title`} className="samenspel-section">
      <Heading level={2} id={`${p}-title`}>
        {t('volunteers.circle.askTitle')}
      </Heading>
      <Paragraph>{t('volunteers.circle.askIntro')}</Paragraph>
      <form noValidate onSubmit={(e) => void onSubmit(e)} className="samenspel-form">
        <ErrorSummary errors={errors} idPrefix={p} fields={['purpose', 'interests', 'dayParts', 'language', 'genderWish', 'clientGender', 'hoursPerWeek', 'organisationId']} labels={{ purpose: t('volunteers.circle.purpose'), hoursPerWeek: t('volunteers.circle.hours'), dayParts: t('volunteers.circle.days') }} />
        <TextAreaField id={`${p}-purpose`} label={t('volunteers.circle.purpose')} description={t('volunteers.circle.purposeHint')} value={purpose} onChange={setPurpose} error={errors.fields.purpose} maxLength={1000} rows={3} required />
        <TextField id={`${p}-interests`} label={t('volunteers.circle.interests')} description={t('volunteers.detail.interestsHint')} value={interests} onChange={setInterests} error={errors.fields.interests} />
        <CheckboxGroup id={`${p}-dayParts`} legend={t('volunteers.circle.days')} values={days} onChange={setDays} options={DAYS.map((d) => ({ value: d, label: t(`volunteers.day.${d}`) }))} error={errors.fields.dayParts} />
        <CheckboxGroup id={`${p}-parts`} legend={t('volunteers.circle.parts')} values={parts} onChange={setParts} options={PARTS.map((x) => ({ value: x, label: t(`volunteers.part.${x}`) }))} />
        <TextField id={`${p}-language`} label={t('volunteers.circle.language')} value={language} onChange={setLanguage} error={errors.fields.language} />
        <RadioGroup id={`${p}-genderWish`} legend={t('volunteers.circle.genderWish')} value={genderWish} onChange={setGenderWish} options={GENDER_WISHES.map((g) => ({ value: g, label: t(`volunteers.genderWish.${g}`) }))} error={errors.fields.genderWish} />
        <SelectField
          id={`${p}-clientGender`}
          label={t('volunteers.circle.clientGender')}
          value={clientGender}
          onChange={setClientGender}
          options={[{ value: '', label: t('volunteers.gender.none') }, ...GENDERS.map((g) => ({ value: g, label: t(`volunteers.gender.${g}`) }))]}
          error={errors.fields.clientGender}
        />
        <TextField id={`${p}-hoursPerWeek`} inputMode="numeric" label={t('volunteers.circle.hours')} value={hours} onChange={setHours} error={errors.fields.hoursPerWeek} />
        <ButtonGroup>
          <Button type="submit" appearance="primary-action-button" busy={busy}>
            {t('volunteers.circle.ask')}
          </Button>
        </ButtonGroup>
      </form>
    </section>
  );
}
