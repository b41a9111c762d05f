import { Button } from '@utrecht/component-library-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import { CheckboxGroup } from '../../components/CheckboxGroup';
import { ConflictAlert } from '../../components/ConflictAlert';
import { ErrorSummary } from '../../components/ErrorSummary';
import { fieldErrors } from '../../components/formErrors';
import { RadioGroup } from '../../components/RadioGroup';
import { SuccessAlert } from '../../components/SuccessAlert';
import { TextAreaField } from '../../components/TextAreaField';
import { useFormSubmit } from '../../components/useFormSubmit';
import { CHANNELS, CHECK_IN_WEEKS, FREQUENCIES, NAASTE_ROLES, OCCASIONS, isCard, type CardView, type Channel, type Frequency, type NaasteRole, type Occasion } from './types';

interface Props {
  id: string;
  /** PUT target: the naaste's own card, or a member's card in the circle. */
  url: string;
  card: CardView | null;
  /** "je" for the naaste, the naaste's name when someone fills it in with them. */
  ownView: boolean;
  onSaved: (card: CardView) => void;
  /** The heading that names whose card this is, when several can be open on one page. */
  labelledBy?: string;
}

interface Draft {
  occasions: Occasion[];
  frequency: Frequency | '';
  channels: Channel[];
  roles: NaasteRole[];
  ownStory: string;
  ownNeeds: string;
  checkInWeeks: string;
  version: number;
}

const draftOf = (c: CardView | null): Draft => ({
  occasions: c?.occasions ?? [],
  frequency: c?.frequency ?? '',
  channels: c?.channels ?? [],
  roles: c?.roles ?? [],
  ownStory: c?.ownStory ?? '',
  ownNeeds: c?.ownNeeds ?? '',
  checkInWeeks: c?.checkInWeeks ? String(c.checkInWeeks) : '',
  version: c?.version ?? 0,
});

const FIELDS = ['occasions', 'frequency', 'channels', 'roles', 'ownStory', 'ownNeeds', 'checkInWeeks'];

/** The naastenkaart: how someone wants to be involved, their roles, their own story and the check-in rhythm. */
export function CardForm({ id, url, card, ownView, onSaved, labelledBy }: Props) {
  const { t } = useTranslation();
  const [d, setD] = useState<Draft>(() => draftOf(card));
  const [saved, setSaved] = useState(false);
  const { errors, busy, conflict, submit } = useFormSubmit<CardView>({ conflict: { parse: (c) => (isCard(c) ? c : null), load: (c) => setD(draftOf(c)) } });
  const set = <K extends keyof Draft>(k: K, v: Draft[K]) => {
    setSaved(false);
    setD((x) => ({ ...x, [k]: v }));
  };
  const p = ownView ? 'naasten.form.own' : 'naasten.form.other';
  const labels = Object.fromEntries(FIELDS.map((f) => [f, t(`naasten.form.${f}`)]));

  return (
    <form
      noValidate
      className="samenspel-form"
      {...(labelledBy ? { 'aria-labelledby': labelledBy } : { 'aria-label': t('naasten.form.title') })}
      onSubmit={(e) =>
        void submit(
          e,
          () =>
            fieldErrors({
              frequency: d.frequency === '' && t('naasten.form.chooseFrequency'),
              channels: d.channels.length === 0 && t('naasten.form.chooseChannel'),
            }),
          async () => {
            const body = {
              version: d.version,
              occasions: d.occasions,
              frequency: d.frequency,
              channels: d.channels,
              roles: d.roles,
              ownStory: d.ownStory,
              ownNeeds: d.ownNeeds,
              checkInWeeks: d.checkInWeeks === '' ? null : Number(d.checkInWeeks),
            };
            const res = await api.put<CardView>(url, body);
            setD(draftOf(res));
            setSaved(true);
            onSaved(res);
          },
        )
      }
    >
      {conflict ? <ConflictAlert /> : null}
      <ErrorSummary errors={errors} idPrefix={id} fields={FIELDS} labels={labels} />
      <CheckboxGroup
        id={`${id}-occasions`}
        legend={t(`${p}.occasions`)}
        values={d.occasions}
        onChange={(v) => set('occasions', v as Occasion[])}
        options={OCCASIONS.map((o) => ({ value: o, label: t(`naasten.occasion.${o}`) }))}
        error={errors.fields.occasions}
      />
      <RadioGroup
        id={`${id}-frequency`}
        legend={t(`${p}.frequency`)}
        value={d.frequency}
        onChange={(v) => set('frequency', v as Frequency)}
        options={FREQUENCIES.map((f) => ({ value: f, label: t(`naasten.frequency.${f}`) }))}
        error={errors.fields.frequency}
      />
      <CheckboxGroup
        id={`${id}-channels`}
        legend={t(`${p}.channels`)}
        values={d.channels}
        onChange={(v) => set('channels', v as Channel[])}
        options={CHANNELS.map((c) => ({ value: c, label: t(`naasten.channel.${c}`) }))}
        error={errors.fields.channels}
      />
      <CheckboxGroup
        id={`${id}-roles`}
        legend={t(`${p}.roles`)}
        values={d.roles}
        onChange={(v) => set('roles', v as NaasteRole[])}
        options={NAASTE_ROLES.map((r) => ({ value: r, label: t(`naasten.role.${r}`) }))}
        error={errors.fields.roles}
      />
      <TextAreaField id={`${id}-ownStory`} label={t(`${p}.ownStory`)} value={d.ownStory} onChange={(v) => set('ownStory', v)} maxLength={4000} rows={4} error={errors.fields.ownStory} />
      <TextAreaField id={`${id}-ownNeeds`} label={t(`${p}.ownNeeds`)} value={d.ownNeeds} onChange={(v) => set('ownNeeds', v)} maxLength={4000} rows={3} error={errors.fields.ownNeeds} />
      <RadioGroup
        id={`${id}-checkInWeeks`}
        legend={t('naasten.form.checkInWeeksLegend')}
        value={d.checkInWeeks}
        onChange={(v) => set('checkInWeeks', v)}
        options={[{ value: '', label: t('naasten.form.noCheckIn') }, ...CHECK_IN_WEEKS.map((w) => ({ value: String(w), label: t('naasten.form.everyWeeks', { count: w }) }))]}
        error={errors.fields.checkInWeeks}
      />
      {saved ? <SuccessAlert focus>{t('naasten.form.saved')}</SuccessAlert> : null}
      <Button type="submit" appearance="primary-action-button" busy={busy}>
        {t('naasten.form.save')}
      </Button>
    </form>
  );
}
