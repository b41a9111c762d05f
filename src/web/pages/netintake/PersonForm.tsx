import { Button, ButtonGroup, Checkbox, FormField, FormLabel, Heading } from '@utrecht/component-library-react';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import { CheckboxGroup } from '../../components/CheckboxGroup';
import { ErrorSummary } from '../../components/ErrorSummary';
import { fieldErrors } from '../../components/formErrors';
import { RadioGroup } from '../../components/RadioGroup';
import { TextField } from '../../components/TextField';
import { useFormSubmit } from '../../components/useFormSubmit';
import { CLOSENESS, SUPPORT_FUNCTIONS, intakeApi, type Closeness, type IntakeAnswer, type Sector } from './types';

interface Props {
  clientId: string;
  intakeId: string;
  step: number;
  sector: Sector;
  answer: IntakeAnswer;
  onAdded: (name: string) => void;
  onCancel: () => void;
}

/** One person named in answer to a question of the step; saved straight onto the map. */
export function PersonForm({ clientId, intakeId, step, sector, answer, onAdded, onCancel }: Props) {
  const { t } = useTranslation();
  const [name, setName] = useState('');
  const [relation, setRelation] = useState('');
  const [closeness, setCloseness] = useState<Closeness>(answer === 'nu' ? 'dichtbij' : 'verder');
  const [support, setSupport] = useState<string[]>([]);
  const [paid, setPaid] = useState(sector === 'zorg');
  const [restore, setRestore] = useState('');
  const { errors, busy, submit } = useFormSubmit();
  const first = useRef<HTMLDivElement>(null);
  const p = `person-${answer}`;
  useEffect(() => {
    first.current?.querySelector('input')?.focus();
  }, []);
  const onSubmit = (e: FormEvent) =>
    submit(
      e,
      () =>
        fieldErrors({
          'person.displayName': !name.trim() && t('netIntake.person.required'),
          'person.relation': !relation.trim() && t('netIntake.person.required'),
          'person.status': answer === 'vroeger' && !restore && t('netIntake.person.chooseRestore'),
        }),
      async () => {
        await api.post(`${intakeApi(clientId)}/${encodeURIComponent(intakeId)}/persons`, {
          step,
          answer,
          person: {
            displayName: name.trim(),
            relation: relation.trim(),
            sector,
            closeness,
            supportGiven: answer === 'nu' ? support : [],
            paid: answer === 'vroeger' ? false : paid,
            status: answer === 'vroeger' ? restore : 'actief',
            ...(answer === 'vroeger' && restore === 'contact-kwijt' ? { quality: 'verbroken' } : {}),
          },
        });
        onAdded(name.trim());
      },
    );
  return (
    <form noValidate onSubmit={(e) => void onSubmit(e)} className="samenspel-form netintake-person-form" aria-labelledby={`${p}-title`}>
      <Heading level={4} id={`${p}-title`}>
        {t('netIntake.person.title')}
      </Heading>
      <ErrorSummary
        errors={errors}
        idPrefix={p}
        fields={['person.displayName', 'person.relation', 'person.closeness', 'person.status', 'person.supportGiven']}
        labels={{ 'person.displayName': t('netIntake.person.name'), 'person.relation': t('netIntake.person.relation'), 'person.status': t('netIntake.person.restore') }}
      />
      <div ref={first}>
        <TextField id={`${p}-person.displayName`} label={t('netIntake.person.name')} description={t('netIntake.person.nameHint')} value={name} onChange={setName} error={errors.fields['person.displayName']} maxLength={120} autoComplete="off" required />
      </div>
      <TextField id={`${p}-person.relation`} label={t('netIntake.person.relation')} description={t('netIntake.person.relationHint')} value={relation} onChange={setRelation} error={errors.fields['person.relation']} maxLength={80} autoComplete="off" required />
      <RadioGroup
        id={`${p}-person.closeness`}
        legend={t('netIntake.person.closeness')}
        value={closeness}
        onChange={(v) => setCloseness(v as Closeness)}
        options={CLOSENESS.map((c) => ({ value: c, label: t(`netIntake.closeness.${c}`) }))}
        error={errors.fields['person.closeness']}
      />
      {answer === 'vroeger' ? (
        <RadioGroup
          id={`${p}-person.status`}
          legend={t('netIntake.person.restore')}
          value={restore}
          onChange={setRestore}
          options={[
            { value: 'wil-herstellen', label: t('netIntake.person.restoreYes') },
            { value: 'contact-kwijt', label: t('netIntake.person.restoreNo') },
          ]}
          error={errors.fields['person.status']}
        />
      ) : null}
      {answer === 'nu' ? (
        <CheckboxGroup
          id={`${p}-person.supportGiven`}
          legend={t('netIntake.person.support')}
          values={support}
          onChange={setSupport}
          options={SUPPORT_FUNCTIONS.map((f) => ({ value: f, label: t(`netIntake.function.${f}`) }))}
          error={errors.fields['person.supportGiven']}
        />
      ) : null}
      {answer !== 'vroeger' ? (
        <FormField type="checkbox">
          <div className="utrecht-form-field__input">
            <Checkbox id={`${p}-person.paid`} name={`${p}-paid`} checked={paid} onChange={(e) => setPaid(e.target.checked)} />
          </div>
          <div className="utrecht-form-field__label utrecht-form-field__label--checkbox">
            <FormLabel htmlFor={`${p}-person.paid`} type="checkbox">
              {t('netIntake.person.paid')}
            </FormLabel>
          </div>
        </FormField>
      ) : null}
      <ButtonGroup>
        <Button type="submit" appearance="primary-action-button" busy={busy}>
          {t('netIntake.person.save')}
        </Button>
        <Button type="button" appearance="secondary-action-button" onClick={onCancel}>
          {t('netIntake.person.cancel')}
        </Button>
      </ButtonGroup>
    </form>
  );
}
