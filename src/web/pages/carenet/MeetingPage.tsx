import '../../styles/carenet.css';
import { Alert, Button, ButtonGroup, Heading, Paragraph } from '@utrecht/component-library-react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { api, ApiError } from '../../api/client';
import { useApi } from '../../api/useApi';
import { AppLink } from '../../components/AppLink';
import { LoadingMessage } from '../../components/LoadingMessage';
import { PageTitle } from '../../components/PageTitle';
import { ProblemAlert } from '../../components/ProblemAlert';
import { useLocale } from '../../i18n/useLocale';
import { AgendaList } from './AgendaList';
import { ApologyForm } from './ApologyForm';
import { AttendanceTable } from './AttendanceTable';
import { ThemeForm } from './ThemeForm';
import { meetingApi, minutesPath, networkPath, whenText, type MeetingDetail } from './types';

/** /zorgnetwerken/overleggen/:meetingId — the agenda before, the running meeting with its clock, and attendance. */
export function MeetingPage() {
  const { t } = useTranslation();
  const locale = useLocale();
  const { meetingId = '' } = useParams();
  const res = useApi<MeetingDetail>(meetingApi(meetingId), { keepPrevious: true });
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);
  const [carry, setCarry] = useState<string[]>([]);
  const m = res.data;
  const running = m?.status === 'running';
  const { reload } = res;

  // While the meeting runs, every screen follows the chair's clicks.
  useEffect(() => {
    if (!running) return;
    const timer = window.setInterval(reload, 10_000);
    return () => window.clearInterval(timer);
  }, [running, reload]);

  if (res.error && !m) return <ProblemAlert error={res.error} />;
  if (!m) return <LoadingMessage />;

  const act = async (path: string, body: unknown) => {
    if (busy) return;
    setBusy(true);
    setError(null);
    try {
      await api.post(path, body);
    } catch (e) {
      setError(e instanceof ApiError ? e : new ApiError({ type: 'about:blank', title: String(e), status: 0, code: 'client' }));
    } finally {
      setBusy(false);
      reload();
    }
  };
  const open = m.items.filter((i) => i.status === 'planned');
  const title = `${m.networkName ?? t('careNet.yearly')}: ${whenText(m.startsAt, locale)}`;
  return (
    <>
      <PageTitle>{title}</PageTitle>
      <Paragraph>
        {m.networkId && <AppLink to={networkPath(m.networkId)}>{t('careNet.meeting.toNetwork', { name: m.networkName })}</AppLink>}
        {m.myRole.member && (m.status === 'running' || m.status === 'held') && (
          <>
            {' · '}
            <AppLink to={minutesPath(m.id)}>{t('careNet.meeting.toMinutes')}</AppLink>
          </>
        )}
      </Paragraph>
      <dl className="carenet-facts">
        <dt>{t('careNet.meeting.status')}</dt>
        <dd>
          <strong>{t(`careNet.status.${m.status}`)}</strong>
        </dd>
        <dt>{t('careNet.field.location')}</dt>
        <dd>{m.location ?? '–'}</dd>
        <dt>{t('careNet.meeting.duration')}</dt>
        <dd>{t('careNet.meeting.minutes', { count: m.durationMinutes })}</dd>
      </dl>
      {m.myRole.guest && <Alert type="info">{t('careNet.meeting.guestNote')}</Alert>}
      {error && <ProblemAlert error={error} />}
      {m.myRole.manage && m.status === 'planned' && (
        <ButtonGroup>
          <Button appearance="primary-action-button" busy={busy} onClick={() => void act(`${meetingApi(m.id)}/start`, { version: m.version })}>
            {t('careNet.meeting.start')}
          </Button>
        </ButtonGroup>
      )}

      <AgendaList meeting={m} busy={busy} act={act} onSaved={reload} />
      {m.myRole.member && (m.status === 'planned' || m.status === 'running') && <ThemeForm meetingId={m.id} onSaved={reload} />}

      {m.myRole.manage && running && (
        <section aria-labelledby="cn-end" className="samenspel-section">
          <Heading level={2} id="cn-end">
            {t('careNet.end.title')}
          </Heading>
          {open.length > 0 && m.nextMeeting ? (
            <fieldset className="carenet-fieldset">
              <legend>{t('careNet.end.carryLegend', { when: whenText(m.nextMeeting.startsAt, locale) })}</legend>
              {open.map((i) => (
                <div key={i.id} className="utrecht-form-field utrecht-form-field--checkbox">
                  <input
                    id={`cn-carry-${i.id}`}
                    type="checkbox"
                    className="utrecht-checkbox utrecht-checkbox--html-input"
                    checked={carry.includes(i.id)}
                    onChange={(e) => setCarry((c) => (e.target.checked ? [...c, i.id] : c.filter((x) => x !== i.id)))}
                  />{' '}
                  <label htmlFor={`cn-carry-${i.id}`}>{i.title}</label>
                </div>
              ))}
            </fieldset>
          ) : (
            <Paragraph>{open.length > 0 ? t('careNet.end.noNext') : t('careNet.end.allDone')}</Paragraph>
          )}
          <ButtonGroup>
            <Button appearance="primary-action-button" busy={busy} onClick={() => void act(`${meetingApi(m.id)}/end`, { version: m.version, carryOver: carry.filter((id) => open.some((i) => i.id === id)) })}>
              {t('careNet.end.submit')}
            </Button>
          </ButtonGroup>
        </section>
      )}

      {m.myAttendance && m.status === 'planned' && <ApologyForm meeting={m} onSaved={reload} />}
      {m.myRole.member && m.attendance.length > 0 && <AttendanceTable meeting={m} onSaved={reload} />}
    </>
  );
}
