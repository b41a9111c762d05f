import { Button, ButtonGroup, Checkbox, FormField, FormLabel } from '@utrecht/component-library-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { CheckboxGroup } from '../../components/CheckboxGroup';
import { ConflictAlert } from '../../components/ConflictAlert';
import { ErrorSummary } from '../../components/ErrorSummary';
import { fieldErrors } from '../../components/formErrors';
import { RadioGroup } from '../../components/RadioGroup';
import { SelectField } from '../../components/SelectField';
import { TextAreaField } from '../../components/TextAreaField';
import { TextField } from '../../components/TextField';
import { useFormSubmit } from '../../components/useFormSubmit';
import { CLOSENESS, CONTACT_FREQUENCIES, PERSON_GENDERS, PERSON_STATUSES, QUALITIES, SECTORS, SUPPORT_FUNCTIONS, type PersonView, type SupportFunction } from './types';

export type PersonFields = Pick<
  PersonView,
  'displayName' | 'relation' | 'sector' | 'closeness' | 'quality' | 'supportGiven' | 'supportReceived' | 'contactFrequency' | 'paid' | 'status' | 'note' | 'birthDate' | 'gender' | 'deceased'
>;

export const EMPTY_PERSON: PersonFields = {
  displayName: '',
  relation: '',
  sector: 'familie',
  closeness: 'dichtbij',
  quality: 'steunend',
  supportGiven: [],
  supportReceived: [],
  contactFrequency: null,
  paid: false,
  status: 'actief',
  note: null,
  birthDate: null,
  gender: null,
  deceased: false,
};

const FIELDS = ['displayName', 'relation', 'sector', 'closeness', 'quality', 'supportGiven', 'supportReceived', 'contactFrequency', 'paid', 'status', 'note', 'birthDate', 'gender', 'deceased'];

const fieldsOf = (p: PersonView): PersonFields => ({ ...EMPTY_PERSON, ...Object.fromEntries(FIELDS.map((f) => [f, p[f as keyof PersonView]])) });

