import { Button, ButtonGroup, Fieldset, FieldsetLegend, Heading, Paragraph } from '@utrecht/component-library-react';
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
import { linesOf, memberName, type CrisisPersonBody, type CrisisPlan, type CrisisPlanPageData } from './types';

interface PersonState {
  kind: 'member' | 'named';
  linkId: string;
  name: string;
  task: string;
  phone: string;
}

const emptyPerson = (): PersonState => ({ kind: 'named', linkId: '', name: '', task: '', phone: '' });

function stateOf(plan: CrisisPlan | null) {
  return {
    version: plan?.version ?? 0,
    earlySigns: plan?.earlySigns.join('\n') ?? '',
    whatHelps: plan?.whatHelps.join('\n') ?? '',
    people: plan?.people.filter((p) => !p.left).map((p) => ({ kind: p.kind, linkId: p.linkId ?? '', name: p.kind === 'named' ? p.name : '', task: p.task, phone: p.phone ?? '' })) ?? [],
    reviewOn: '',
  };
}

const isPlan = (v: unknown): v is CrisisPlan => typeof v === 'object' && v !== null && 'earlySigns' in v && 'version' in v;

interface Props {
  clientId: string;
  page: CrisisPlanPageData;
  onSaved: (message: string) => void;
}

/**
 * Write or change the crisis plan. Lists are one item per line. A member's phone number can only be
 * typed by that member (the server checks it too); others see that it is theirs to share.
 */
