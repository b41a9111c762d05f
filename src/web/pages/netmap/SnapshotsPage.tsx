import { Button, ButtonGroup, Heading, Paragraph } from '@utrecht/component-library-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { api } from '../../api/client';
import { useApi } from '../../api/useApi';
import { AppLink } from '../../components/AppLink';
import { ErrorSummary } from '../../components/ErrorSummary';
import { NO_ERRORS, fieldErrors } from '../../components/formErrors';
import { LoadingMessage } from '../../components/LoadingMessage';
import { PageTitle } from '../../components/PageTitle';
import { ProblemAlert } from '../../components/ProblemAlert';
import { RadioGroup } from '../../components/RadioGroup';
import { SelectField } from '../../components/SelectField';
import { SuccessAlert } from '../../components/SuccessAlert';
import { TextAreaField } from '../../components/TextAreaField';
import { TextField } from '../../components/TextField';
import { useFormSubmit } from '../../components/useFormSubmit';
import { useLocale } from '../../i18n/useLocale';
import { formatCalendarDate } from '../../lib/format';
import { netmapApi, netmapPaths } from './paths';
import { SNAPSHOT_LABELS, type SnapshotList, type SnapshotSummary } from './types';
import './netmap.css';

/** Today on the Dutch calendar, as yyyy-mm-dd. */
const today = () => new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam' }).format(new Date());

function SaveForm({ clientId, onSaved }: { clientId: string; onSaved: (s: SnapshotSummary) => void }) {
  const { t } = useTranslation();
  const [label, setLabel] = useState<(typeof SNAPSHOT_LABELS)[number]>('evaluatie');
  const [takenOn, setTakenOn] = useState(today());
  const [note, setNote] = useState('');
  const { errors, busy, submit, clearErrors } = useFormSubmit();
  const onSubmit = (e: FormEvent) =>
    submit(
      e,
      () => fieldErrors({ takenOn: !takenOn && t('netmap.form.required') }),
      async () => {
        const saved = await api.post<SnapshotSummary>(netmapApi.snapshots(clientId), { label, takenOn, note: note.trim() || null });
        clearErrors();
        setNote('');
        onSaved(saved);
      },
    );
  return (
    <section aria-labelledby="netmap-save-title" className="samenspel-section">
      <Heading level={2} id="netmap-save-title">
        {t('netmap.snapshots.saveTitle')}
      </Heading>
      <form noValidate onSubmit={(e) => void onSubmit(e)} className="samenspel-form">
        <ErrorSummary errors={errors} idPrefix="netmap-snapshot" fields={['label', 'takenOn', 'note']} labels={{ takenOn: t('netmap.snapshots.takenOn') }} />
        <RadioGroup id="netmap-snapshot-label" legend={t('netmap.snapshots.label')} value={label} onChange={(v) => setLabel(v as typeof label)} options={SNAPSHOT_LABELS.map((l) => ({ value: l, label: t(`netmap.snapshots.labelValue.${l}`) }))} error={errors.fields.label} />
        <TextField id="netmap-snapshot-takenOn" type="date" label={t('netmap.snapshots.takenOn')} value={takenOn} onChange={setTakenOn} max={today()} error={errors.fields.takenOn} required />
        <TextAreaField id="netmap-snapshot-note" label={t('netmap.snapshots.note')} value={note} onChange={setNote} maxLength={500} rows={2} error={errors.fields.note} />
        <ButtonGroup>
          <Button type="submit" appearance="primary-action-button" busy={busy}>
            {t('netmap.snapshots.save')}
          </Button>
        </ButtonGroup>
      </form>
    </section>
  );
}

function CompareForm({ clientId, snapshots, describe }: { clientId: string; snapshots: SnapshotSummary[]; describe: (s: SnapshotSummary) => string }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const oldest = snapshots[snapshots.length - 1];
  const [from, setFrom] = useState(oldest?.id ?? '');
  const [to, setTo] = useState('');
  const { busy, submit } = useFormSubmit();
  return (
    <section aria-labelledby="netmap-compare-title" className="samenspel-section">
      <Heading level={2} id="netmap-compare-title">
        {t('netmap.snapshots.compareTitle')}
      </Heading>
      <form noValidate className="samenspel-form" onSubmit={(e) => void submit(e, () => NO_ERRORS, async () => navigate(netmapPaths.changes(clientId, from, to || undefined)))}>
        <SelectField id="netmap-compare-from" label={t('netmap.snapshots.from')} value={from} onChange={setFrom} options={snapshots.map((s) => ({ value: s.id, label: describe(s) }))} />
        <SelectField id="netmap-compare-to" label={t('netmap.snapshots.to')} value={to} onChange={setTo} options={[{ value: '', label: t('netmap.snapshots.now') }, ...snapshots.filter((s) => s.id !== from).map((s) => ({ value: s.id, label: describe(s) }))]} />
        <ButtonGroup>
          <Button type="submit" appearance="secondary-action-button" busy={busy}>
            {t('netmap.snapshots.compare')}
          </Button>
        </ButtonGroup>
      </form>
    </section>
  );
}

/** Dated snapshots of the map: save one, see the list, pick two moments to compare. */
export function SnapshotsPage() {
  const { t } = useTranslation();
  const locale = useLocale();
  const { id = '' } = useParams();
  const list = useApi<SnapshotList>(netmapApi.snapshots(id));
  const [notice, setNotice] = useState<string | null>(null);
  const describe = (s: SnapshotSummary) =>
    t('netmap.snapshots.item', { label: t(`netmap.snapshots.labelValue.${s.label}`), date: formatCalendarDate(s.takenOn, locale), count: s.personCount, by: s.createdByLabel });
  return (
    <>
      <PageTitle>{t('netmap.snapshots.title')}</PageTitle>
      {notice ? <SuccessAlert focus>{notice}</SuccessAlert> : null}
      <Paragraph>{t('netmap.snapshots.intro')}</Paragraph>
      {list.error ? (
        <ProblemAlert error={list.error} />
      ) : !list.data ? (
        <LoadingMessage />
      ) : (
        <>
          {list.data.canSave ? (
            <SaveForm
              clientId={id}
              onSaved={() => {
                setNotice(t('netmap.snapshots.saved'));
                list.reload();
              }}
            />
          ) : null}
          <section aria-labelledby="netmap-snapshots-list" className="samenspel-section">
            <Heading level={2} id="netmap-snapshots-list">
              {t('netmap.snapshots.listTitle')}
            </Heading>
            {list.data.snapshots.length === 0 ? (
              <Paragraph>{t('netmap.snapshots.none')}</Paragraph>
            ) : (
              <ul className="netmap-change-list">
                {list.data.snapshots.map((s) => (
                  <li key={s.id}>
                    {describe(s)}
                    {s.note ? ` — ${s.note}` : ''}{' '}
                    <AppLink to={netmapPaths.changes(id, s.id)} aria-label={`${t('netmap.snapshots.compareWithNow')}: ${describe(s)}`}>
                      {t('netmap.snapshots.compareWithNow')}
                    </AppLink>
                  </li>
                ))}
              </ul>
            )}
          </section>
          {list.data.snapshots.length > 0 ? <CompareForm clientId={id} snapshots={list.data.snapshots} describe={describe} /> : null}
        </>
      )}
      <Paragraph>
        <AppLink to={netmapPaths.map(id)}>{t('netmap.actions.back')}</AppLink>
      </Paragraph>
    </>
  );
}
