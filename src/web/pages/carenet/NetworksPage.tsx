import '../../styles/carenet.css';
import { Heading, Paragraph, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { useApi } from '../../api/useApi';
import { AppLink } from '../../components/AppLink';
import { LoadingMessage } from '../../components/LoadingMessage';
import { PageTitle } from '../../components/PageTitle';
import { ProblemAlert } from '../../components/ProblemAlert';
import { useLocale } from '../../i18n/useLocale';
import { hasRole } from '../../session/roles';
import { useUser } from '../../session/useSession';
import { NetworkForm } from './NetworkForm';
import { YearlyForm } from './YearlyForm';
import { meetingPath, networkPath, networksApi, whenText, type MyMeeting, type NetworkListItem, type NoticeView } from './types';

/** /zorgnetwerken — my networks, my coming meetings and what is new; set-up for administrators and chairs. */
export function NetworksPage() {
  const { t } = useTranslation();
  const locale = useLocale();
  const user = useUser();
  const list = useApi<NetworkListItem[]>(networksApi);
  const mine = useApi<MyMeeting[]>('/api/care-meetings/mine');
  const notices = useApi<NoticeView[]>('/api/care-meetings/notices');
  const canCreate = hasRole(user, 'beheerder', 'netwerkvoorzitter');
  const unread = (notices.data ?? []).filter((n) => !n.read);
  return (
    <>
      <PageTitle>{t('careNet.list.title')}</PageTitle>
      <Paragraph lead>{t('careNet.list.intro')}</Paragraph>
      {unread.length > 0 && (
        <section aria-labelledby="cn-new" className="samenspel-section">
          <Heading level={2} id="cn-new">
            {t('careNet.notices.title')}
          </Heading>
          <ul className="carenet-list">
            {unread.map((n) => (
              <li key={n.id}>
                <AppLink to={meetingPath(n.meetingId)}>
                  {t(`careNet.notices.${n.kind}`, { network: n.networkName ?? t('careNet.yearly'), when: whenText(n.startsAt, locale) })}
                </AppLink>
              </li>
            ))}
          </ul>
        </section>
      )}
      <section aria-labelledby="cn-mine" className="samenspel-section">
        <Heading level={2} id="cn-mine">
          {t('careNet.mine.title')}
        </Heading>
        {mine.error ? (
          <ProblemAlert error={mine.error} />
        ) : !mine.data ? (
          <LoadingMessage />
        ) : mine.data.length === 0 ? (
          <Paragraph>{t('careNet.mine.empty')}</Paragraph>
        ) : (
          <ul className="carenet-list">
            {mine.data.map((m) => (
              <li key={m.id}>
                <AppLink to={meetingPath(m.id)}>
                  {m.networkName ?? t('careNet.yearly')}: {whenText(m.startsAt, locale)}
                </AppLink>{' '}
                <span className="carenet-tag">
                  {m.asGuest ? t('careNet.mine.guest') : m.asSubstitute ? t('careNet.mine.substitute') : m.myStatus ? t(`careNet.attendance.${m.myStatus}`) : t('careNet.mine.lead')}
                </span>
              </li>
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="cn-networks" className="samenspel-section">
        <Heading level={2} id="cn-networks">
          {t('careNet.list.networks')}
        </Heading>
        {list.error ? (
          <ProblemAlert error={list.error} />
        ) : !list.data ? (
          <LoadingMessage />
        ) : list.data.length === 0 ? (
          <Paragraph>{t('careNet.list.empty')}</Paragraph>
        ) : (
          <div className="samenspel-table-scroll">
            <Table>
              <caption className="carenet-caption">{t('careNet.list.caption')}</caption>
              <TableHeader>
                <TableRow>
                  <TableHeaderCell scope="col">{t('careNet.field.name')}</TableHeaderCell>
                  <TableHeaderCell scope="col">{t('careNet.field.ageGroup')}</TableHeaderCell>
                  <TableHeaderCell scope="col">{t('careNet.field.chair')}</TableHeaderCell>
                  <TableHeaderCell scope="col">{t('careNet.list.next')}</TableHeaderCell>
                  <TableHeaderCell scope="col">{t('careNet.list.myRole')}</TableHeaderCell>
                </TableRow>
              </TableHeader>
              <TableBody>
                {list.data.map((n) => (
                  <TableRow key={n.id}>
                    <TableHeaderCell scope="row">
                      <AppLink to={networkPath(n.id)}>{n.name}</AppLink>
                      {n.area && <span className="carenet-sub">{n.area}</span>}
                    </TableHeaderCell>
                    <TableCell>{t(`careNet.ageGroup.${n.ageGroup}`)}</TableCell>
                    <TableCell>{n.chair?.name ?? '–'}</TableCell>
                    <TableCell>{n.nextMeetingAt ? whenText(n.nextMeetingAt, locale) : '–'}</TableCell>
                    <TableCell>{n.myRole.chair ? t('careNet.role.chair') : n.myRole.secretary ? t('careNet.role.secretary') : n.myRole.member ? t('careNet.role.member') : '–'}</TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          </div>
        )}
      </section>
      {canCreate && <NetworkForm onSaved={list.reload} />}
      {canCreate && <YearlyForm onSaved={mine.reload} />}
    </>
  );
}
