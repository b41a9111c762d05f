import { Button, ButtonGroup, Heading } from '@utrecht/component-library-react';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import { GOAL_STATUSES, LIFE_DOMAINS, type Goal, type GoalBody, type GoalStatus, type LifeDomain } from '../../api/plan-types';
import { ConflictAlert } from '../../components/ConflictAlert';
import { ErrorSummary } from '../../components/ErrorSummary';
import { fieldErrors } from '../../components/formErrors';
import { RadioGroup } from '../../components/RadioGroup';
import { SelectField } from '../../components/SelectField';
import { TextAreaField } from '../../components/TextAreaField';
import { useFormSubmit } from '../../components/useFormSubmit';
import { asVersioned, goalApi, goalsApi } from './paths';

const FIELDS = ['domain', 'ownWords', 'success', 'scoreNow', 'scoreTarget', 'status'];

interface Draft {
  domain: LifeDomain | '';
  ownWords: string;
  success: string;
  scoreNow: string;
  scoreTarget: string;
  status: GoalStatus;
}

const draftOf = (g: Goal): Draft => ({
  domain: g.domain,
  ownWords: g.ownWords,
  success: g.success ?? '',
  scoreNow: g.scoreNow === null ? '' : String(g.scoreNow),
  scoreTarget: g.scoreTarget === null ? '' : String(g.scoreTarget),
  status: g.status,
});

const EMPTY: Draft = { domain: '', ownWords: '', success: '', scoreNow: '', scoreTarget: '', status: 'active' };
const score = (v: string) => (v === '' ? null : Number(v));

interface Props {
  clientId: string;
  clientFirstName: string;
  /** The goal to change; null adds a new one. */
  initial: Goal | null;
  onSaved: (message: string) => void;
  onCancel: () => void;
}

/** Add or change a goal: the domain, the goal in the client's own words, how you know it worked, and the score now → target. */
export function GoalForm({ clientId, clientFirstName, initial, onSaved, onCancel }: Props) {
  const { t } = useTranslation();
  const prefix = initial ? `goal-${initial.id}` : 'goal-new';
  const [draft, setDraft] = useState<Draft>(initial ? draftOf(initial) : EMPTY);
  const [version, setVersion] = useState(initial?.version ?? 0);
  const { errors, busy, conflict, submit } = useFormSubmit<Goal>({
    conflict: {
      parse: (current) => asVersioned<Goal>(current),
      load: (current) => {
        setDraft(draftOf(current));
        setVersion(current.version);
      },
    },
  });
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => headingRef.current?.focus(), []);
  const set = <K extends keyof Draft>(key: K) => (value: Draft[K]) => setDraft((d) => ({ ...d, [key]: value }));
  const scoreOptions = [{ value: '', label: t('plan.goalForm.noScore') }, ...Array.from({ length: 10 }, (_, i) => ({ value: String(i + 1), label: String(i + 1) }))];

  const onSubmit = (event: FormEvent) =>
    submit(
      event,
      () =>
        fieldErrors({
          domain: !draft.domain && t('plan.goalForm.domainRequired'),
          ownWords: !draft.ownWords.trim() && t('plan.goalForm.ownWordsRequired'),
          scoreTarget: draft.scoreNow !== '' && draft.scoreTarget !== '' && Number(draft.scoreTarget) < Number(draft.scoreNow) && t('plan.goalForm.targetBelowNow'),
        }),
      async () => {
        if (!draft.domain) return;
        const body: GoalBody = {
          domain: draft.domain,
          ownWords: draft.ownWords.trim(),
          success: draft.success.trim() || null,
          scoreNow: score(draft.scoreNow),
          scoreTarget: score(draft.scoreTarget),
        };
        if (initial) {
          await api.put<Goal>(goalApi(clientId, initial.id), { ...body, status: draft.status, version });
          onSaved(t('plan.goalForm.saved'));
        } else {
          await api.post<Goal>(goalsApi(clientId), body);
          onSaved(t('plan.goalForm.added'));
        }
      },
    );

  return (
    <form noValidate onSubmit={(e) => void onSubmit(e)} className="samenspel-form plan-form" aria-labelledby={`${prefix}-title`}>
      <Heading level={3} id={`${prefix}-title`} ref={headingRef} tabIndex={-1}>
        {initial ? t('plan.goalForm.editTitle') : t('plan.goalForm.newTitle')}
      </Heading>
      {conflict ? <ConflictAlert /> : null}
      <ErrorSummary errors={errors} idPrefix={prefix} fields={FIELDS} />
      <RadioGroup
        id={`${prefix}-domain`}
        legend={t('plan.goalForm.domain')}
        value={draft.domain}
        onChange={(v) => set('domain')(v as LifeDomain)}
        options={LIFE_DOMAINS.map((d) => ({ value: d, label: t(`plan.domain.${d}`) }))}
        error={errors.fields.domain}
      />
      <TextAreaField
        id={`${prefix}-ownWords`}
        label={t('plan.goalForm.ownWords', { name: clientFirstName })}
        description={t('plan.goalForm.ownWordsHint')}
        value={draft.ownWords}
        onChange={set('ownWords')}
        error={errors.fields.ownWords}
        maxLength={500}
        rows={3}
        required
      />
      <TextAreaField
        id={`${prefix}-success`}
        label={t('plan.goalForm.success')}
        description={t('plan.goalForm.successHint')}
        value={draft.success}
        onChange={set('success')}
        error={errors.fields.success}
        maxLength={500}
        rows={2}
      />
      <div className="plan-form__pair">
        <SelectField id={`${prefix}-scoreNow`} label={t('plan.goalForm.scoreNow')} value={draft.scoreNow} onChange={set('scoreNow')} options={scoreOptions} error={errors.fields.scoreNow} />
        <SelectField id={`${prefix}-scoreTarget`} label={t('plan.goalForm.scoreTarget')} value={draft.scoreTarget} onChange={set('scoreTarget')} options={scoreOptions} error={errors.fields.scoreTarget} />
      </div>
      {initial ? (
        <RadioGroup
          id={`${prefix}-status`}
          legend={t('plan.goalForm.status')}
          value={draft.status}
          onChange={(v) => set('status')(v as GoalStatus)}
          options={GOAL_STATUSES.map((s) => ({ value: s, label: t(`plan.goalStatus.${s}`) }))}
          error={errors.fields.status}
        />
      ) : null}
      <ButtonGroup>
        <Button type="submit" appearance="primary-action-button" busy={busy}>
          {initial ? t('plan.goalForm.save') : t('plan.goalForm.add')}
        </Button>
        <Button type="button" appearance="secondary-action-button" onClick={onCancel}>
          {t('common.cancel')}
        </Button>
      </ButtonGroup>
    </form>
  );
}
