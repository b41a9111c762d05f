import { Button, ButtonGroup, DataList, Heading } from '@utrecht/component-library-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import { AppLink } from '../../components/AppLink';
import { ConflictAlert } from '../../components/ConflictAlert';
import { DataRow } from '../../components/DataRow';
import { ErrorSummary } from '../../components/ErrorSummary';
import { fieldErrors } from '../../components/formErrors';
import { RadioGroup } from '../../components/RadioGroup';
import { TextAreaField } from '../../components/TextAreaField';
import { TextField } from '../../components/TextField';
import { useLocale } from '../../i18n/useLocale';
import { formatCalendarDate } from '../../lib/format';
import { useUser } from '../../session/useSession';
import { caseApi, today, type CaseView } from './types';
import { useCaseAction, type SectionProps } from './useCaseAction';

/** The safety exception: why, Veilig Thuis, the chair's review, and whether the client was told afterwards. */
export function SafetySection({ view, onDone }: SectionProps) {
  const { t } = useTranslation();
  const locale = useLocale();
  const me = useUser();
  const s = view.safety!;
  const informs = view.role === 'submitter' || view.role === 'coordinator' || (me !== null && view.coordinator?.userId === me.id);
  return (
    <section aria-labelledby="case-safety-title" className="samenspel-section">
      <Heading level={2} id="case-safety-title">
        {t('careCases.safety.title')}
      </Heading>
      <DataList className="samenspel-datalist">
        <DataRow label={t('careCases.safety.ground')}>{t(`careCases.safety.groundValue.${s.ground}`)}</DataRow>
        {s.justification !== null ? (
          <DataRow label={t('careCases.safety.justification')} multiline>
            <span className="samenspel-preserve-lines">{s.justification}</span>
          </DataRow>
        ) : null}
        <DataRow label={t('careCases.safety.veiligThuis')}>{t(`careCases.safety.veiligThuisValue.${s.veiligThuis}`)}</DataRow>
        <DataRow label={t('careCases.safety.informClient')}>
          {s.informClient
            ? s.clientInformedOn
              ? t('careCases.safety.informedOn', { date: formatCalendarDate(s.clientInformedOn, locale) })
              : t('careCases.safety.notYetInformed')
            : t('careCases.safety.informNo')}
        </DataRow>
        {!s.informClient && s.notInformReason ? <DataRow label={t('careCases.safety.notInformReason')}>{s.notInformReason}</DataRow> : null}
        <DataRow label={t('careCases.safety.review')}>
          {t(`careCases.safety.reviewStatus.${s.reviewStatus}`)}
          {s.reviewedBy ? ` (${s.reviewedBy})` : ''}
          {s.reviewNote ? `: ${s.reviewNote}` : ''}
        </DataRow>
      </DataList>
      {view.may.review ? (
        <>
          <ReviewForm view={view} onDone={onDone} />
          <AppLinkToList />
        </>
      ) : null}
      {s.informClient && !s.clientInformedOn && informs && view.status !== 'closed' ? <InformedForm view={view} onDone={onDone} /> : null}
    </section>
  );
}

function AppLinkToList() {
  const { t } = useTranslation();
  return <AppLink to="/zorgnetwerken/veiligheid">{t('careCases.reviews.link')}</AppLink>;
}

function ReviewForm({ view, onDone }: SectionProps) {
  const { t } = useTranslation();
  const s = view.safety!;
  const [decision, setDecision] = useState(s.reviewStatus === 'pending' ? '' : s.reviewStatus);
  const [note, setNote] = useState(s.reviewNote ?? '');
  const { errors, busy, conflict, submit } = useCaseAction((v) => onDone(v, t('careCases.changed')));
  const p = 'review';
  const onSubmit = (e: FormEvent) =>
    submit(e, () => fieldErrors({ decision: !decision && t('careCases.safety.chooseDecision') }), async () => {
      onDone(await api.post<CaseView>(`${caseApi(view.id)}/safety-review`, { decision, note: note.trim() || null, version: s.version }), t('careCases.safety.reviewed'));
    });
  return (
    <form noValidate onSubmit={(e) => void onSubmit(e)} className="samenspel-form" aria-labelledby={`${p}-title`}>
      <Heading level={3} id={`${p}-title`}>
        {t('careCases.safety.reviewTitle')}
      </Heading>
      {conflict ? <ConflictAlert /> : null}
      <ErrorSummary errors={errors} idPrefix={p} fields={['decision', 'note']} />
      <RadioGroup
        id={`${p}-decision`}
        legend={t('careCases.safety.decision')}
        value={decision}
        onChange={setDecision}
        options={['agreed', 'questioned'].map((d) => ({ value: d, label: t(`careCases.safety.reviewStatus.${d}`) }))}
        error={errors.fields.decision}
      />
      <TextAreaField id={`${p}-note`} label={t('careCases.safety.reviewNote')} value={note} onChange={setNote} error={errors.fields.note} maxLength={2000} rows={3} />
      <ButtonGroup>
        <Button type="submit" appearance="primary-action-button" busy={busy}>
          {t('careCases.safety.reviewSubmit')}
        </Button>
      </ButtonGroup>
    </form>
  );
}

function InformedForm({ view, onDone }: SectionProps) {
  const { t } = useTranslation();
  const [date, setDate] = useState(today);
  const { errors, busy, conflict, submit } = useCaseAction((v) => onDone(v, t('careCases.changed')));
  const p = 'informed';
  const onSubmit = (e: FormEvent) =>
    submit(e, () => fieldErrors({ informedOn: !date && t('careCases.register.required') }), async () => {
      onDone(await api.post<CaseView>(`${caseApi(view.id)}/client-informed`, { informedOn: date, version: view.safety!.version }), t('careCases.safety.informedDone'));
    });
  return (
    <form noValidate onSubmit={(e) => void onSubmit(e)} className="samenspel-form" aria-labelledby={`${p}-title`}>
      <Heading level={3} id={`${p}-title`}>
        {t('careCases.safety.informedTitle')}
      </Heading>
      {conflict ? <ConflictAlert /> : null}
      <ErrorSummary errors={errors} idPrefix={p} fields={['informedOn']} />
      <TextField id={`${p}-informedOn`} type="date" label={t('careCases.safety.informedDate')} value={date} onChange={setDate} error={errors.fields.informedOn} />
      <ButtonGroup>
        <Button type="submit" appearance="primary-action-button" busy={busy}>
          {t('careCases.safety.informedSubmit')}
        </Button>
      </ButtonGroup>
    </form>
  );
}
