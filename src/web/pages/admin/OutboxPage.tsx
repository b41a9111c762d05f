import { Paragraph, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import type { OutboxMessage } from '../../api/types';
import { useApi } from '../../api/useApi';
import { AppLink } from '../../components/AppLink';
import { LoadingMessage } from '../../components/LoadingMessage';
import { PageTitle } from '../../components/PageTitle';
import { ProblemAlert } from '../../components/ProblemAlert';
import { useLocale } from '../../i18n/useLocale';
import { formatDateTime } from '../../lib/format';

/** Beheer: e-mails the system sent or stored (when no SMTP server is set up). */
export function OutboxPage() {
  const { t } = useTranslation();
  const locale = useLocale();
  const outbox = useApi<OutboxMessage[]>('/api/admin/outbox');
  const list = outbox.data;
  return (
    <>
      <PageTitle>{t('outbox.title')}</PageTitle>
      <Paragraph>{t('outbox.intro')}</Paragraph>
      {outbox.error ? <ProblemAlert error={outbox.error} /> : null}
      {!list ? (
        outbox.error ? null : <LoadingMessage />
      ) : list.length === 0 ? (
        <Paragraph>{t('outbox.empty')}</Paragraph>
      ) : (
        <div className="samenspel-table-scroll">
          <Table>
            <caption className="samenspel-visually-hidden">{t('outbox.caption')}</caption>
            <TableHeader>
              <TableRow>
                <TableHeaderCell scope="col">{t('outbox.subject')}</TableHeaderCell>
                <TableHeaderCell scope="col">{t('outbox.to')}</TableHeaderCell>
                <TableHeaderCell scope="col">{t('outbox.status')}</TableHeaderCell>
                <TableHeaderCell scope="col">{t('outbox.transport')}</TableHeaderCell>
                <TableHeaderCell scope="col">{t('outbox.createdAt')}</TableHeaderCell>
                <TableHeaderCell scope="col">{t('outbox.sentAt')}</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {list.map((m) => (
                <TableRow key={m.id}>
                  <TableCell>
                    <AppLink to={`/beheer/uitgaande-mail/${encodeURIComponent(m.id)}`}>{m.subject}</AppLink>
                  </TableCell>
                  <TableCell>{m.to}</TableCell>
                  <TableCell>{t(`outbox.statusValue.${m.status}`, { defaultValue: m.status })}</TableCell>
                  <TableCell>{m.transport}</TableCell>
                  <TableCell>{formatDateTime(m.createdAt, locale)}</TableCell>
                  <TableCell>{m.sentAt ? formatDateTime(m.sentAt, locale) : t('outbox.notSent')}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </div>
      )}
    </>
  );
}
