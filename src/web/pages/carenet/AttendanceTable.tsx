import { Heading, Paragraph, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow } from '@utrecht/component-library-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, ApiError } from '../../api/client';
import { ProblemAlert } from '../../components/ProblemAlert';
import { ATTENDANCE_STATUSES, meetingApi, type AttendanceView, type MeetingDetail } from './types';

/** Who was there. The chair or secretary records it during or after the meeting; others read it. */
export function AttendanceTable({ meeting: m, onSaved }: { meeting: MeetingDetail; onSaved: () => void }) {
  const { t } = useTranslation();
  const [error, setError] = useState<ApiError | null>(null);
  const canRecord = m.myRole.manage && (m.status === 'running' || m.status === 'held');
  const record = async (a: AttendanceView, value: string) => {
    setError(null);
    const [status, sub] = value.split(':');
    try {
      await api.put(`${meetingApi(m.id)}/attendance/${encodeURIComponent(a.id)}`, { version: a.version, status, substitutePresent: sub === 'sub' });
    } catch (e) {
      if (e instanceof ApiError) setError(e);
    }
    onSaved();
  };
  const choices = (a: AttendanceView) => [
    ...ATTENDANCE_STATUSES.map((s) => ({ value: s, label: t(`careNet.attendance.${s}`) })),
    ...(a.substitute ? [{ value: 'apologised:sub', label: t('careNet.attendance.substituteCame', { name: a.substitute.name }) }] : []),
  ];
  return (
    <section aria-labelledby="cn-attendance" className="samenspel-section">
      <Heading level={2} id="cn-attendance">
        {t('careNet.attendance.title')}
      </Heading>
      {canRecord && <Paragraph>{t('careNet.attendance.intro')}</Paragraph>}
      {error && <ProblemAlert error={error} />}
      <div className="samenspel-table-scroll">
        <Table>
          <caption className="carenet-caption">{t('careNet.attendance.caption')}</caption>
          <TableHeader>
            <TableRow>
              <TableHeaderCell scope="col">{t('careNet.field.person')}</TableHeaderCell>
              <TableHeaderCell scope="col">{t('careNet.field.organisation')}</TableHeaderCell>
              <TableHeaderCell scope="col">{t('careNet.attendance.status')}</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {m.attendance.map((a) => {
              const current = a.substitutePresent ? 'apologised:sub' : a.status;
              return (
                <TableRow key={a.id}>
                  <TableHeaderCell scope="row">
                    {a.name}
                    {a.substitute && <span className="carenet-sub">{t('careNet.attendance.substitute', { name: a.substitute.name })}</span>}
                  </TableHeaderCell>
                  <TableCell>{a.organisationName}</TableCell>
                  <TableCell>
                    {canRecord ? (
                      <select
                        className="utrecht-select utrecht-select--html-select"
                        aria-label={t('careNet.attendance.choose', { name: a.name })}
                        value={current}
                        onChange={(e) => void record(a, e.target.value)}
                      >
                        {choices(a).map((c) => (
                          <option key={c.value} value={c.value}>
                            {c.label}
                          </option>
                        ))}
                      </select>
                    ) : (
                      t(a.substitutePresent ? 'careNet.attendance.substituteCame' : `careNet.attendance.${a.status}`, { name: a.substitute?.name ?? '' })
                    )}
                  </TableCell>
                </TableRow>
              );
            })}
          </TableBody>
        </Table>
      </div>
    </section>
  );
}
