import { Paragraph, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import type { Correction } from '../../api/avg-types';
import { useLocale } from '../../i18n/useLocale';
import { formatDate } from '../../lib/format';

/** The requests for correction of one client, newest first, with their answers. */
export function CorrectionList({ corrections, labelledBy }: { corrections: Correction[]; labelledBy: string }) {
  const { t } = useTranslation();
  const locale = useLocale();
  if (corrections.length === 0) return <Paragraph>{t('avg.correction.none')}</Paragraph>;
  return (
    <div className="samenspel-table-scroll">
      <Table aria-labelledby={labelledBy}>
        <TableHeader>
          <TableRow>
            <TableHeaderCell scope="col">{t('avg.correction.date')}</TableHeaderCell>
            <TableHeaderCell scope="col">{t('avg.correction.about')}</TableHeaderCell>
            <TableHeaderCell scope="col">{t('avg.correction.question')}</TableHeaderCell>
            <TableHeaderCell scope="col">{t('avg.correction.statusColumn')}</TableHeaderCell>
            <TableHeaderCell scope="col">{t('avg.correction.answer')}</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {corrections.map((c) => (
            <TableRow key={c.id}>
              <TableCell>{formatDate(c.createdAt, locale)}</TableCell>
              <TableCell>{t(`avg.categories.${c.category}`)}</TableCell>
              <TableCell className="samenspel-avg-text">{c.text}</TableCell>
              <TableCell className="samenspel-avg-status">{t(`avg.status.${c.status}`)}</TableCell>
              <TableCell className="samenspel-avg-text">
                {c.resolution ? (
                  <>
                    {c.resolution}
                    {'\n'}
                    {t('avg.correction.answeredBy', { name: c.resolvedByLabel ?? '', date: c.resolvedAt ? formatDate(c.resolvedAt, locale) : '' })}
                  </>
                ) : (
                  t('avg.correction.noAnswer')
                )}
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </div>
  );
}
