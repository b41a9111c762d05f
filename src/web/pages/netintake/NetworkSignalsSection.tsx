import './netintake.css';
import { Heading, Paragraph, UnorderedList, UnorderedListItem } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { useApi } from '../../api/useApi';
import { AppLink } from '../../components/AppLink';
import { LoadingMessage } from '../../components/LoadingMessage';
import { ProblemAlert } from '../../components/ProblemAlert';
import { useLocale } from '../../i18n/useLocale';
import { formatDate } from '../../lib/format';
import { analysisPath, intakePath, type NetworkSignal } from './types';

const linkFor = (s: NetworkSignal) => (s.kind === 'intake-gepauzeerd' || s.kind === 'intake-zonder-kaart' ? intakePath(s.clientId) : analysisPath(s.clientId));

/** Worklist section on the professional's start page: network signals (overload, lost contacts to restore) of my clients. */
export function NetworkSignalsSection() {
  const { t } = useTranslation();
  const locale = useLocale();
  const res = useApi<{ items: NetworkSignal[] }>('/api/me/network-signals');
  return (
    <section aria-labelledby="network-signals-title" className="samenspel-section">
      <Heading level={2} id="network-signals-title">
        {t('netIntake.signals.title')}
      </Heading>
      {res.error ? (
        <ProblemAlert error={res.error} />
      ) : !res.data ? (
        <LoadingMessage />
      ) : res.data.items.length === 0 ? (
        <Paragraph>{t('netIntake.signals.empty')}</Paragraph>
      ) : (
        <UnorderedList className="samenspel-link-list">
          {res.data.items.map((s) => (
            <UnorderedListItem key={`${s.clientId}:${s.kind}:${s.name ?? ''}`}>
              <AppLink to={linkFor(s)}>{t(`netIntake.signals.${s.kind}`, { client: s.clientName, name: s.name ?? t('netIntake.signals.someone'), step: (s.step ?? 0) + 1 })}</AppLink>{' '}
              <span className="netintake-muted">{t('netIntake.signals.since', { date: formatDate(s.since, locale) })}</span>
              {s.kind.startsWith('overbelast') ? <span className="netintake-badge">{t('netIntake.analysis.overloaded')}</span> : null}
            </UnorderedListItem>
          ))}
        </UnorderedList>
      )}
    </section>
  );
}
