import { Button, ButtonGroup, Heading, Paragraph } from '@utrecht/component-library-react';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import type { CircleView } from '../../api/circle-types';
import type { HandoverBody, PlanView } from '../../api/plan-types';
import { ConflictAlert } from '../../components/ConflictAlert';
import { ErrorSummary } from '../../components/ErrorSummary';
import { fieldErrors } from '../../components/formErrors';
import { SelectField } from '../../components/SelectField';
import { TextAreaField } from '../../components/TextAreaField';
import { TextField } from '../../components/TextField';
import { useFormSubmit } from '../../components/useFormSubmit';
import { useLocale } from '../../i18n/useLocale';
import { formatCalendarDate } from '../../lib/format';
import { handoverApi } from './paths';
import { HandoverPicture } from './pictures';
import { todayInNl } from './planText';

const FIELDS = ['toUserId', 'note', 'handedOverOn'];
const CAN_HOLD = ['naaste', 'vertegenwoordiger', 'professional'];

interface Props {
  plan: PlanView;
  /** The circle, when the viewer may see it: it names who could take over. */
  circle: CircleView | undefined;
  userId: string | null;
  onSaved: (message: string) => void;
  onStale: () => void;
}

/** Who can hold the role: the client (with an account) and the naasten, representatives and professionals of the circle. */
export function regisseurCandidates(plan: PlanView, circle: CircleView, userId: string | null): { userId: string; label: string }[] {
  const out: { userId: string; label: string }[] = [];
  const clientUser = circle.me.relation === 'self' ? userId : (circle.deciders.find((d) => d.as === 'client')?.userId ?? null);
  if (clientUser) out.push({ userId: clientUser, label: plan.clientName });
  for (const m of circle.members) {
    if (CAN_HOLD.includes(m.relation) && !out.some((o) => o.userId === m.userId)) out.push({ userId: m.userId, label: m.label ? `${m.name} (${m.label})` : m.name });
  }
  return out.filter((o) => o.userId !== plan.regisseur?.userId);
}

