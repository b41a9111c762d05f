import { Button, ButtonGroup, Heading, Paragraph } from '@utrecht/component-library-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { withQuery } from '../../api/client';
import type { AdminUser, Organisation } from '../../api/types';
import { useApi } from '../../api/useApi';
import { LoadingMessage } from '../../components/LoadingMessage';
import { PageTitle } from '../../components/PageTitle';
import { ProblemAlert } from '../../components/ProblemAlert';
import { SuccessAlert } from '../../components/SuccessAlert';
import { TextField } from '../../components/TextField';
import { ResetMfaConfirm } from './ResetMfaConfirm';
import { UserForm } from './UserForm';
import { UserTable } from './UserTable';

/** Beheer: find users, add one (they get an invitation e-mail), change roles or status, reset 2FA. */
export function UsersPage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const q = params.get('q') ?? '';
  const [search, setSearch] = useState(q);
  const users = useApi<AdminUser[]>(withQuery('/api/admin/users', { q }), { keepPrevious: true });
  const organisations = useApi<Organisation[]>('/api/admin/organisations');
  const [editing, setEditing] = useState<AdminUser | null>(null);
  const [resetting, setResetting] = useState<AdminUser | null>(null);
  const [saved, setSaved] = useState<string | null>(null);

  const onSearch = (event: FormEvent) => {
    event.preventDefault();
    setParams(search.trim() ? { q: search.trim() } : {});
  };

  const done = (message: string) => {
    setEditing(null);
    setResetting(null);
    setSaved(message);
    users.reload();
  };

  const list = users.data;
  return (
    <>
      <PageTitle>{t('users.title')}</PageTitle>
      <Paragraph>{t('users.intro')}</Paragraph>
      {saved ? <SuccessAlert focus>{saved}</SuccessAlert> : null}
      {resetting ? <ResetMfaConfirm user={resetting} onDone={done} onCancel={() => setResetting(null)} /> : null}
      <section aria-labelledby="users-list" className="samenspel-section">
        <Heading level={2} id="users-list">
          {t('users.listTitle')}
        </Heading>
        <form role="search" noValidate onSubmit={onSearch} className="samenspel-form samenspel-search">
          <TextField id="users-q" type="search" label={t('users.search')} value={search} onChange={setSearch} />
          <ButtonGroup>
            <Button type="submit" appearance="secondary-action-button">
              {t('users.searchSubmit')}
            </Button>
          </ButtonGroup>
        </form>
        {users.error ? <ProblemAlert error={users.error} /> : null}
        {list ? (
          <>
            <div role="status">
              <Paragraph>{q ? t('users.found', { count: list.length, q }) : t('users.count', { count: list.length })}</Paragraph>
            </div>
            <UserTable
              users={list}
              onEdit={(u) => {
                setSaved(null);
                setEditing(u);
              }}
              onResetMfa={(u) => {
                setSaved(null);
                setResetting(u);
              }}
            />
          </>
        ) : users.error ? null : (
          <LoadingMessage />
        )}
      </section>
      <UserForm
        key={editing ? `edit-${editing.id}-${editing.version}` : 'new'}
        user={editing}
        organisations={organisations.data ?? []}
        onSaved={done}
        onCancel={() => setEditing(null)}
      />
    </>
  );
}
