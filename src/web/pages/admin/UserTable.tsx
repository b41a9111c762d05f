import { Button, ButtonGroup, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import type { AdminUser } from '../../api/types';
import { useLocale } from '../../i18n/useLocale';
import { formatDateTime } from '../../lib/format';

interface Props {
  users: AdminUser[];
  onEdit: (user: AdminUser) => void;
  onResetMfa: (user: AdminUser) => void;
}

/** Users with their roles, organisation, team, status, 2FA and last login. */
export function UserTable({ users, onEdit, onResetMfa }: Props) {
  const { t } = useTranslation();
  const locale = useLocale();
  if (users.length === 0) return null;
  return (
    <div className="samenspel-table-scroll">
      <Table aria-labelledby="users-list">
        <TableHeader>
          <TableRow>
            <TableHeaderCell scope="col">{t('users.name')}</TableHeaderCell>
            <TableHeaderCell scope="col">{t('users.email')}</TableHeaderCell>
            <TableHeaderCell scope="col">{t('users.roles')}</TableHeaderCell>
            <TableHeaderCell scope="col">{t('users.organisation')}</TableHeaderCell>
            <TableHeaderCell scope="col">{t('users.team')}</TableHeaderCell>
            <TableHeaderCell scope="col">{t('users.status')}</TableHeaderCell>
            <TableHeaderCell scope="col">{t('users.mfa')}</TableHeaderCell>
            <TableHeaderCell scope="col">{t('users.lastLogin')}</TableHeaderCell>
            <TableHeaderCell scope="col">{t('common.actions')}</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {users.map((u) => (
            <TableRow key={u.id}>
              <TableCell>{u.displayName}</TableCell>
              <TableCell>{u.email}</TableCell>
              <TableCell>{u.roles.map((r) => t(`roles.${r}`, { defaultValue: r })).join(', ')}</TableCell>
              <TableCell>{u.organisationName ?? t('users.noOrganisation')}</TableCell>
              <TableCell>{u.teamName ?? t('users.noTeam')}</TableCell>
              <TableCell>{t(`users.statusValue.${u.status}`)}</TableCell>
              <TableCell>{u.mfaEnabled ? t('users.mfaOn') : t('users.mfaOff')}</TableCell>
              <TableCell>{u.lastLoginAt ? formatDateTime(u.lastLoginAt, locale) : t('users.neverLoggedIn')}</TableCell>
              <TableCell>
                <ButtonGroup>
                  <Button appearance="subtle-button" onClick={() => onEdit(u)}>
                    {t('common.edit')}
                    <span className="samenspel-visually-hidden"> {u.displayName}</span>
                  </Button>
                  {u.mfaEnabled ? (
                    <Button appearance="subtle-button" onClick={() => onResetMfa(u)}>
                      {t('users.resetMfa')}
                      <span className="samenspel-visually-hidden"> {u.displayName}</span>
                    </Button>
                  ) : null}
                </ButtonGroup>
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </div>
  );
}
