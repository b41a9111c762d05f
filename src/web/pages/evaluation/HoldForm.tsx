import { Button, ButtonGroup, Heading, Paragraph } from '@utrecht/component-library-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import { CheckboxGroup } from '../../components/CheckboxGroup';
import { ConflictAlert } from '../../components/ConflictAlert';
import { ErrorSummary } from '../../components/ErrorSummary';
import { NO_ERRORS } from '../../components/formErrors';
import { RadioGroup } from '../../components/RadioGroup';
import { SelectField } from '../../components/SelectField';
import { TextAreaField } from '../../components/TextAreaField';
import { TextField } from '../../components/TextField';
import { useFormSubmit } from '../../components/useFormSubmit';
import { ScorePicker } from './ScorePicker';
import { YIELDS, evaluationsPath, isDetail, type Decision, type EvaluationDetail, type Yield } from './types';

interface GoalState {
  clientScore: number | null;
  others: Record<string, string>;
  wentWell: string;
  toChange: string;
}

interface Props {
  clientId: string;
  evaluation: EvaluationDetail;
  onHeld: (held: EvaluationDetail) => void;
  /** After a 409: the page shows the evaluation as it is now. */
  onConflict: (current: EvaluationDetail) => void;
}

const EMPTY: GoalState = { clientScore: null, others: {}, wentWell: '', toChange: '' };

/**
 * Holding the evaluation: per goal the client's score (and, if they like, the scores of the people
 * who came), what went well and what to change; per agreement go on or stop; and what it brought.
 */
