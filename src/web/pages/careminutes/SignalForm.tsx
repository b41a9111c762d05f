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
import { SIGNAL_AGE_GROUPS, SIGNAL_KINDS, type NetworkSignalsView } from './types';

const today = () => new Date().toISOString().slice(0, 10);

/** A new signal, trend or gap in provision. The server refuses personal data; a likely name needs a tick. */
export function SignalForm({ view, onAdded }: { view: NetworkSignalsView; onAdded: () => void }) {
  const { t } = useTranslation();
  const [kind, setKind] = useState('signaal');
  const [title, setTitle] = useState('');
  const [body, setBody] = useState('');
  const [area, setArea] = useState(view.network.area ?? '');
  const [ageGroup, setAgeGroup] = useState('alle');
  const [observedOn, setObservedOn] = useState(today());
  const [source, setSource] = useState(view.myOrganisationId ?? view.organisations[0]?.id ?? '');
  const [followUp, setFollowUp] = useState('');
  const [confirm, setConfirm] = useState<string[]>([]);
  const { errors, busy, submit, clearErrors } = useFormSubmit();
  const p = 'signal';
  const askConfirm = !!errors.fields.confirmNoPersonalData || confirm.length > 0;
  const onSubmit = (e: FormEvent) =>
    submit(
      e,
      () => fieldErrors({ title: !title.trim() && t('careMinutes.required'), body: !body.trim() && t('careMinutes.required'), sourceOrgId: !source && t('careMinutes.required') }),
      async () => {
        await api.post(`/api/care-signals/networks/${encodeURIComponent(view.network.id)}`, {
          kind,
          title: title.trim(),
          body: body.trim(),
          area: area.trim() || null,
          ageGroup,
          observedOn,
          sourceOrgId: source,
          followUpUserId: followUp || null,
          confirmNoPersonalData: confirm.length > 0,
        });
        setTitle('');
        setBody('');
        setConfirm([]);
        clearErrors();
        onAdded();
      },
    );
  return (
    <section aria-labelledby="signal-form-title" className="samenspel-section">
      <Heading level={2} id="signal-form-title">
        {t('careMinutes.signals.addTitle')}
      </Heading>
      <Paragraph>{t('careMinutes.signals.noPersons')}</Paragraph>
      <form noValidate onSubmit={(e) => void onSubmit(e)} className="samenspel-form">
        <ErrorSummary
          errors={errors}
          idPrefix={p}
          fields={['kind', 'title', 'body', 'area', 'ageGroup', 'observedOn', 'sourceOrgId', 'followUpUserId', 'confirmNoPersonalData']}
          labels={{ title: t('careMinutes.signals.titleField'), body: t('careMinutes.signals.body'), area: t('careMinutes.signals.area'), observedOn: t('careMinutes.signals.observedOn'), confirmNoPersonalData: t('careMinutes.signals.confirmLegend') }}
        />
        <RadioGroup id={`${p}-kind`} legend={t('careMinutes.signals.kind')} value={kind} onChange={setKind} options={SIGNAL_KINDS.map((k) => ({ value: k, label: t(`careMinutes.signalKind.${k}`) }))} error={errors.fields.kind} />
        <TextField id={`${p}-title`} label={t('careMinutes.signals.titleField')} description={t('careMinutes.signals.titleHint')} value={title} onChange={setTitle} error={errors.fields.title} maxLength={120} required />
        <TextAreaField id={`${p}-body`} label={t('careMinutes.signals.body')} description={t('careMinutes.signals.bodyHint')} value={body} onChange={setBody} error={errors.fields.body} maxLength={2000} rows={4} required />
        <TextField id={`${p}-area`} label={t('careMinutes.signals.area')} value={area} onChange={setArea} error={errors.fields.area} maxLength={120} />
        <SelectField id={`${p}-ageGroup`} label={t('careMinutes.signals.ageGroup')} value={ageGroup} onChange={setAgeGroup} options={SIGNAL_AGE_GROUPS.map((a) => ({ value: a, label: t(`careMinutes.ageGroup.${a}`) }))} error={errors.fields.ageGroup} />
        <TextField id={`${p}-observedOn`} type="date" label={t('careMinutes.signals.observedOn')} value={observedOn} onChange={setObservedOn} error={errors.fields.observedOn} />
        <SelectField id={`${p}-sourceOrgId`} label={t('careMinutes.signals.source')} value={source} onChange={setSource} options={view.organisations.map((o) => ({ value: o.id, label: o.name }))} error={errors.fields.sourceOrgId} />
        <SelectField
          id={`${p}-followUpUserId`}
          label={t('careMinutes.signals.followUp')}
          value={followUp}
          onChange={setFollowUp}
          options={[{ value: '', label: t('careMinutes.signals.nobody') }, ...view.people.map((x) => ({ value: x.userId, label: x.name }))]}
          error={errors.fields.followUpUserId}
        />
        {askConfirm ? (
          <CheckboxGroup
            id={`${p}-confirmNoPersonalData`}
            legend={t('careMinutes.signals.confirmLegend')}
            values={confirm}
            onChange={setConfirm}
            options={[{ value: 'yes', label: t('careMinutes.signals.confirm') }]}
            error={errors.fields.confirmNoPersonalData}
          />
        ) : null}
        <ButtonGroup>
          <Button type="submit" appearance="primary-action-button" busy={busy}>
            {t('careMinutes.signals.add')}
          </Button>
        </ButtonGroup>
      </form>
    </section>
  );
}
