import { Heading, Paragraph, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { useApi } from '../../api/useApi';
import { LoadingMessage } from '../../components/LoadingMessage';
import { ProblemAlert } from '../../components/ProblemAlert';
import { networkApi, type AttendanceStats } from './types';

const BAR_W = 220;
const ROW_H = 28;
const LABEL_W = 170;

/** Share of meetings each organisation was there, last 12 months: bars plus the same numbers as a table. */
export function AttendanceChart({ networkId }: { networkId: string }) {
  const { t } = useTranslation();
  const res = useApi<AttendanceStats>(`${networkApi(networkId)}/attendance`);
  const p = 'cn-stats';
  return (
    <section aria-labelledby={`${p}-title`} className="samenspel-section">
      <Heading level={2} id={`${p}-title`}>
        {t('careNet.stats.title')}
      </Heading>
      {res.error ? (
        <ProblemAlert error={res.error} />
      ) : !res.data ? (
        <LoadingMessage />
      ) : res.data.rows.length === 0 ? (
        <Paragraph>{t('careNet.stats.empty')}</Paragraph>
      ) : (
        <>
          <Paragraph>{t('careNet.stats.intro', { count: res.data.meetings })}</Paragraph>
          <figure className="carenet-chart">
            <svg
              viewBox={`0 0 ${LABEL_W + BAR_W + 60} ${res.data.rows.length * ROW_H + 8}`}
              role="img"
              aria-labelledby={`${p}-svg-title`}
              className="carenet-chart__svg"
            >
              <title id={`${p}-svg-title`}>
                {t('careNet.stats.chartAlt', { list: res.data.rows.map((r) => `${r.organisationName} ${Math.round(r.share * 100)}%`).join(', ') })}
              </title>
              {res.data.rows.map((r, i) => {
                const y = i * ROW_H + 4;
                const w = Math.max(2, Math.round(r.share * BAR_W));
                return (
                  <g key={r.organisationId}>
                    <text x={0} y={y + 17} className="carenet-chart__label">
                      {r.organisationName.length > 24 ? `${r.organisationName.slice(0, 23)}…` : r.organisationName}
                    </text>
                    <rect x={LABEL_W} y={y + 4} width={BAR_W} height={18} className="carenet-chart__track" />
                    <rect x={LABEL_W} y={y + 4} width={w} height={18} className={r.repeatedAbsence ? 'carenet-chart__bar carenet-chart__bar--alert' : 'carenet-chart__bar'} />
                    <text x={LABEL_W + BAR_W + 6} y={y + 17} className="carenet-chart__label">
                      {`${Math.round(r.share * 100)}%${r.repeatedAbsence ? ' ⚠' : ''}`}
                    </text>
                  </g>
                );
              })}
            </svg>
            <figcaption className="carenet-sub">{t('careNet.stats.legend')}</figcaption>
          </figure>
          <div className="samenspel-table-scroll">
            <Table>
              <caption className="carenet-caption">{t('careNet.stats.caption', { from: res.data.from, to: res.data.to })}</caption>
              <TableHeader>
                <TableRow>
                  <TableHeaderCell scope="col">{t('careNet.field.organisation')}</TableHeaderCell>
                  <TableHeaderCell scope="col">{t('careNet.stats.present')}</TableHeaderCell>
                  <TableHeaderCell scope="col">{t('careNet.stats.apologised')}</TableHeaderCell>
                  <TableHeaderCell scope="col">{t('careNet.stats.absent')}</TableHeaderCell>
                  <TableHeaderCell scope="col">{t('careNet.stats.share')}</TableHeaderCell>
                </TableRow>
              </TableHeader>
              <TableBody>
                {res.data.rows.map((r) => (
                  <TableRow key={r.organisationId}>
                    <TableHeaderCell scope="row">
                      {r.organisationName}
                      {r.repeatedAbsence && <strong className="carenet-alert-text"> ⚠ {t('careNet.stats.repeated')}</strong>}
                    </TableHeaderCell>
                    <TableCell>{r.present}</TableCell>
                    <TableCell>{r.apologised}</TableCell>
                    <TableCell>{r.absent}</TableCell>
                    <TableCell>{`${Math.round(r.share * 100)}% (${r.present}/${r.meetings})`}</TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          </div>
        </>
      )}
    </section>
  );
}
