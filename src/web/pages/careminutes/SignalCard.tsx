import { Button, ButtonGroup, Heading, Paragraph } from '@utrecht/component-library-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, api } from '../../api/client';
import { ProblemAlert } from '../../components/ProblemAlert';
import { SelectField } from '../../components/SelectField';
import { useLocale } from '../../i18n/useLocale';
import { formatCalendarDate, formatDateTime } from '../../lib/format';
import type { NetworkSignalsView, SignalView } from './types';

/** One signal; the chair and secretary raise it to the municipality or put it on a coming meeting. */
export function SignalCard({ s, manage, meetings, onChanged, showNetwork = false }: { s: SignalView; manage: boolean; meetings: NetworkSignalsView['meetings']; onChanged: () => void; showNetwork?: boolean }) {
  // The same signal can be in the network's log and in the municipality's list on one page.
  const h = `${showNetwork ? 'raised' : 'log'}-signal-${s.id}`;
  const { t } = useTranslation();
  const locale = useLocale();
  const [meetingId, setMeetingId] = useState(meetings[0]?.id ?? '');
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);
  const run = async (path: string, body: unknown) => {
    if (busy) return;
    setBusy(true);
    setError(null);
    try {
      await api.post(`/api/care-signals/${encodeURIComponent(s.id)}/${path}`, body);
      onChanged();
    } catch (e) {
      if (e instanceof ApiError) setError(e);
      onChanged();
    } finally {
      setBusy(false);
    }
  };
  return (
    <article aria-labelledby={h} className="cm-card">
      <Heading level={3} id={h}>
        {s.title} <span className={`cm-badge cm-badge--${s.kind}`}>{t(`careMinutes.signalKind.${s.kind}`)}</span>
        {s.status === 'raised' ? <span className="cm-badge cm-badge--raised">{t('careMinutes.signals.raisedBadge')}</span> : null}
      </Heading>
      <Paragraph className="cm-muted">
        {[showNetwork ? s.networkName : null, formatCalendarDate(s.observedOn, locale), s.area, t(`careMinutes.ageGroup.${s.ageGroup}`), s.sourceOrgName].filter(Boolean).join(' · ')}
      </Paragraph>
      <Paragraph className="samenspel-preserve-lines">{s.body}</Paragraph>
      {s.followUpName ? <Paragraph>{t('careMinutes.signals.followUpBy', { name: s.followUpName })}</Paragraph> : null}
      {s.raisedAt ? <Paragraph>{t('careMinutes.signals.raisedOn', { date: formatDateTime(s.raisedAt, locale), name: s.raisedByName ?? '' })}</Paragraph> : null}
      {s.raisedNote ? <Paragraph>{s.raisedNote}</Paragraph> : null}
      {s.agendaMeetingStartsAt ? <Paragraph>{t('careMinutes.signals.onAgenda', { date: formatDateTime(s.agendaMeetingStartsAt, locale) })}</Paragraph> : null}
      {error ? <ProblemAlert error={error} /> : null}
      {manage ? (
        <div className="cm-signal-actions">
          {s.status === 'open' ? (
            <ButtonGroup>
              <Button type="button" appearance="secondary-action-button" busy={busy} onClick={() => void run('raise', { version: s.version })}>
                {t('careMinutes.signals.raise')}
              </Button>
            </ButtonGroup>
          ) : null}
          {!s.agendaMeetingId && meetings.length > 0 ? (
            <>
              <SelectField id={`${h}-meeting`} label={t('careMinutes.signals.meeting')} value={meetingId} onChange={setMeetingId} options={meetings.map((m) => ({ value: m.id, label: formatDateTime(m.startsAt, locale) }))} />
              <ButtonGroup>
                <Button type="button" appearance="secondary-action-button" busy={busy} onClick={() => void run('agenda', { version: s.version, meetingId })}>
                  {t('careMinutes.signals.toAgenda')}
                </Button>
              </ButtonGroup>
            </>
          ) : null}
        </div>
      ) : null}
    </article>
  );
}
