import { Button, ButtonGroup, Heading, Paragraph } from '@utrecht/component-library-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import { ConflictAlert } from '../../components/ConflictAlert';
import { ErrorSummary } from '../../components/ErrorSummary';
import { fieldErrors } from '../../components/formErrors';
import { RadioGroup } from '../../components/RadioGroup';
import { TextAreaField } from '../../components/TextAreaField';
import { useLocale } from '../../i18n/useLocale';
import { formatDateTime } from '../../lib/format';
import { useUser } from '../../session/useSession';
import { PersonPicker } from './PersonPicker';
import { caseApi, type CaseView } from './types';
import { useCaseAction, type SectionProps } from './useCaseAction';

type Handover = CaseView['handovers'][number];

/** Warm hand-over: to a named professional elsewhere or to the circle's regisseur; waits for their yes. */
export function HandoverSection({ view, onDone }: SectionProps) {
  const { t } = useTranslation();
  const locale = useLocale();
  const me = useUser();
  const waiting = view.handovers.some((h) => h.status === 'waiting');
  return (
    <section aria-labelledby="case-handover-title" className="samenspel-section">
      <Heading level={2} id="case-handover-title">
        {t('careCases.handover.title')}
      </Heading>
      {view.handovers.length === 0 ? (
        <Paragraph>{t('careCases.handover.none')}</Paragraph>
      ) : (
        <ul className="carecases-list">
          {view.handovers.map((h) => (
            <li key={h.id}>
              <Paragraph>
                <strong>{t(`careCases.handover.status.${h.status}`)}</strong>
                {' — '}
                {t('careCases.handover.to', { name: h.to.organisation ? `${h.to.name} (${h.to.organisation})` : h.to.name, date: formatDateTime(h.createdAt, locale) })}
                {h.toKind === 'circle' ? ` ${t('careCases.handover.viaCircle')}` : ''}
              </Paragraph>
              <Paragraph className="samenspel-preserve-lines">{h.summary}</Paragraph>
              {h.answeredAt ? (
                <Paragraph>
                  {t('careCases.handover.answered', { date: formatDateTime(h.answeredAt, locale) })}
                  {h.answerNote ? `: ${h.answerNote}` : ''}
                </Paragraph>
              ) : null}
              {h.status === 'waiting' && me?.id === h.to.userId ? <AnswerForm handover={h} onDone={onDone} view={view} /> : null}
            </li>
          ))}
        </ul>
      )}
      {view.may.act && !waiting ? <StartForm view={view} onDone={onDone} /> : null}
    </section>
  );
}

function AnswerForm({ handover, onDone }: SectionProps & { handover: Handover }) {
  const { t } = useTranslation();
  const [note, setNote] = useState('');
  const { errors, busy, conflict, submit } = useCaseAction((v) => onDone(v, t('careCases.changed')));
  const p = `answer-${handover.id}`;
  // The button pressed says yes or no; both submit the same form with the same note.
  const onSubmit = (e: FormEvent) => {
    const accept = ((e.nativeEvent as SubmitEvent).submitter as HTMLButtonElement | null)?.value !== 'decline';
    return submit(e, () => fieldErrors({ note: !accept && note.trim().length < 5 && t('careCases.handover.declineReason') }), async () => {
      const v = await api.post<CaseView>(`/api/care-handovers/${handover.id}/answer`, { accept, note: note.trim() || null, version: handover.version });
      onDone(v, accept ? t('careCases.handover.accepted') : t('careCases.handover.declined'));
    });
  };
  return (
    <form noValidate onSubmit={(e) => void onSubmit(e)} className="samenspel-form" aria-label={t('careCases.handover.answerTitle')}>
      {conflict ? <ConflictAlert /> : null}
      <ErrorSummary errors={errors} idPrefix={p} fields={['note']} />
      <TextAreaField id={`${p}-note`} label={t('careCases.handover.note')} value={note} onChange={setNote} error={errors.fields.note} maxLength={2000} rows={3} />
      <ButtonGroup>
        <Button type="submit" appearance="primary-action-button" busy={busy} name="answer" value="accept">
          {t('careCases.work.accept')}
        </Button>
        <Button type="submit" appearance="secondary-action-button" busy={busy} name="answer" value="decline">
          {t('careCases.handover.decline')}
        </Button>
      </ButtonGroup>
    </form>
  );
}

function StartForm({ view, onDone }: SectionProps) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const [toKind, setToKind] = useState('organisation');
  const [toUserId, setToUserId] = useState('');
  const [summary, setSummary] = useState('');
  const { errors, busy, conflict, submit } = useCaseAction((v) => onDone(v, t('careCases.changed')));
  const p = 'handover';
  const canCircle = view.subject?.clientId != null;
  if (!open)
    return (
      <Button appearance="secondary-action-button" onClick={() => setOpen(true)}>
        {t('careCases.handover.start')}
      </Button>
    );
  const onSubmit = (e: FormEvent) =>
    submit(
      e,
      () => fieldErrors({ toUserId: toKind === 'organisation' && !toUserId && t('careCases.people.required'), summary: summary.trim().length < 10 && t('careCases.handover.summaryShort') }),
      async () => {
        const v = await api.post<CaseView>(`${caseApi(view.id)}/handovers`, { toKind, toUserId: toKind === 'organisation' ? toUserId : null, summary: summary.trim(), version: view.version });
        onDone(v, t('careCases.handover.started'));
      },
    );
  return (
    <form noValidate onSubmit={(e) => void onSubmit(e)} className="samenspel-form" aria-labelledby={`${p}-title`}>
      <Heading level={3} id={`${p}-title`}>
        {t('careCases.handover.start')}
      </Heading>
      {conflict ? <ConflictAlert /> : null}
      <ErrorSummary errors={errors} idPrefix={p} fields={['toKind', 'toUserId', 'summary']} />
      {canCircle ? (
        <RadioGroup
          id={`${p}-toKind`}
          legend={t('careCases.handover.toKind')}
          value={toKind}
          onChange={setToKind}
          options={['organisation', 'circle'].map((k) => ({ value: k, label: t(`careCases.handover.kind.${k}`) }))}
          error={errors.fields.toKind}
        />
      ) : null}
      {toKind === 'organisation' ? <PersonPicker id={`${p}-toUserId`} label={t('careCases.handover.receiver')} value={toUserId} onChange={setToUserId} error={errors.fields.toUserId} /> : null}
      <TextAreaField id={`${p}-summary`} label={t('careCases.handover.summary')} description={t('careCases.handover.summaryHint')} value={summary} onChange={setSummary} error={errors.fields.summary} maxLength={4000} rows={4} />
      <ButtonGroup>
        <Button type="submit" appearance="primary-action-button" busy={busy}>
          {t('careCases.handover.submit')}
        </Button>
        <Button appearance="subtle-button" onClick={() => setOpen(false)}>
          {t('careCases.cancel')}
        </Button>
      </ButtonGroup>
    </form>
  );
}
