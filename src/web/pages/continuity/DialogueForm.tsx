import { Button, ButtonGroup, Checkbox, Fieldset, FieldsetLegend, FormField, FormLabel, Heading, Paragraph } from '@utrecht/component-library-react';
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
import { PictogramPicker } from './PictogramPicker';
import { FUTURE_FORMATS, PARTICIPANT_KINDS, linesOf, type Dialogue, type DialogueBody, type FutureFormat, type ParticipantKind, type Pictogram } from './types';

interface FormState {
  heldOn: string;
  participants: { name: string; kind: ParticipantKind }[];
  topicsDiscussed: string;
  topicsOpen: string;
  wishes: { text: string; changeable: boolean }[];
  format: FutureFormat;
  story: string;
  pictograms: Pictogram[];
}

const today = () => new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam' }).format(new Date());

const stateOf = (d: Dialogue | null): FormState => ({
  heldOn: d?.heldOn ?? today(),
  participants: d?.participants.map((p) => ({ ...p })) ?? [{ name: '', kind: 'jongere' }],
  topicsDiscussed: d?.topicsDiscussed.join('\n') ?? '',
  topicsOpen: d?.topicsOpen.join('\n') ?? '',
  wishes: d?.wishes.map((w) => ({ ...w })) ?? [{ text: '', changeable: true }],
  format: d?.format ?? 'lijst',
  story: d?.story ?? '',
  pictograms: d?.pictograms ?? [],
});

const isDialogue = (v: unknown): v is Dialogue => typeof v === 'object' && v !== null && 'heldOn' in v && 'version' in v;

interface Props {
  clientId: string;
  /** The dialogue to change; null for a new one. */
  dialogue: Dialogue | null;
  onSaved: (message: string | null) => void;
  onCancel?: () => void;
}

