import '../../styles/volunteers.css';
import { DataList, Heading, Paragraph } from '@utrecht/component-library-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { useApi } from '../../api/useApi';
import { AppLink } from '../../components/AppLink';
import { DataRow } from '../../components/DataRow';
import { LoadingMessage } from '../../components/LoadingMessage';
import { PageTitle } from '../../components/PageTitle';
import { ProblemAlert } from '../../components/ProblemAlert';
import { SuccessAlert } from '../../components/SuccessAlert';
import { useLocale } from '../../i18n/useLocale';
import { formatCalendarDate, formatDate, formatDateTime } from '../../lib/format';
import { AnswerForm } from './AnswerForm';
import { AskForm } from './AskForm';
import { History } from './History';
import { MessageThread } from './MessageThread';
import { StepPicture, stepOf } from './StepPicture';
import { circleApi, type ClientRequestView, type ClientVolunteerView } from './types';

/** /clienten/:id/vrijwilliger — the circle's side: ask, follow the steps, say yes or no, and write to the volunteer. */
export function CircleVolunteerPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const res = useApi<ClientVolunteerView>(circleApi(id));
  const [message, setMessage] = useState<string | null>(null);
  const done = (text: string) => {
    setMessage(text);
    res.reload();
  };
  const v = res.data;
  const running = v?.requests.find((r) => r.status !== 'closed') ?? null;
  return (
    <>
      <PageTitle>{v ? t('volunteers.circle.title', { name: v.clientName }) : t('volunteers.steps.matched')}</PageTitle>
      <Paragraph lead>{t('volunteers.circle.intro')}</Paragraph>
      <Paragraph>
        <AppLink to={`/clienten/${encodeURIComponent(id)}/kring`}>{t('volunteers.circle.toCircle')}</AppLink>
      </Paragraph>
      {message ? <SuccessAlert focus>{message}</SuccessAlert> : null}
      {res.error ? (
        <ProblemAlert error={res.error} />
      ) : !v ? (
        <LoadingMessage />
      ) : (
        <>
          {running ? null : v.canAsk ? <AskForm clientId={id} onSent={done} /> : <Paragraph>{t('volunteers.circle.cannotAsk')}</Paragraph>}
          {v.requests.length === 0 ? <Paragraph>{t('volunteers.circle.noRequests')}</Paragraph> : null}
          {v.requests.map((r) => (
            <RequestBlock key={r.id} clientId={id} view={v} request={r} onDone={done} />
          ))}
        </>
      )}
    </>
  );
}

function RequestBlock({ clientId, view, request: r, onDone }: { clientId: string; view: ClientVolunteerView; request: ClientRequestView; onDone: (text: string) => void }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const m = r.current;
  const hid = `req-${r.id}`;
  return (
    <section aria-labelledby={`${hid}-title`} className="samenspel-section volunteers-card">
      <Heading level={2} id={`${hid}-title`}>
        {t('volunteers.circle.requestTitle', { date: formatDate(r.createdAt, locale) })}: {t(`volunteers.requestStatus.${r.status}`)}
      </Heading>
      {r.status !== 'closed' ? <StepPicture step={stepOf(r.status, m?.status ?? null)} done={r.status === 'matched'} /> : null}
      <Paragraph>{r.purpose}</Paragraph>
      {r.status === 'open' ? <Paragraph>{t('volunteers.circle.waiting')}</Paragraph> : null}
      {m ? (
        <>
          <Heading level={3} id={`${hid}-volunteer`}>
            {t('volunteers.circle.volunteerTitle')}: {m.volunteer.displayName}
          </Heading>
          {m.volunteer.about ? <Paragraph>{m.volunteer.about}</Paragraph> : null}
          {m.volunteer.contact ? (
            <>
              <Paragraph>{t('volunteers.circle.contactShared')}</Paragraph>
              <DataList>
                <DataRow label={t('volunteers.detail.phone')}>{m.volunteer.contact.phone}</DataRow>
                <DataRow label={t('volunteers.detail.email')}>{m.volunteer.contact.email}</DataRow>
              </DataList>
            </>
          ) : (
            <Paragraph>🔒 {t('volunteers.circle.shielded')}</Paragraph>
          )}
          {m.introAt ? <Paragraph>{t('volunteers.request.introAt', { when: formatDateTime(m.introAt, locale), place: m.introPlace ?? '' })}</Paragraph> : null}
          {m.thinkUntil ? <Paragraph>{t('volunteers.request.thinkingUntil', { date: formatCalendarDate(m.thinkUntil, locale) })}</Paragraph> : null}
          {m.clientAnswer ? <Paragraph>{t('volunteers.circle.yourAnswer', { answer: t(`volunteers.answer.${m.clientAnswer}`) })}</Paragraph> : null}
          {(m.status === 'introduction' || m.status === 'thinking') && m.clientAnswer === null ? (
            view.canAnswer ? (
              <AnswerForm
                id={`${hid}-answer`}
                url={`${circleApi(clientId)}/matches/${encodeURIComponent(m.id)}/answer`}
                version={m.version}
                title={t('volunteers.circle.answerTitle', { name: m.volunteer.displayName })}
                intro={t('volunteers.circle.answerIntro')}
                yes={t('volunteers.circle.answerYes')}
                no={t('volunteers.circle.answerNo')}
                onDone={() => onDone(t('volunteers.circle.answered'))}
                onConflict={() => onDone(t('volunteers.request.changed'))}
              />
            ) : (
              <Paragraph>{t('volunteers.circle.onlyDecider')}</Paragraph>
            )
          ) : null}
          {m.status === 'matched' ? (
            <MessageThread id={`${hid}-thread`} messages={m.messages} postUrl={view.canWrite ? `${circleApi(clientId)}/matches/${encodeURIComponent(m.id)}/messages` : null} onSent={onDone} />
          ) : null}
        </>
      ) : null}
      <History id={`${hid}-history`} title={t('volunteers.circle.historyTitle')} events={r.history} />
    </section>
  );
}