/** "Eén regisseur": who keeps the overview, since when, and handing the role over with a note and a date. */
export function RegisseurSection({ plan, circle, userId, onSaved, onStale }: Props) {
  const { t } = useTranslation();
  const locale = useLocale();
  const today = todayInNl();
  const [open, setOpen] = useState(false);
  const headingRef = useRef<HTMLHeadingElement>(null);
  // The button that opened the form is gone: take keyboard focus to the form instead of losing it.
  useEffect(() => {
    if (open) headingRef.current?.focus();
  }, [open]);
  const [draft, setDraft] = useState({ toUserId: '', note: '', handedOverOn: today });
  const { errors, busy, conflict, submit } = useFormSubmit<{ version: number }>({
    conflict: {
      parse: (current) => (typeof current === 'object' && current !== null && typeof (current as { version?: unknown }).version === 'number' ? (current as { version: number }) : null),
      load: () => onStale(),
    },
  });
  const set = (key: keyof typeof draft) => (value: string) => setDraft((d) => ({ ...d, [key]: value }));
  const me = circle?.me;
  const mayHandOver = !!me && (me.relation === 'self' || me.decidesAs !== null || me.relation === 'professional' || (userId !== null && plan.regisseur?.userId === userId));
  const candidates = circle ? regisseurCandidates(plan, circle, userId) : [];
  const isMe = userId !== null && plan.regisseur?.userId === userId;

  const onSubmit = (event: FormEvent) =>
    submit(
      event,
      () =>
        fieldErrors({
          toUserId: !draft.toUserId && t('plan.regisseur.chooseRequired'),
          note: !draft.note.trim() && t('plan.regisseur.noteRequired'),
          handedOverOn: (!/^\d{4}-\d{2}-\d{2}$/.test(draft.handedOverOn) && t('plan.regisseur.dateInvalid')) || (draft.handedOverOn > today && t('plan.regisseur.dateFuture')),
        }),
      async () => {
        const body: HandoverBody = { toUserId: draft.toUserId, note: draft.note.trim(), handedOverOn: draft.handedOverOn, version: plan.circleVersion };
        const next = await api.post<PlanView>(handoverApi(plan.clientId), body);
        setOpen(false);
        setDraft({ toUserId: '', note: '', handedOverOn: today });
        onSaved(t('plan.regisseur.saved', { name: next.regisseur?.label ?? '' }));
      },
    );

  return (
    <section aria-labelledby="plan-regisseur" className="samenspel-section">
      <div className="plan-section-head">
        <HandoverPicture />
        <Heading level={2} id="plan-regisseur">
          {t('plan.regisseur.title')}
        </Heading>
      </div>
      <Paragraph className="plan-regisseur__who">
        {plan.regisseur ? (isMe ? t('plan.regisseur.isYou') : t('plan.regisseur.is', { name: plan.regisseur.label })) : t('plan.regisseur.none')}
      </Paragraph>
      <Paragraph>{t('plan.regisseur.explain')}</Paragraph>
      {mayHandOver && candidates.length > 0 ? (
        open ? (
          <form noValidate onSubmit={(e) => void onSubmit(e)} className="samenspel-form plan-form" aria-labelledby="handover-title">
            <Heading level={3} id="handover-title" ref={headingRef} tabIndex={-1}>
              {t('plan.regisseur.formTitle')}
            </Heading>
            {conflict ? <ConflictAlert /> : null}
            <ErrorSummary errors={errors} idPrefix="handover" fields={FIELDS} />
            <SelectField
              id="handover-toUserId"
              label={t('plan.regisseur.to')}
              value={draft.toUserId}
              onChange={set('toUserId')}
              options={[{ value: '', label: t('plan.regisseur.choose') }, ...candidates.map((c) => ({ value: c.userId, label: c.label }))]}
              error={errors.fields.toUserId}
            />
            <TextAreaField id="handover-note" label={t('plan.regisseur.note')} description={t('plan.regisseur.noteHint')} value={draft.note} onChange={set('note')} error={errors.fields.note} maxLength={2000} rows={3} required />
            <TextField id="handover-handedOverOn" type="date" max={today} label={t('plan.regisseur.date')} description={t('plan.regisseur.dateHint')} value={draft.handedOverOn} onChange={set('handedOverOn')} error={errors.fields.handedOverOn} required />
            <ButtonGroup>
              <Button type="submit" appearance="primary-action-button" busy={busy}>
                {t('plan.regisseur.submit')}
              </Button>
              <Button type="button" appearance="secondary-action-button" onClick={() => setOpen(false)}>
                {t('common.cancel')}
              </Button>
            </ButtonGroup>
          </form>
        ) : (
          <ButtonGroup>
            <Button appearance="secondary-action-button" onClick={() => setOpen(true)}>
              {t('plan.regisseur.open')}
            </Button>
          </ButtonGroup>
        )
      ) : null}
      {plan.handovers.length > 0 ? (
        <>
          <Heading level={3} id="plan-handovers">
            {t('plan.regisseur.history')}
          </Heading>
          <ol className="plan-history" aria-labelledby="plan-handovers">
            {plan.handovers.map((h) => (
              <li key={h.id}>
                <Paragraph>
                  <strong>{formatCalendarDate(h.handedOverOn, locale)}</strong>{' '}
                  {h.from ? t('plan.regisseur.fromTo', { from: h.from, to: h.to }) : t('plan.regisseur.became', { to: h.to })}
                </Paragraph>
                <Paragraph className="samenspel-preserve-lines">{h.note}</Paragraph>
                <Paragraph small>{t('plan.regisseur.recordedBy', { name: h.recordedBy })}</Paragraph>
              </li>
            ))}
          </ol>
        </>
      ) : null}
    </section>
  );
}