/** Every field of a person on the map; the same form adds and changes (with the version for 409). */
export function PersonForm({ initial, submitLabel, onSave }: { initial: PersonView | null; submitLabel: string; onSave: (fields: PersonFields, version: number | null) => Promise<void> }) {
  const { t } = useTranslation();
  const [f, setF] = useState<PersonFields>(initial ? fieldsOf(initial) : EMPTY_PERSON);
  const [version, setVersion] = useState(initial?.version ?? null);
  const set = <K extends keyof PersonFields>(k: K, v: PersonFields[K]) => setF((cur) => ({ ...cur, [k]: v }));
  const { errors, busy, conflict, submit } = useFormSubmit<PersonView>({
    conflict: {
      parse: (c) => (c && typeof c === 'object' && 'displayName' in c && 'version' in c ? (c as PersonView) : null),
      load: (c) => {
        setF(fieldsOf(c));
        setVersion(c.version);
      },
    },
  });
  const id = (field: string) => `netmap-person-${field}`;
  const labels = {
    displayName: t('netmap.form.displayName'),
    relation: t('netmap.form.relation'),
    birthDate: t('netmap.form.birthDate'),
    note: t('netmap.form.note'),
  };

  const onSubmit = (e: FormEvent) =>
    submit(
      e,
      () => fieldErrors({ displayName: !f.displayName.trim() && t('netmap.form.required'), relation: !f.relation.trim() && t('netmap.form.required') }),
      () => onSave({ ...f, displayName: f.displayName.trim(), relation: f.relation.trim(), note: f.note?.trim() || null }, version),
    );

  return (
    <form noValidate onSubmit={(e) => void onSubmit(e)} className="samenspel-form">
      {conflict ? <ConflictAlert /> : null}
      <ErrorSummary errors={errors} idPrefix="netmap-person" fields={FIELDS} labels={labels} />
      <TextField id={id('displayName')} label={labels.displayName} description={t('netmap.form.displayNameHint')} value={f.displayName} onChange={(v) => set('displayName', v)} error={errors.fields.displayName} maxLength={120} required autoComplete="off" />
      <TextField id={id('relation')} label={labels.relation} description={t('netmap.form.relationHint')} value={f.relation} onChange={(v) => set('relation', v)} error={errors.fields.relation} maxLength={80} required autoComplete="off" />
      <SelectField id={id('sector')} label={t('netmap.form.sector')} value={f.sector} onChange={(v) => set('sector', v as PersonFields['sector'])} options={SECTORS.map((s) => ({ value: s, label: t(`netmap.sector.${s}`) }))} error={errors.fields.sector} />
      <RadioGroup id={id('closeness')} legend={t('netmap.form.closeness')} value={f.closeness} onChange={(v) => set('closeness', v as PersonFields['closeness'])} options={CLOSENESS.map((c) => ({ value: c, label: t(`netmap.closeness.${c}`) }))} error={errors.fields.closeness} />
      <RadioGroup id={id('quality')} legend={t('netmap.form.quality')} value={f.quality} onChange={(v) => set('quality', v as PersonFields['quality'])} options={QUALITIES.map((q) => ({ value: q, label: t(`netmap.quality.${q}`) }))} error={errors.fields.quality} />
      <CheckboxGroup id={id('supportGiven')} legend={t('netmap.form.given')} values={f.supportGiven} onChange={(v) => set('supportGiven', v as SupportFunction[])} options={SUPPORT_FUNCTIONS.map((s) => ({ value: s, label: t(`netmap.fn.${s}`) }))} error={errors.fields.supportGiven} />
      <CheckboxGroup id={id('supportReceived')} legend={t('netmap.form.received')} values={f.supportReceived} onChange={(v) => set('supportReceived', v as SupportFunction[])} options={SUPPORT_FUNCTIONS.map((s) => ({ value: s, label: t(`netmap.fn.${s}`) }))} error={errors.fields.supportReceived} />
      <SelectField
        id={id('contactFrequency')}
        label={t('netmap.form.frequency')}
        value={f.contactFrequency ?? ''}
        onChange={(v) => set('contactFrequency', v ? (v as NonNullable<PersonFields['contactFrequency']>) : null)}
        options={[{ value: '', label: t('netmap.form.frequencyUnknown') }, ...CONTACT_FREQUENCIES.map((c) => ({ value: c, label: t(`netmap.frequency.${c}`) }))]}
        error={errors.fields.contactFrequency}
      />
      <RadioGroup id={id('paid')} legend={t('netmap.form.paid')} value={f.paid ? 'ja' : 'nee'} onChange={(v) => set('paid', v === 'ja')} options={[{ value: 'nee', label: t('netmap.unpaid') }, { value: 'ja', label: t('netmap.paid') }]} error={errors.fields.paid} />
      <RadioGroup id={id('status')} legend={t('netmap.form.status')} value={f.status} onChange={(v) => set('status', v as PersonFields['status'])} options={PERSON_STATUSES.map((s) => ({ value: s, label: t(`netmap.status.${s}`) }))} error={errors.fields.status} />
      <TextAreaField id={id('note')} label={labels.note} value={f.note ?? ''} onChange={(v) => set('note', v)} error={errors.fields.note} maxLength={1000} rows={3} />
      <TextField id={id('birthDate')} type="date" label={labels.birthDate} value={f.birthDate ?? ''} onChange={(v) => set('birthDate', v || null)} error={errors.fields.birthDate} />
      <SelectField
        id={id('gender')}
        label={t('netmap.form.gender')}
        value={f.gender ?? ''}
        onChange={(v) => set('gender', v ? (v as NonNullable<PersonFields['gender']>) : null)}
        options={[{ value: '', label: t('netmap.form.genderUnknown') }, ...PERSON_GENDERS.map((g) => ({ value: g, label: t(`netmap.gender.${g}`) }))]}
        error={errors.fields.gender}
      />
      <FormField type="checkbox">
        <div className="utrecht-form-field__input">
          <Checkbox id={id('deceased')} name="deceased" checked={f.deceased} onChange={(e) => set('deceased', e.target.checked)} />
        </div>
        <div className="utrecht-form-field__label utrecht-form-field__label--checkbox">
          <FormLabel htmlFor={id('deceased')} type="checkbox">
            {t('netmap.form.deceased')}
          </FormLabel>
        </div>
      </FormField>
      <ButtonGroup>
        <Button type="submit" appearance="primary-action-button" busy={busy}>
          {submitLabel}
        </Button>
      </ButtonGroup>
    </form>
  );
}