/** Write down one toekomstplan conversation: who joined, what was and was not discussed, wishes, in the chosen form. */
export function DialogueForm({ clientId, dialogue, onSaved, onCancel }: Props) {
  const { t } = useTranslation();
  const [form, setForm] = useState(() => stateOf(dialogue));
  const [version, setVersion] = useState(dialogue?.version ?? 0);
  const prefix = dialogue ? `dialogue-${dialogue.id}` : 'dialogue';
  const { errors, busy, conflict, submit, clearErrors } = useFormSubmit<Dialogue>({
    conflict: {
      parse: (c) => (isDialogue(c) ? c : null),
      load: (c) => {
        setForm(stateOf(c));
        setVersion(c.version);
      },
    },
  });
  const set = (patch: Partial<FormState>) => setForm((f) => ({ ...f, ...patch }));
  const fields = ['heldOn', 'participants', 'topicsDiscussed', 'topicsOpen', 'wishes', 'format', 'story', 'pictograms', 'clientId'];

  const onSubmit = (event: FormEvent) =>
    submit(
      event,
      () =>
        fieldErrors({
          heldOn: !form.heldOn && t('continuity.future.heldOnRequired'),
          participants: !form.participants.some((p) => p.name.trim()) && t('continuity.future.participantsRequired'),
          topicsDiscussed: linesOf(form.topicsDiscussed).length === 0 && t('continuity.future.topicsRequired'),
        }),
      async () => {
        const body: DialogueBody = {
          heldOn: form.heldOn,
          participants: form.participants.filter((p) => p.name.trim()).map((p) => ({ name: p.name.trim(), kind: p.kind })),
          topicsDiscussed: linesOf(form.topicsDiscussed),
          topicsOpen: linesOf(form.topicsOpen),
          wishes: form.wishes.filter((w) => w.text.trim()).map((w) => ({ text: w.text.trim(), changeable: w.changeable })),
          format: form.format,
          story: form.format === 'tekst' ? form.story.trim() || null : null,
          pictograms: form.format === 'plaatjes' ? form.pictograms : [],
        };
        const path = `/api/clients/${encodeURIComponent(clientId)}/future/dialogues`;
        if (dialogue) await api.put<Dialogue>(`${path}/${encodeURIComponent(dialogue.id)}`, { ...body, version });
        else await api.post<Dialogue>(path, body);
        clearErrors();
        if (!dialogue) setForm(stateOf(null));
        onSaved(t('continuity.future.saved'));
      },
    );

  return (
    <form noValidate onSubmit={(e) => void onSubmit(e)} className="samenspel-form samenspel-continuity-noprint" aria-labelledby={`${prefix}-title`}>
      <Heading level={dialogue ? 3 : 2} id={`${prefix}-title`}>
        {dialogue ? t('continuity.future.editTitle') : t('continuity.future.newTitle')}
      </Heading>
      {conflict ? <ConflictAlert /> : null}
      <ErrorSummary errors={errors} idPrefix={prefix} fields={fields} />
      <TextField id={`${prefix}-heldOn`} type="date" max={today()} label={t('continuity.future.heldOn')} value={form.heldOn} onChange={(v) => set({ heldOn: v })} error={errors.fields.heldOn} required />
      <Fieldset id={`${prefix}-participants`} tabIndex={-1} invalid={!!errors.fields.participants}>
        <FieldsetLegend>{t('continuity.future.participants')}</FieldsetLegend>
        {errors.fields.participants ? <Paragraph className="samenspel-continuity-error">{errors.fields.participants}</Paragraph> : null}
        <Paragraph>{t('continuity.future.participantsHint')}</Paragraph>
        {form.participants.map((p, i) => (
          <div key={i} className="samenspel-continuity-pair">
            <TextField
              id={`${prefix}-participant-${i}-name`}
              label={t('continuity.future.participantName', { n: i + 1 })}
              value={p.name}
              onChange={(v) => set({ participants: form.participants.map((x, j) => (j === i ? { ...x, name: v } : x)) })}
            />
            <SelectField
              id={`${prefix}-participant-${i}-kind`}
              label={t('continuity.future.participantKind', { n: i + 1 })}
              value={p.kind}
              onChange={(v) => set({ participants: form.participants.map((x, j) => (j === i ? { ...x, kind: v as ParticipantKind } : x)) })}
              options={PARTICIPANT_KINDS.map((k) => ({ value: k, label: t(`continuity.participantKinds.${k}`) }))}
            />
          </div>
        ))}
        <ButtonGroup>
          <Button type="button" appearance="secondary-action-button" onClick={() => set({ participants: [...form.participants, { name: '', kind: 'naaste' }] })}>
            {t('continuity.future.addParticipant')}
          </Button>
        </ButtonGroup>
      </Fieldset>
      <TextAreaField
        id={`${prefix}-topicsDiscussed`}
        label={t('continuity.future.topicsDiscussed')}
        description={t('continuity.future.onePerLine')}
        value={form.topicsDiscussed}
        onChange={(v) => set({ topicsDiscussed: v })}
        error={errors.fields.topicsDiscussed}
        rows={3}
        required
      />
      <TextAreaField
        id={`${prefix}-topicsOpen`}
        label={t('continuity.future.topicsOpen')}
        description={t('continuity.future.topicsOpenHint')}
        value={form.topicsOpen}
        onChange={(v) => set({ topicsOpen: v })}
        error={errors.fields.topicsOpen}
        rows={3}
      />
      <Fieldset id={`${prefix}-wishes`} tabIndex={-1}>
        <FieldsetLegend>{t('continuity.future.wishes')}</FieldsetLegend>
        <Paragraph>{t('continuity.future.wishesHint')}</Paragraph>
        {form.wishes.map((w, i) => (
          <div key={i} className="samenspel-continuity-pair">
            <TextField
              id={`${prefix}-wish-${i}-text`}
              label={t('continuity.future.wish', { n: i + 1 })}
              value={w.text}
              onChange={(v) => set({ wishes: form.wishes.map((x, j) => (j === i ? { ...x, text: v } : x)) })}
            />
            <FormField type="checkbox">
              <div className="utrecht-form-field__input">
                <Checkbox
                  id={`${prefix}-wish-${i}-changeable`}
                  checked={w.changeable}
                  onChange={(e) => set({ wishes: form.wishes.map((x, j) => (j === i ? { ...x, changeable: e.target.checked } : x)) })}
                />
              </div>
              <div className="utrecht-form-field__label utrecht-form-field__label--checkbox">
                <FormLabel htmlFor={`${prefix}-wish-${i}-changeable`} type="checkbox">
                  {t('continuity.future.changeable', { n: i + 1 })}
                </FormLabel>
              </div>
            </FormField>
          </div>
        ))}
        <ButtonGroup>
          <Button type="button" appearance="secondary-action-button" onClick={() => set({ wishes: [...form.wishes, { text: '', changeable: true }] })}>
            {t('continuity.future.addWish')}
          </Button>
        </ButtonGroup>
      </Fieldset>
      <RadioGroup
        id={`${prefix}-format`}
        legend={t('continuity.future.format')}
        value={form.format}
        onChange={(v) => set({ format: (FUTURE_FORMATS as readonly string[]).includes(v) ? (v as FutureFormat) : 'lijst' })}
        options={FUTURE_FORMATS.map((f) => ({ value: f, label: t(`continuity.formats.${f}`) }))}
        error={errors.fields.format}
      />
      {form.format === 'tekst' ? (
        <TextAreaField id={`${prefix}-story`} label={t('continuity.future.story')} value={form.story} onChange={(v) => set({ story: v })} error={errors.fields.story} rows={6} required />
      ) : null}
      {form.format === 'plaatjes' ? <PictogramPicker id={`${prefix}-pictograms`} values={form.pictograms} onChange={(v) => set({ pictograms: v })} error={errors.fields.pictograms} /> : null}
      <ButtonGroup>
        <Button type="submit" appearance="primary-action-button" busy={busy}>
          {t('continuity.future.save')}
        </Button>
        {onCancel ? (
          <Button type="button" appearance="secondary-action-button" onClick={onCancel}>
            {t('continuity.future.cancel')}
          </Button>
        ) : null}
      </ButtonGroup>
    </form>
  );
}
