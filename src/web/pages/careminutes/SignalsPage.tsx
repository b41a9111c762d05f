import '../../styles/careminutes.css';
import { Heading, Paragraph } from '@utrecht/component-library-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApi } from '../../api/useApi';
import { AppLink } from '../../components/AppLink';
import { LoadingMessage } from '../../components/LoadingMessage';
import { PageTitle } from '../../components/PageTitle';
import { ProblemAlert } from '../../components/ProblemAlert';
import { SelectField } from '../../components/SelectField';
import { SignalCard } from './SignalCard';
import { SignalForm } from './SignalForm';
import { surveyPath, type NetworkSignalsView, type SignalNetworksView, type SignalView } from './types';

/** /signalen — the signal log of my networks, and for the municipality the signals raised to it. */
export function SignalsPage() {
  const { t } = useTranslation();
  const nets = useApi<SignalNetworksView>('/api/care-signals/networks');
  const [chosen, setChosen] = useState('');
  const networkId = chosen || nets.data?.networks[0]?.id || '';
  const log = useApi<NetworkSignalsView>(networkId ? `/api/care-signals/networks/${encodeURIComponent(networkId)}` : null, { keepPrevious: true });
  const raised = useApi<SignalView[]>(nets.data?.seesRaised ? '/api/care-signals/raised' : null);
  return (
    <>
      <PageTitle>{t('careMinutes.signals.title')}</PageTitle>
      <Paragraph>{t('careMinutes.signals.intro')}</Paragraph>
      {nets.error ? (
        <ProblemAlert error={nets.error} />
      ) : !nets.data ? (
        <LoadingMessage />
      ) : (
        <>
          {nets.data.networks.length === 0 && !nets.data.seesRaised ? <Paragraph>{t('careMinutes.signals.noNetworks')}</Paragraph> : null}
          {nets.data.networks.length > 1 ? (
            <SelectField id="signals-network" label={t('careMinutes.signals.network')} value={networkId} onChange={setChosen} options={nets.data.networks.map((n) => ({ value: n.id, label: n.name }))} />
          ) : null}
          {log.error ? <ProblemAlert error={log.error} /> : null}
          {networkId && log.data ? (
            <>
              <Paragraph>
                <AppLink to={surveyPath(log.data.network.id)}>{t('careMinutes.signals.surveyLink', { network: log.data.network.name })}</AppLink>
              </Paragraph>
              <SignalForm key={log.data.network.id} view={log.data} onAdded={log.reload} />
              <section aria-labelledby="signal-log-title" className="samenspel-section">
                <Heading level={2} id="signal-log-title">
                  {t('careMinutes.signals.logTitle', { network: log.data.network.name })}
                </Heading>
                {log.data.signals.length === 0 ? (
                  <Paragraph>{t('careMinutes.signals.none')}</Paragraph>
                ) : (
                  log.data.signals.map((s) => <SignalCard key={`${s.id}:${s.version}`} s={s} manage={log.data?.network.canManage ?? false} meetings={log.data?.meetings ?? []} onChanged={log.reload} />)
                )}
              </section>
            </>
          ) : networkId ? (
            <LoadingMessage />
          ) : null}
          {nets.data.seesRaised ? (
            <section aria-labelledby="signal-raised-title" className="samenspel-section">
              <Heading level={2} id="signal-raised-title">
                {t('careMinutes.signals.raisedTitle')}
              </Heading>
              {raised.error ? (
                <ProblemAlert error={raised.error} />
              ) : !raised.data ? (
                <LoadingMessage />
              ) : raised.data.length === 0 ? (
                <Paragraph>{t('careMinutes.signals.noneRaised')}</Paragraph>
              ) : (
                raised.data.map((s) => <SignalCard key={s.id} s={s} manage={false} meetings={[]} onChanged={raised.reload} showNetwork />)
              )}
            </section>
          ) : null}
        </>
      )}
    </>
  );
}
