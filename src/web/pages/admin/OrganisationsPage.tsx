import { Button, ButtonGroup, Heading, Paragraph, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow } from '@utrecht/component-library-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Municipality, Organisation } from '../../api/types';
import { useApi } from '../../api/useApi';
import { AppLink } from '../../components/AppLink';
import { LoadingMessage } from '../../components/LoadingMessage';
import { PageTitle } from '../../components/PageTitle';
import { ProblemAlert } from '../../components/ProblemAlert';
import { SuccessAlert } from '../../components/SuccessAlert';
import { OrganisationForm } from './OrganisationForm';

/** Beheer: all organisations of the region, add one, or change one. */
export function OrganisationsPage() {
  const { t } = useTranslation();
  const organisations = useApi<Organisation[]>('/api/admin/organisations');
  const municipalities = useApi<Municipality[]>('/api/admin/municipalities');
  const [editing, setEditing] = useState<Organisation | null>(null);
  const [saved, setSaved] = useState<string | null>(null);

  const onSaved = (message: string) => {
    setEditing(null);
    setSaved(message);
    organisations.reload();
  };

  const list = organisations.data;
  return (
    <>
      <PageTitle>{t('organisations.title')}</PageTitle>
      <Paragraph>{t('organisations.intro')}</Paragraph>
      {saved ? <SuccessAlert focus>{saved}</SuccessAlert> : null}
      <section aria-labelledby="organisations-list" className="samenspel-section">
        <Heading level={2} id="organisations-list">
          {t('organisations.listTitle')}
        </Heading>
        {organisations.error ? <ProblemAlert error={organisations.error} /> : null}
        {!list ? (
          organisations.error ? null : <LoadingMessage />
        ) : list.length === 0 ? (
          <Paragraph>{t('organisations.empty')}</Paragraph>
        ) : (
          <div className="samenspel-table-scroll">
            <Table aria-labelledby="organisations-list">
              <TableHeader>
                <TableRow>
                  <TableHeaderCell scope="col">{t('organisations.name')}</TableHeaderCell>
                  <TableHeaderCell scope="col">{t('organisations.kind')}</TableHeaderCell>
                  <TableHeaderCell scope="col">{t('organisations.municipality')}</TableHeaderCell>
                  <TableHeaderCell scope="col">{t('organisations.userCount')}</TableHeaderCell>
                  <TableHeaderCell scope="col">{t('common.actions')}</TableHeaderCell>
                </TableRow>
              </TableHeader>
              <TableBody>
                {list.map((o) => (
                  <TableRow key={o.id}>
                    <TableCell>{o.name}</TableCell>
                    <TableCell>{t(`organisationKinds.${o.kind}`, { defaultValue: o.kind })}</TableCell>
                    <TableCell>{o.municipalityName ?? t('organisations.noMunicipality')}</TableCell>
                    <TableCell>{o.userCount}</TableCell>
                    <TableCell>
                      <ButtonGroup>
                        <Button
                          appearance="subtle-button"
                          onClick={() => {
                            setSaved(null);
                            setEditing(o);
                          }}
                        >
                          {t('common.edit')}
                          <span className="samenspel-visually-hidden"> {o.name}</span>
                        </Button>
                        <AppLink to={`/beheer/organisaties/${encodeURIComponent(o.id)}/teams`}>
                          {t('organisations.teams')}
                          <span className="samenspel-visually-hidden"> {t('organisations.teamsOf', { name: o.name })}</span>
                        </AppLink>
                      </ButtonGroup>
                    </TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          </div>
        )}
      </section>
      <OrganisationForm
        key={editing ? `edit-${editing.id}-${editing.version}` : 'new'}
        organisation={editing}
        municipalities={municipalities.data ?? []}
        onSaved={onSaved}
        onCancel={() => setEditing(null)}
      />
    </>
  );
}
