import { Button, Paragraph, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow } from '@utrecht/component-library-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, request } from '../../api/client';
import { ProblemAlert } from '../../components/ProblemAlert';
import { useLocale } from '../../i18n/useLocale';
import { formatCalendarDate } from '../../lib/format';
import type { Role } from './types';

/** The rows "wie neemt welke rol over en wanneer" as a table; removable by people who may edit. */
export function RoleList({ clientId, roles, canEdit, onChanged }: { clientId: string; roles: Role[]; canEdit: boolean; onChanged: (message: string | null) => void }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const [error, setError] = useState<ApiError | null>(null);
  if (roles.length === 0) return <Paragraph>{t('continuity.roles.none')}</Paragraph>;
  const remove = async (r: Role) => {
    setError(null);
    try {
      await request('DELETE', `/api/clients/${encodeURIComponent(clientId)}/continuity/roles/${encodeURIComponent(r.id)}?version=${r.version}`);
      onChanged(t('continuity.roles.removed', { role: r.role }));
    } catch (e) {
      if (e instanceof ApiError) setError(e);
      if (e instanceof ApiError && e.status === 409) onChanged(null);
    }
  };
  return (
    <>
      {error ? <ProblemAlert error={error} /> : null}
      <div className="samenspel-table-scroll">
        <Table className="samenspel-continuity-table">
          <TableHeader>
            <TableRow>
              <TableHeaderCell scope="col">{t('continuity.roles.holder')}</TableHeaderCell>
              <TableHeaderCell scope="col">{t('continuity.roles.role')}</TableHeaderCell>
              <TableHeaderCell scope="col">{t('continuity.roles.successor')}</TableHeaderCell>
              <TableHeaderCell scope="col">{t('continuity.roles.when')}</TableHeaderCell>
              {canEdit ? (
                <TableHeaderCell scope="col" className="samenspel-continuity-noprint">
                  <span className="samenspel-visually-hidden">{t('continuity.roles.actions')}</span>
                </TableHeaderCell>
              ) : null}
            </TableRow>
          </TableHeader>
          <TableBody>
            {roles.map((r) => (
              <TableRow key={r.id}>
                <TableCell>{r.holder}</TableCell>
                <TableCell>{r.role}</TableCell>
                <TableCell>{r.successor}</TableCell>
                <TableCell>{[r.whenText, r.whenOn ? formatCalendarDate(r.whenOn, locale) : null].filter(Boolean).join(', ')}</TableCell>
                {canEdit ? (
                  <TableCell className="samenspel-continuity-noprint">
                    <Button type="button" appearance="subtle-button" onClick={() => void remove(r)}>
                      {t('continuity.roles.remove', { role: r.role })}
                    </Button>
                  </TableCell>
                ) : null}
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </div>
    </>
  );
}