export function HoldForm({ clientId, evaluation: e, onHeld, onConflict }: Props) {
  const { t } = useTranslation();
  const [goals, setGoals] = useState<Record<string, GoalState>>({});
  const [decisions, setDecisions] = useState<Record<string, Decision>>({});
  const [notes, setNotes] = useState<Record<string, string>>({});
  const [yields, setYields] = useState<string[]>([]);
  const [wentWell, setWentWell] = useState('');
  const [toChange, setToChange] = useState('');
  const [nextPlannedOn, setNextPlannedOn] = useState('');
  const form = useFormSubmit<EvaluationDetail>({ conflict: { parse: (c) => (isDetail(c) ? c : null), load: onConflict } });
  const raters = e.invitees.filter((i): i is { linkId: string; label: string } => i.linkId !== null);
  // Keyed by goal: after a 409 the form shows the new plan and keeps what was filled in for the goals that stayed.
  const stateOf = (goalId: string) => goals[goalId] ?? EMPTY;
  const setGoal = (goalId: string, change: Partial<GoalState>) => setGoals((g) => ({ ...g, [goalId]: { ...(g[goalId] ?? EMPTY), ...change } }));
  const scoreOptions = [{ value: '', label: t('evaluation.noScore') }, ...Array.from({ length: 10 }, (_, i) => ({ value: String(i + 1), label: String(i + 1) }))];
  const fields = [
    ...e.openGoals.flatMap((_, i) => [`goals.${i}.clientScore`, `goals.${i}.wentWell`, `goals.${i}.toChange`]),
    ...e.openAgreements.map((_, i) => `agreements.${i}.decision`),
    'yields',
    'wentWell',
    'toChange',
    'nextPlannedOn',
  ];

  const onSubmit = (event: FormEvent) =>
    form.submit(
      event,
      () => NO_ERRORS,
      async () => {
        const held = await api.post<EvaluationDetail>(`${evaluationsPath(clientId)}/${encodeURIComponent(e.id)}/hold`, {
          version: e.version,
          goals: e.openGoals.map((g) => {
            const s = stateOf(g.goalId);
            return {
              goalId: g.goalId,
              version: g.version,
              clientScore: s.clientScore,
              otherScores: Object.entries(s.others)
                .filter(([, v]) => v !== '')
                .map(([linkId, v]) => ({ linkId, score: Number(v) })),
              wentWell: s.wentWell.trim() || null,
              toChange: s.toChange.trim() || null,
            };
          }),
          agreements: e.openAgreements.map((a) => ({ taskId: a.taskId, version: a.version, decision: decisions[a.taskId] ?? 'continue', note: notes[a.taskId]?.trim() || null })),
          yields,
          wentWell: wentWell.trim() || null,
          toChange: toChange.trim() || null,
          nextPlannedOn: nextPlannedOn || null,
        });
        onHeld(held);
      },
    );

  return (
    <form noValidate onSubmit={(ev) => void onSubmit(ev)} className="evaluation-hold">
      {form.conflict ? <ConflictAlert /> : null}
      <ErrorSummary errors={form.errors} idPrefix="hold" fields={fields} />

      <section aria-labelledby="hold-goals-title" className="samenspel-section">
        <Heading level={2} id="hold-goals-title">
          {t('evaluation.goalsTitle')}
        </Heading>
        <Paragraph>{t('evaluation.goalsIntro')}</Paragraph>
        {e.openGoals.length === 0 ? <Paragraph>{t('evaluation.noGoals')}</Paragraph> : null}
        {e.openGoals.map((g, i) => {
          const s = stateOf(g.goalId);
          return (
            <div key={g.goalId} className="evaluation-goal">
              <p className="evaluation-goal__title">
                <span className="evaluation-domain">{t(`evaluation.domain.${g.domain}`, { defaultValue: g.domain })}</span> {g.ownWords}
              </p>
              {g.success ? <p className="evaluation-goal__success">{t('evaluation.success', { text: g.success })}</p> : null}
              <ScorePicker
                id={`hold-goals.${i}.clientScore`}
                legend={t('evaluation.clientScore')}
                value={s.clientScore}
                onChange={(v) => setGoal(g.goalId, { clientScore: v })}
                previous={g.scoreNow}
                target={g.scoreTarget}
                error={form.errors.fields[`goals.${i}.clientScore`]}
              />
              {raters.length ? (
                <div className="evaluation-goal__others">
                  {raters.map((r) => (
                    <SelectField
                      key={r.linkId}
                      id={`hold-goals.${i}.other.${r.linkId}`}
                      label={t('evaluation.otherScore', { name: r.label })}
                      value={s.others[r.linkId] ?? ''}
                      onChange={(v) => setGoal(g.goalId, { others: { ...s.others, [r.linkId]: v } })}
                      options={scoreOptions}
                    />
                  ))}
                </div>
              ) : null}
              <TextAreaField
                id={`hold-goals.${i}.wentWell`}
                label={t('evaluation.goalWentWell')}
                value={s.wentWell}
                onChange={(v) => setGoal(g.goalId, { wentWell: v })}
                error={form.errors.fields[`goals.${i}.wentWell`]}
                maxLength={2000}
                rows={2}
              />
              <TextAreaField
                id={`hold-goals.${i}.toChange`}
                label={t('evaluation.goalToChange')}
                value={s.toChange}
                onChange={(v) => setGoal(g.goalId, { toChange: v })}
                error={form.errors.fields[`goals.${i}.toChange`]}
                maxLength={2000}
                rows={2}
              />
            </div>
          );
        })}
      </section>

      <section aria-labelledby="hold-agreements-title" className="samenspel-section">
        <Heading level={2} id="hold-agreements-title">
          {t('evaluation.agreementsTitle')}
        </Heading>
        {e.openAgreements.length === 0 ? <Paragraph>{t('evaluation.noAgreements')}</Paragraph> : <Paragraph>{t('evaluation.agreementsIntro')}</Paragraph>}
        {e.openAgreements.map((a, i) => (
          <div key={a.taskId} className="evaluation-agreement">
            <RadioGroup
              id={`hold-agreements.${i}.decision`}
              legend={a.assigneeLabel ? t('evaluation.agreementWho', { title: a.title, who: a.assigneeLabel }) : a.title}
              value={decisions[a.taskId] ?? 'continue'}
              onChange={(v) => setDecisions((d) => ({ ...d, [a.taskId]: v as Decision }))}
              options={[
                { value: 'continue', label: t('evaluation.decision.continue') },
                { value: 'stop', label: t('evaluation.decision.stop') },
              ]}
              error={form.errors.fields[`agreements.${i}.decision`]}
            />
            {decisions[a.taskId] === 'stop' ? (
              <TextField
                id={`hold-agreements.${i}.note`}
                label={t('evaluation.stopNote')}
                value={notes[a.taskId] ?? ''}
                onChange={(v) => setNotes((n) => ({ ...n, [a.taskId]: v }))}
              />
            ) : null}
          </div>
        ))}
      </section>

      <section aria-labelledby="hold-together-title" className="samenspel-section samenspel-form">
        <Heading level={2} id="hold-together-title">
          {t('evaluation.togetherTitle')}
        </Heading>
        <CheckboxGroup
          id="hold-yields"
          legend={t('evaluation.yieldsLegend')}
          values={yields}
          onChange={setYields}
          options={YIELDS.map((y: Yield) => ({ value: y, label: t(`evaluation.yield.${y}`) }))}
          error={form.errors.fields.yields}
        />
        <TextAreaField id="hold-wentWell" label={t('evaluation.wentWell')} value={wentWell} onChange={setWentWell} error={form.errors.fields.wentWell} maxLength={4000} rows={3} />
        <TextAreaField id="hold-toChange" label={t('evaluation.toChange')} value={toChange} onChange={setToChange} error={form.errors.fields.toChange} maxLength={4000} rows={3} />
        <TextField
          id="hold-nextPlannedOn"
          type="date"
          label={t('evaluation.nextPlannedOn')}
          description={t('evaluation.nextPlannedOnHint')}
          value={nextPlannedOn}
          onChange={setNextPlannedOn}
          min={e.plannedOnMin}
          max={e.plannedOnMax}
          error={form.errors.fields.nextPlannedOn}
        />
        <ButtonGroup>
          <Button type="submit" appearance="primary-action-button" busy={form.busy}>
            {t('evaluation.holdSubmit')}
          </Button>
        </ButtonGroup>
      </section>
    </form>
  );
}
