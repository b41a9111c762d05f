import './netintake.css';
import { Alert, Heading, Paragraph, UnorderedList, UnorderedListItem } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { useApi } from '../../api/useApi';
import { AppLink } from '../../components/AppLink';
import { LoadingMessage } from '../../components/LoadingMessage';
import { PageTitle } from '../../components/PageTitle';
import { ProblemAlert } from '../../components/ProblemAlert';
import { useLocale } from '../../i18n/useLocale';
import { BarChart } from './BarChart';
import { DonutChart } from './DonutChart';
import { analysisApi, intakePath, mapPath, type AnalysisView } from './types';

/** /clienten/:id/netwerk/analyse — the network in plain sentences and small charts. */
export function AnalysisPage() {
  const { t } = useTranslation();
  const locale = useLocale();
  const { id = '' } = useParams();
  const res = useApi<AnalysisView>(analysisApi(id));
  const v = res.data;
  const warnings = v ? v.sentences.filter((s) => s.warn) : [];
  const plain = v ? v.sentences.filter((s) => !s.warn) : [];
  return (
    <>
      <PageTitle>{v ? t('netIntake.analysis.title', { name: v.clientName }) : t('netIntake.analysis.titleLoading')}</PageTitle>
      <Paragraph>
        <AppLink to={mapPath(id)}>{t('netIntake.toMap')}</AppLink> · <AppLink to={intakePath(id)}>{t('netIntake.toIntake')}</AppLink>
      </Paragraph>
      {res.error ? (
        <ProblemAlert error={res.error} />
      ) : !v ? (
        <LoadingMessage />
      ) : (
        <>
          {warnings.length > 0 ? (
            <Alert type="warning">
              <Heading level={2}>{t('netIntake.analysis.flagsTitle')}</Heading>
              {warnings.map((s) => (
                <Paragraph key={s.nl}>{s[locale]}</Paragraph>
              ))}
            </Alert>
          ) : null}
          <section aria-labelledby="analysis-short" className="samenspel-section">
            <Heading level={2} id="analysis-short">
              {t('netIntake.analysis.short')}
            </Heading>
            {plain.map((s) => (
              <Paragraph key={s.nl}>{s[locale]}</Paragraph>
            ))}
          </section>
          {v.onMap > 0 ? (
            <div className="netintake-charts">
              <BarChart title={t('netIntake.analysis.sectorsChart')} bars={v.sectors.map((s) => ({ label: t(`netIntake.sector.${s.sector}`), value: s.count }))} />
              <DonutChart
                title={t('netIntake.analysis.paidChart')}
                slices={[
                  { label: t('netIntake.analysis.unpaid'), value: v.paid.unpaid, className: 'netintake-slice--unpaid' },
                  { label: t('netIntake.analysis.paid'), value: v.paid.paid, className: 'netintake-slice--paid' },
                ]}
              />
              <BarChart title={t('netIntake.analysis.functionsChart')} bars={v.functions.map((f) => ({ label: t(`netIntake.function.${f.fn}`), value: f.givers }))} />
              <BarChart
                title={t('netIntake.analysis.reciprocityChart')}
                bars={[
                  { label: t('netIntake.analysis.given'), value: v.reciprocity.given },
                  { label: t('netIntake.analysis.received'), value: v.reciprocity.received },
                ]}
              />
            </div>
          ) : null}
          <section aria-labelledby="analysis-tasks" className="samenspel-section">
            <Heading level={2} id="analysis-tasks">
              {t('netIntake.analysis.tasksChart')}
            </Heading>
            {v.tasks === null ? (
              <Paragraph>{t('netIntake.analysis.tasksHidden')}</Paragraph>
            ) : v.tasks.total === 0 ? (
              <Paragraph>{t('netIntake.analysis.noTasks')}</Paragraph>
            ) : (
              <BarChart
                title={t('netIntake.analysis.tasksChart')}
                max={v.tasks.total}
                bars={[
                  ...v.tasks.carriers.map((c) => ({ label: c.name, value: c.carries, warn: c.overloaded ? t('netIntake.analysis.overloaded') : undefined })),
                  ...(v.tasks.clientCarries > 0 ? [{ label: t('netIntake.analysis.client'), value: v.tasks.clientCarries }] : []),
                ]}
              />
            )}
          </section>
          <section aria-labelledby="analysis-restore" className="samenspel-section">
            <Heading level={2} id="analysis-restore">
              {t('netIntake.analysis.restoreTitle')}
            </Heading>
            {v.restore.length === 0 ? (
              <Paragraph>{t('netIntake.analysis.restoreNone')}</Paragraph>
            ) : (
              <UnorderedList>
                {v.restore.map((r) => (
                  <UnorderedListItem key={r.personId}>
                    {r.name} ({r.relation}, {t(`netIntake.sector.${r.sector}`).toLowerCase()})
                  </UnorderedListItem>
                ))}
              </UnorderedList>
            )}
          </section>
        </>
      )}
    </>
  );
}
