import { Alert, Button, ButtonGroup, Heading, Paragraph, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow } from '@utrecht/component-library-react';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, ApiError } from '../../api/client';
import { useApi } from '../../api/useApi';
import { ProblemAlert } from '../../components/ProblemAlert';
import { useLocale } from '../../i18n/useLocale';
import type { ImportRun } from './ownerTypes';

const RUNNING = ['queued', 'checking', 'importing'];
const POLL_MS = 1000;

/** One import: progress while it runs (the page asks every second), then the outcome and the rows that were wrong. */
export function ImportRunStatus({ id }: { id: string }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const run = useApi<ImportRun>(`/api/social-map/imports/${encodeURIComponent(id)}`, { keepPrevious: true });
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const data = run.data;
  const running = !data || RUNNING.includes(data.status);
  const { reload } = run;
  const outcomeRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (!running || run.loading || run.error) return;
    const timer = setTimeout(reload, POLL_MS);
    return () => clearTimeout(timer);
  }, [running, run.loading, run.error, reload, data]);

  // When the run ends, the outcome takes focus so keyboard and screen reader users hear it.
  const finished = data !== undefined && !RUNNING.includes(data.status);
  useEffect(() => {
    if (finished) outcomeRef.current?.focus();
  }, [finished]);

  const importGood = async () => {
    setBusy(true);
    setError(null);
    try {
      await api.post(`/api/social-map/imports/${encodeURIComponent(id)}/import-good`);
      reload();
    } catch (e) {
      if (e instanceof ApiError) setError(e);
    } finally {
      setBusy(false);
    }
  };

  return (
    <section aria-labelledby="socialmap-run-title" className="samenspel-section socialmap-run">
      <Heading level={2} id="socialmap-run-title">
        {t('socialMapImport.run.title', { file: data?.fileName ?? '' })}
      </Heading>
      {run.error ? <ProblemAlert error={run.error} /> : null}
      {error ? <ProblemAlert error={error} /> : null}
      {data && running ? (
        <div className="socialmap-progress">
          <label htmlFor="socialmap-run-progress">{t(`socialMapImport.run.${data.status}`)}</label>
          <progress id="socialmap-run-progress" max={data.totalRows} value={data.status === 'importing' ? data.totalRows : data.checkedRows} />
          <Paragraph role="status">{t('socialMapImport.run.progress', { checked: data.status === 'importing' ? data.totalRows : data.checkedRows, total: data.totalRows })}</Paragraph>
        </div>
      ) : null}
      {data && !running ? (
        <div ref={outcomeRef} tabIndex={-1} className="samenspel-focus-target">
          {data.status === 'done' ? (
            <Alert type="ok">
              <Paragraph>{t('socialMapImport.run.done', { created: data.createdCount, updated: data.updatedCount })}</Paragraph>
              {data.badRows > 0 ? <Paragraph>{t('socialMapImport.run.skipped', { count: data.badRows })}</Paragraph> : null}
            </Alert>
          ) : data.status === 'rejected' ? (
            <Alert type="warning">
              <Paragraph>{t('socialMapImport.run.rejected', { bad: data.badRows, total: data.totalRows })}</Paragraph>
              <Paragraph>{t('socialMapImport.run.fixAndRetry')}</Paragraph>
            </Alert>
          ) : (
            <Alert type="error">
              <Paragraph>{data.problems[0]?.[locale] ?? t('common.unknownError')}</Paragraph>
            </Alert>
          )}
        </div>
      ) : null}
      {data?.canImportGood ? (
        <ButtonGroup>
          <Button appearance="secondary-action-button" busy={busy} onClick={() => void importGood()}>
            {t('socialMapImport.run.importGood', { count: data.goodRows })}
          </Button>
        </ButtonGroup>
      ) : null}
      {data && !running && data.status !== 'failed' && data.problems.length > 0 ? (
        <>
          <Heading level={3} id="socialmap-run-problems">
            {t('socialMapImport.run.problemsTitle', { count: data.badRows })}
          </Heading>
          <div className="samenspel-table-scroll">
            <Table aria-labelledby="socialmap-run-problems">
              <TableHeader>
                <TableRow>
                  <TableHeaderCell scope="col">{t('socialMapImport.run.row')}</TableHeaderCell>
                  <TableHeaderCell scope="col">{t('socialMapImport.column')}</TableHeaderCell>
                  <TableHeaderCell scope="col">{t('socialMapImport.run.problem')}</TableHeaderCell>
                </TableRow>
              </TableHeader>
              <TableBody>
                {data.problems.map((p, i) => (
                  <TableRow key={`${p.row}:${p.column}:${i}`}>
                    <TableCell>{p.row === 0 ? t('socialMapImport.run.wholeFile') : p.row}</TableCell>
                    <TableCell>{p.column ? <code>{p.column}</code> : '—'}</TableCell>
                    <TableCell>{p[locale]}</TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          </div>
        </>
      ) : null}
    </section>
  );
}
