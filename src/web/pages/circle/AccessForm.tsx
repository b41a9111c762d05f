import { Button, ButtonGroup, Heading, Paragraph, Textarea } from '@utrecht/component-library-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import { PRESET_CELLS, PRESETS, presetOf, type AccessLevel, type Cells, type ChangeOutcome, type CircleMember, type CircleView, type Preset } from '../../api/circle-types';
import { ConflictAlert } from '../../components/ConflictAlert';
import { ErrorSummary } from '../../components/ErrorSummary';
import { fieldErrors } from '../../components/formErrors';
import { LabelledField } from '../../components/LabelledField';
import { RadioGroup } from '../../components/RadioGroup';
import { TextField } from '../../components/TextField';
import { useFormSubmit } from '../../components/useFormSubmit';
import { LevelIcon } from './AccessMarker';
import { CATEGORIES, LEVELS, endDateOf } from './circleText';
import { asCircleView, memberAccessApi } from './paths';

const NOTHING: Cells = { basis: 'none', netwerk: 'none', plan: 'none', agenda: 'none', logboek: 'none', rapportage: 'none', gevoelig: 'none', documenten: 'none' };
const FIELDS = ['expiresAt', 'note', ...CATEGORIES.map((c) => `cells.${c}`)];
const isLevel = (v: string): v is AccessLevel => (LEVELS as readonly string[]).includes(v);

/** Today as yyyy-mm-dd in Dutch time: an end date must come after it. */
function todayInNl(): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam', year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date());
}

interface Props {
  view: CircleView;
  member: CircleMember;
  /** True: the viewer decides and the change can apply at once; false: it becomes a proposal. */
  decides: boolean;
  onSaved: (outcome: ChangeOutcome) => void;
  /** A 409: the circle as it is now on the server. */
  onConflict: (current: CircleView) => void;
}

/** The eight kinds of information with none / read / contribute each, preset buttons, an end date and a note. */
export function AccessForm({ view, member, decides, onSaved, onConflict }: Props) {
  const { t } = useTranslation();
  const [cells, setCells] = useState<Cells>({ ...member.cells });
  const [expiresAt, setExpiresAt] = useState(member.expiresAt ? endDateOf(member.expiresAt) : '');
  const [note, setNote] = useState('');
  const [version, setVersion] = useState(member.version);
  const [filled, setFilled] = useState<string | null>(null);
  const { errors, busy, conflict, submit, clearErrors } = useFormSubmit<CircleView>({
    conflict: {
      parse: (current) => {
        const v = asCircleView<CircleView>(current);
        return v && v.members.some((m) => m.linkId === member.linkId) ? v : null;
      },
      load: (current) => {
        const now = current.members.find((m) => m.linkId === member.linkId);
        if (!now) return;
        setCells({ ...now.cells });
        setExpiresAt(now.expiresAt ? endDateOf(now.expiresAt) : '');
        setVersion(now.version);
        setFilled(null);
        onConflict(current);
      },
    },
  });
  const firstName = member.name.split(' ')[0] ?? member.name;

  const fill = (preset: Preset | 'nothing') => {
    setCells({ ...(preset === 'nothing' ? NOTHING : PRESET_CELLS[preset]) });
    setFilled(t('circle.access.filled', { preset: t(`circle.preset.${preset}`) }));
  };

  const onSubmit = (event: FormEvent) =>
    submit(
      event,
      () =>
        fieldErrors({
          expiresAt: expiresAt !== '' && (!/^\d{4}-\d{2}-\d{2}$/.test(expiresAt) ? t('circle.access.dateInvalid') : expiresAt <= todayInNl() && t('circle.access.dateFuture')),
          note: note.trim().length > 500 && t('circle.access.noteTooLong'),
        }),
      async () => {
        const outcome = await api.put<ChangeOutcome>(memberAccessApi(view.client.id, member.linkId), {
          version,
          cells,
          expiresAt: expiresAt || null,
          preset: presetOf(cells),
          note: note.trim() || null,
        });
        clearErrors();
        setFilled(null);
        setNote('');
        const now = outcome.circle.members.find((m) => m.linkId === member.linkId);
        if (now) setVersion(now.version);
        onSaved(outcome);
      },
    );

  return (
    <form noValidate onSubmit={(e) => void onSubmit(e)} className="samenspel-form circle-access-form">
      {conflict ? <ConflictAlert /> : null}
      <ErrorSummary errors={errors} idPrefix="access" fields={FIELDS} />

      <section aria-labelledby="access-presets" className="circle-presets">
        <Heading level={2} id="access-presets">
          {t('circle.access.presetsTitle')}
        </Heading>
        <Paragraph>{t('circle.access.presetsIntro', { name: firstName })}</Paragraph>
        <ul className="circle-presets__list">
          {PRESETS.map((p) => (
            <li key={p}>
              <strong>{t(`circle.preset.${p}`)}</strong>: {t(`circle.presetHelp.${p}`)}
            </li>
          ))}
        </ul>
        <ButtonGroup className="circle-presets__buttons">
          {PRESETS.map((p) => (
            <Button key={p} appearance="secondary-action-button" onClick={() => fill(p)}>
              {t('circle.access.fillWith', { preset: t(`circle.preset.${p}`) })}
            </Button>
          ))}
          <Button appearance="secondary-action-button" onClick={() => fill('nothing')}>
            {t('circle.access.fillNothing')}
          </Button>
        </ButtonGroup>
        <div role="status">{filled ? <Paragraph>{filled}</Paragraph> : null}</div>
      </section>

      <section aria-labelledby="access-categories">
        <Heading level={2} id="access-categories">
          {t('circle.access.categoriesTitle')}
        </Heading>
        <Paragraph>{t('circle.access.categoriesIntro', { name: firstName })}</Paragraph>
        <div className="circle-access-rows">
          {CATEGORIES.map((c) => (
            <div key={c} className={`circle-access-row circle-access-row--${cells[c]}`}>
              <LevelIcon level={cells[c]} />
              <RadioGroup
                id={`access-cells.${c}`}
                legend={t(`circle.category.${c}`)}
                value={cells[c]}
                onChange={(v) => {
                  if (isLevel(v)) setCells((old) => ({ ...old, [c]: v }));
                }}
                options={LEVELS.map((l) => ({ value: l, label: t(`circle.level.${l}`) }))}
                error={errors.fields[`cells.${c}`]}
              />
            </div>
          ))}
        </div>
        {cells.gevoelig !== 'none' ? <Paragraph className="circle-warning">{t('circle.access.sensitiveWarning', { name: firstName })}</Paragraph> : null}
      </section>

      <TextField
        id="access-expiresAt"
        type="date"
        label={t('circle.access.expiresAt')}
        description={t('circle.access.expiresAtHelp')}
        value={expiresAt}
        onChange={setExpiresAt}
        min={todayInNl()}
        error={errors.fields.expiresAt}
      />
      <LabelledField id="access-note" label={t('circle.access.note')} description={t('circle.access.noteHelp')} error={errors.fields.note}>
        {(describedBy) => (
          <Textarea id="access-note" name="note" rows={3} maxLength={500} value={note} onChange={(e) => setNote(e.target.value)} invalid={!!errors.fields.note} aria-describedby={describedBy} />
        )}
      </LabelledField>
      {!decides ? <Paragraph>{t('circle.access.proposalExplain')}</Paragraph> : null}
      <ButtonGroup>
        <Button type="submit" appearance="primary-action-button" busy={busy}>
          {decides ? t('circle.access.save') : t('circle.access.propose')}
        </Button>
      </ButtonGroup>
    </form>
  );
}
