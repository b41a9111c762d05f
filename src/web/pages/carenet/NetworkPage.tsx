import '../../styles/carenet.css';
import { Heading, Paragraph, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { useApi } from '../../api/useApi';
import { AppLink } from '../../components/AppLink';
import { LoadingMessage } from '../../components/LoadingMessage';
import { PageTitle } from '../../components/PageTitle';
import { ProblemAlert } from '../../components/ProblemAlert';
import { useLocale } from '../../i18n/useLocale';
import { AttendanceChart } from './AttendanceChart';
import { MemberForm } from './MemberForm';
import { ScheduleForm } from './ScheduleForm';
import { meetingPath, networkApi, whenText, type MeetingSummary, type NetworkDetail } from './types';

function MeetingList({ meetings, label }: { meetings: MeetingSummary[]; label: string }) {
  const { t } = useTranslation();
  const locale = useLocale();
  if (meetings.length === 0) return <Paragraph>{t('careNet.network.noMeetings')}</Paragraph>;
  return (
    <ul className="carenet-list" aria-label={label}>
      {meetings.map((m) => (
        <li key={m.id}>
          <AppLink to={meetingPath(m.id)}>{whenText(m.startsAt, locale)}</AppLink> <span className="carenet-tag">{t(`careNet.status.${m.status}`)}</span>{' '}
          <span className="carenet-sub-inline">{t('careNet.network.items', { count: m.itemCount })}</span>
        </li>
      ))}
    </ul>
  );
}

/** /zorgnetwerken/:id — the network: who sits in it for which organisation, the schedule and the meetings. */
export function NetworkPage() {
  const { t } = useTranslation();
  const { networkId = '' } = useParams();
  const res = useApi<NetworkDetail>(networkApi(networkId));
  if (res.error) return <ProblemAlert error={res.error} />;
  if (!res.data) return <LoadingMessage />;
  const n = res.data;
  const active = n.members.filter((m) => m.active);
  return (
    <>
      <PageTitle>{n.name}</PageTitle>
      <dl className="carenet-facts">
        <dt>{t('careNet.field.ageGroup')}</dt>
        <dd>{t(`careNet.ageGroup.${n.ageGroup}`)}</dd>
        {n.area && (
          <>
            <dt>{t('careNet.field.area')}</dt>
            <dd>{n.area}</dd>
          </>
        )}
        <dt>{t('careNet.field.chair')}</dt>
        <dd>{n.chair?.name ?? '–'}</dd>
        <dt>{t('careNet.field.secretary')}</dt>
        <dd>{n.secretary?.name ?? '–'}</dd>
        <dt>{t('careNet.field.interval')}</dt>
        <dd>{t('careNet.network.every', { count: n.meetingIntervalWeeks, minutes: n.meetingMinutes })}</dd>
      </dl>
      <nav aria-labelledby="cn-links" className="samenspel-section">
        <Heading level={2} id="cn-links">
          {t('careNet.network.links.title')}
        </Heading>
        <ul className="utrecht-unordered-list">
          {(n.myRole.member || n.myRole.manage) && (
            <li>
              <AppLink to={`/zorgnetwerken/${encodeURIComponent(n.id)}/casus-inbrengen`}>{t('careNet.network.links.registerCase')}</AppLink>
            </li>
          )}
          {(n.myRole.member || n.myRole.manage) && (
            <li>
              <AppLink to={`/zorgnetwerken/${encodeURIComponent(n.id)}/casussen`}>{t('careNet.network.links.cases')}</AppLink>
            </li>
          )}
          <li>
            <AppLink to="/signalen">{t('careNet.network.links.signals')}</AppLink>
          </li>
          <li>
            <AppLink to={`/zorgnetwerken/enquete/${encodeURIComponent(n.id)}`}>{t('careNet.network.links.survey')}</AppLink>
          </li>
          {n.myRole.chair && (
            <li>
              <AppLink to="/zorgnetwerken/verslagen-te-laat">{t('careNet.network.links.overdueMinutes')}</AppLink>
            </li>
          )}
          {(n.myRole.chair || n.myRole.admin) && (
            <li>
              <AppLink to="/zorgnetwerken/veiligheid">{t('careNet.network.links.safetyReviews')}</AppLink>
            </li>
          )}
        </ul>
      </nav>

      <section aria-labelledby="cn-upcoming" className="samenspel-section">
        <Heading level={2} id="cn-upcoming">
          {t('careNet.network.upcoming')}
        </Heading>
        <MeetingList meetings={n.upcoming} label={t('careNet.network.upcoming')} />
      </section>
      {(n.myRole.chair || n.myRole.secretary || n.myRole.admin) && <ScheduleForm network={n} onSaved={res.reload} />}

      <section aria-labelledby="cn-members" className="samenspel-section">
        <Heading level={2} id="cn-members">
          {t('careNet.network.members')}
        </Heading>
        <Paragraph>{t('careNet.network.membersIntro')}</Paragraph>
        <div className="samenspel-table-scroll">
          <Table>
            <caption className="carenet-caption">{t('careNet.network.membersCaption', { count: active.length })}</caption>
            <TableHeader>
              <TableRow>
                <TableHeaderCell scope="col">{t('careNet.field.organisation')}</TableHeaderCell>
                <TableHeaderCell scope="col">{t('careNet.field.person')}</TableHeaderCell>
                <TableHeaderCell scope="col">{t('careNet.field.role')}</TableHeaderCell>
                <TableHeaderCell scope="col">{t('careNet.field.mandate')}</TableHeaderCell>
                <TableHeaderCell scope="col">{t('careNet.field.contact')}</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {active.map((m) => (
                <TableRow key={m.id}>
                  <TableCell>{m.organisationName}</TableCell>
                  <TableHeaderCell scope="row">
                    {m.name}
                    {m.jobTitle && <span className="carenet-sub">{m.jobTitle}</span>}
                  </TableHeaderCell>
                  <TableCell>{t(`careNet.memberRole.${m.role}`)}</TableCell>
                  <TableCell>
                    {m.mandateLevel ? <strong>{t(`careNet.mandate.${m.mandateLevel}`)}</strong> : '–'}
                    {m.mandate && <span className="carenet-sub">{m.mandate}</span>}
                  </TableCell>
                  <TableCell>
                    <a href={`mailto:${m.email}`}>{m.email}</a>
                    {m.phone && (
                      <span className="carenet-sub">
                        <a href={`tel:${m.phone.replace(/[^+\d]/g, '')}`}>{m.phone}</a>
                      </span>
                    )}
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </div>
      </section>
      {n.myRole.manage && <MemberForm networkId={n.id} onSaved={res.reload} />}
      {(n.myRole.chair || n.myRole.secretary || n.myRole.admin) && <AttendanceChart networkId={n.id} />}

      <section aria-labelledby="cn-past" className="samenspel-section">
        <Heading level={2} id="cn-past">
          {t('careNet.network.past')}
        </Heading>
        <MeetingList meetings={n.past} label={t('careNet.network.past')} />
      </section>
    </>
  );
}