export function CrisisPlanForm({ clientId, page, onSaved }: Props) {
  const { t } = useTranslation();
  const [form, setForm] = useState(() => stateOf(page.crisisPlan));
  const { errors, busy, conflict, submit, clearErrors } = useFormSubmit<CrisisPlan>({
    conflict: { parse: (c) => (isPlan(c) ? c : null), load: (c) => setForm({ ...stateOf(c), reviewOn: form.reviewOn }) },
  });
  const set = (patch: Partial<typeof form>) => setForm((f) => ({ ...f, ...patch }));
  const setPerson = (i: number, patch: Partial<PersonState>) => set({ people: form.people.map((p, j) => (j === i ? { ...p, ...patch } : p)) });
  const memberOptions = [{ value: '', label: t('continuity.crisis.chooseMember') }, ...page.members.map((m) => ({ value: m.linkId, label: memberName(m) }))];
  const ownsPhone = (p: PersonState) => p.kind === 'named' || (p.linkId !== '' && p.linkId === page.myLinkId);
  const personFields = form.people.flatMap((_, i) => ['kind', 'linkId', 'name', 'task', 'phone'].map((f) => `people.${i}.${f}`));

  const onSubmit = (event: FormEvent) =>
    submit(
      event,
      () =>
        fieldErrors({
          reviewOn: !form.reviewOn && t('continuity.crisis.reviewOnRequired'),
          ...Object.fromEntries(form.people.map((p, i) => [`people.${i}.task`, !p.task.trim() && t('continuity.crisis.taskRequired')])),
        }),
      async () => {
        const people: CrisisPersonBody[] = form.people.map((p) => ({
          kind: p.kind,
          linkId: p.kind === 'member' && p.linkId ? p.linkId : null,
          name: p.kind === 'named' ? p.name.trim() : null,
          task: p.task.trim(),
          phone: p.phone.trim() || null,
        }));
        const saved = await api.put<CrisisPlan>(`/api/clients/${encodeURIComponent(clientId)}/crisis-plan`, {
          version: form.version,
          earlySigns: linesOf(form.earlySigns),
          whatHelps: linesOf(form.whatHelps),
          people,
          reviewOn: form.reviewOn,
        });
        clearErrors();
        setForm(stateOf(saved));
        onSaved(t('continuity.crisis.saved'));
      },
    );

  return (
    <section aria-labelledby="crisis-form-title" className="samenspel-section samenspel-continuity-noprint">
      <Heading level={2} id="crisis-form-title">
        {page.crisisPlan ? t('continuity.crisis.editTitle') : t('continuity.crisis.newTitle')}
      </Heading>
      <Paragraph>{t('continuity.crisis.formIntro')}</Paragraph>
      <form noValidate onSubmit={(e) => void onSubmit(e)} className="samenspel-form">
        {conflict ? <ConflictAlert /> : null}
        <ErrorSummary errors={errors} idPrefix="crisis" fields={['earlySigns', 'whatHelps', 'reviewOn', ...personFields]} />
        <TextAreaField
          id="crisis-earlySigns"
          label={t('continuity.crisis.earlySigns')}
          description={t('continuity.crisis.earlySignsHint')}
          value={form.earlySigns}
          onChange={(v) => set({ earlySigns: v })}
          error={errors.fields.earlySigns}
          rows={4}
        />
        <TextAreaField
          id="crisis-whatHelps"
          label={t('continuity.crisis.whatHelps')}
          description={t('continuity.crisis.whatHelpsHint')}
          value={form.whatHelps}
          onChange={(v) => set({ whatHelps: v })}
          error={errors.fields.whatHelps}
          rows={4}
        />
        <Heading level={3}>{t('continuity.crisis.people')}</Heading>
        {form.people.length === 0 ? <Paragraph>{t('continuity.crisis.noPeopleYet')}</Paragraph> : null}
        {form.people.map((p, i) => {
          const at = `crisis-people.${i}`;
          const member = page.members.find((m) => m.linkId === p.linkId);
          return (
            <Fieldset key={i} className="samenspel-continuity-row">
              <FieldsetLegend>{t('continuity.crisis.personLegend', { n: i + 1 })}</FieldsetLegend>
              <RadioGroup
                id={`${at}.kind`}
                legend={t('continuity.crisis.personKind')}
                value={p.kind}
                onChange={(v) => setPerson(i, { kind: v === 'member' ? 'member' : 'named', phone: '' })}
                options={[
                  { value: 'member', label: t('continuity.crisis.kindMember') },
                  { value: 'named', label: t('continuity.crisis.kindNamed') },
                ]}
                error={errors.fields[`people.${i}.kind`]}
              />
              {p.kind === 'member' ? (
                <SelectField
                  id={`${at}.linkId`}
                  label={t('continuity.crisis.member')}
                  value={p.linkId}
                  onChange={(v) => setPerson(i, { linkId: v, phone: '' })}
                  options={memberOptions}
                  error={errors.fields[`people.${i}.linkId`]}
                />
              ) : (
                <TextField
                  id={`${at}.name`}
                  label={t('continuity.crisis.name')}
                  description={t('continuity.crisis.nameHint')}
                  value={p.name}
                  onChange={(v) => setPerson(i, { name: v })}
                  error={errors.fields[`people.${i}.name`]}
                />
              )}
              <TextField id={`${at}.task`} label={t('continuity.crisis.task')} value={p.task} onChange={(v) => setPerson(i, { task: v })} error={errors.fields[`people.${i}.task`]} required />
              {ownsPhone(p) ? (
                <TextField
                  id={`${at}.phone`}
                  type="tel"
                  autoComplete="off"
                  label={t('continuity.crisis.phone')}
                  description={p.kind === 'member' ? t('continuity.crisis.ownPhoneHint') : t('continuity.crisis.phoneHint')}
                  value={p.phone}
                  onChange={(v) => setPerson(i, { phone: v })}
                  error={errors.fields[`people.${i}.phone`]}
                />
              ) : p.kind === 'member' && member ? (
                <Paragraph id={`${at}.phone`} tabIndex={-1}>
                  {p.phone ? t('continuity.crisis.phoneSharedByMember', { name: member.name, phone: p.phone }) : t('continuity.crisis.phoneOnlyMember', { name: member.name })}
                </Paragraph>
              ) : null}
              <ButtonGroup>
                <Button type="button" appearance="subtle-button" onClick={() => set({ people: form.people.filter((_, j) => j !== i) })}>
                  {t('continuity.crisis.removePerson', { n: i + 1 })}
                </Button>
              </ButtonGroup>
            </Fieldset>
          );
        })}
        <ButtonGroup>
          <Button type="button" appearance="secondary-action-button" onClick={() => set({ people: [...form.people, emptyPerson()] })}>
            {t('continuity.crisis.addPerson')}
          </Button>
        </ButtonGroup>
        <TextField
          id="crisis-reviewOn"
          type="date"
          label={t('continuity.crisis.reviewOn')}
          description={t('continuity.crisis.reviewOnHint')}
          value={form.reviewOn}
          onChange={(v) => set({ reviewOn: v })}
          min={page.reviewOnMin}
          max={page.reviewOnMax}
          error={errors.fields.reviewOn}
          required
        />
        <ButtonGroup>
          <Button type="submit" appearance="primary-action-button" busy={busy}>
            {t('continuity.crisis.save')}
          </Button>
        </ButtonGroup>
      </form>
    </section>
  );
}
