import { Heading, Paragraph, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { useApi } from '../../api/useApi';
import { AppLink } from '../../components/AppLink';
import { LoadingMessage } from '../../components/LoadingMessage';
import { PageTitle } from '../../components/PageTitle';
import { ProblemAlert } from '../../components/ProblemAlert';
import { useLocale } from '../../i18n/useLocale';
import { formatCalendarDate } from '../../lib/format';
import '../../styles/naasten.css';
import { SettingsForm } from './SettingsForm';
import { circleCardsPath, type TeamDashboardView } from './types';

/** For the team lead: naastenkaarten that are late, per professional and circle of their team. */
export function TeamDashboardPage() {
  const { t } = useTranslation();
  const locale = useLocale();
  const board = useApi<TeamDashboardView>('/api/naastenkaarten/team');
  const d = board.data;
  const late = d?.lateCards ?? 0;
  return (
    <>
      <PageTitle>{t('naasten.team.title')}</PageTitle>
      {board.error ? <ProblemAlert error={board.error} /> : null}
      {!d && !board.error ? <LoadingMessage /> : null}
      {d ? (
        <>
          <Paragraph>{t('naasten.team.intro', { team: d.teamName, count: d.deadlineDays })}</Paragraph>
          <Paragraph>{t('naasten.team.privacy')}</Paragraph>
          <section aria-labelledby="team-late" className="samenspel-section">
            <Heading level={2} id="team-late">
              {t('naasten.team.lateTitle', { count: late })}
            </Heading>
            {d.professionals.length === 0 ? (
              <Paragraph>{t('naasten.team.noneLate')}</Paragraph>
            ) : (
              // Wider than a phone: keyboard users scroll it too, so it takes focus (a group, not a second landmark).
              <div className="naasten-table" role="group" aria-labelledby="team-late" tabIndex={0}>
                <Table aria-labelledby="team-late">
                  <TableHeader>
                    <TableRow>
                      <TableHeaderCell scope="col">{t('naasten.team.professional')}</TableHeaderCell>
                      <TableHeaderCell scope="col">{t('naasten.team.circle')}</TableHeaderCell>
                      <TableHeaderCell scope="col">{t('naasten.team.late')}</TableHeaderCell>
                    </TableRow>
                  </TableHeader>
                  <TableBody>
                    {d.professionals.flatMap((p) =>
                      p.circles.map((c) => (
                        <TableRow key={`${p.userId}:${c.number}`}>
                          <TableCell>{p.name}</TableCell>
                          <TableCell>
                            {c.clientId && c.clientName ? (
                              <AppLink to={circleCardsPath(c.clientId)}>{c.clientName}</AppLink>
                            ) : (
                              t('naasten.team.clientOf', { number: c.number, name: p.name.split(' ')[0] })
                            )}
                            {/* Under the circle, not in a column of its own: three columns still fit a phone. */}
                            <span className="naasten-table__start">{t('naasten.team.startedOn', { date: formatCalendarDate(c.admittedOn, locale) })}</span>
                          </TableCell>
                          <TableCell>
                            <ul className="naasten-plain-list">
                              {c.overdue.map((o, i) => (
                                <li key={i} className="naasten-late">
                                  {t('naasten.team.lateItem', { who: o.name ?? t('naasten.team.aNaaste'), count: o.days })}
                                </li>
                              ))}
                            </ul>
                          </TableCell>
                        </TableRow>
                      )),
                    )}
                  </TableBody>
                </Table>
              </div>
            )}
          </section>
          <section aria-labelledby="team-settings" className="samenspel-section">
            <Heading level={2} id="team-settings">
              {t('naasten.team.settingsTitle')}
            </Heading>
            <SettingsForm settings={d.settings} onSaved={board.reload} />
          </section>
        </>
      ) : null}
    </>
  );
}
