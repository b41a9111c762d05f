import { Heading, Paragraph, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow } from '@utrecht/component-library-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import type { Organisation, Team } from '../../api/types';
import { useApi } from '../../api/useApi';
import { AppLink } from '../../components/AppLink';
import { LoadingMessage } from '../../components/LoadingMessage';
import { PageTitle } from '../../components/PageTitle';
import { ProblemAlert } from '../../components/ProblemAlert';
import { SuccessAlert } from '../../components/SuccessAlert';
import { TeamForm } from './TeamForm';

/** Beheer: the teams of one organisation, with how many people are in each, and add a team. */
export function TeamsPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const organisations = useApi<Organisation[]>('/api/admin/organisations');
  const organisation = organisations.data?.find((o) => o.id === id);
  const missing = !!organisations.data && !organisation;
  const teams = useApi<Team[]>(organisation ? `/api/admin/organisations/${encodeURIComponent(organisation.id)}/teams` : null);
  const [saved, setSaved] = useState<string | null>(null);

  const onSaved = (message: string) => {
    setSaved(message);
    teams.reload();
  };

  const list = teams.data;
  const error = organisations.error ?? teams.error;
  return (
    <>
      <PageTitle>{organisation ? t('teams.title', { name: organisation.name }) : missing ? t('teams.notFound') : t('teams.titleLoading')}</PageTitle>
      {error ? <ProblemAlert error={error} /> : null}
      {missing ? <Paragraph>{t('teams.notFoundHint')}</Paragraph> : null}
      {!organisations.data && !error ? <LoadingMessage /> : null}
      {organisation ? (
        <>
          <Paragraph>{t('teams.intro', { name: organisation.name })}</Paragraph>
          {saved ? <SuccessAlert focus>{saved}</SuccessAlert> : null}
          <section aria-labelledby="teams-list" className="samenspel-section">
            <Heading level={2} id="teams-list">
              {t('teams.listTitle')}
            </Heading>
            {!list ? (
              teams.error ? null : <LoadingMessage />
            ) : list.length === 0 ? (
              <Paragraph>{t('teams.empty')}</Paragraph>
            ) : (
              <div className="samenspel-table-scroll">
                <Table aria-labelledby="teams-list">
                  <TableHeader>
                    <TableRow>
                      <TableHeaderCell scope="col">{t('teams.column')}</TableHeaderCell>
                      <TableHeaderCell scope="col">{t('teams.memberCount')}</TableHeaderCell>
                    </TableRow>
                  </TableHeader>
                  <TableBody>
                    {list.map((team) => (
                      <TableRow key={team.id}>
                        <TableCell>{team.name}</TableCell>
                        <TableCell>{team.memberCount}</TableCell>
                      </TableRow>
                    ))}
                  </TableBody>
                </Table>
              </div>
            )}
          </section>
          <TeamForm organisationId={organisation.id} onSaved={onSaved} />
        </>
      ) : null}
      <Paragraph>
        <AppLink to="/beheer/organisaties">{t('teams.back')}</AppLink>
      </Paragraph>
    </>
  );
}
