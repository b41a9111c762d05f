import { Button, ButtonGroup, Heading, Paragraph } from '@utrecht/component-library-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, api } from '../../../api/client';
import type { SafetyException, SafetyExceptionList as List } from '../../../api/safety-types';
import type { ApiResult } from '../../../api/useApi';
import { AppLink } from '../../../components/AppLink';
import { LoadingMessage } from '../../../components/LoadingMessage';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { SuccessAlert } from '../../../components/SuccessAlert';
import { SafetyExceptionDetails } from './SafetyExceptionDetails';

/** The circle's safety exceptions, for its professionals; the author can end theirs early. */
export function SafetyExceptionList({ clientId, list }: { clientId: string; list: ApiResult<List> }) {
  const { t } = useTranslation();
  const [ending, setEnding] = useState<string | null>(null);
  const [problem, setProblem] = useState<ApiError | null>(null);
  const [ended, setEnded] = useState(false);

  const end = async (e: SafetyException) => {
    setEnding(e.id);
    setProblem(null);
    setEnded(false);
    try {
      await api.post(`/api/clients/${encodeURIComponent(clientId)}/safety-exceptions/${encodeURIComponent(e.id)}/end`);
      setEnded(true);
      list.reload();
    } catch (err) {
      if (err instanceof ApiError) setProblem(err);
    } finally {
      setEnding(null);
    }
  };

  return (
    <section aria-labelledby="safety-list-title" className="samenspel-section">
      <Heading level={2} id="safety-list-title">
        {t('safety.listTitle')}
      </Heading>
      {ended ? <SuccessAlert focus>{t('safety.endedNow')}</SuccessAlert> : null}
      {problem ? <ProblemAlert error={problem} /> : null}
      {list.error ? (
        <ProblemAlert error={list.error} />
      ) : !list.data ? (
        <LoadingMessage />
      ) : list.data.exceptions.length === 0 ? (
        <Paragraph>{t('safety.listEmpty')}</Paragraph>
      ) : (
        list.data.exceptions.map((e) => (
          <article key={e.id} className={`samenspel-card${e.active ? '' : ' samenspel-card--ended'}`} aria-labelledby={`safety-${e.id}-title`}>
            <Heading level={3} id={`safety-${e.id}-title`}>
              {t(`safety.groundShort.${e.ground}`)} – {e.professionalLabel}
              {e.mine ? <span className="samenspel-badge">{t('safety.mine')}</span> : null}
            </Heading>
            <SafetyExceptionDetails exception={e} />
            <ButtonGroup>
              {e.canEnd ? (
                <Button appearance="secondary-action-button" busy={ending === e.id} onClick={() => void end(e)}>
                  {t('safety.end')}
                </Button>
              ) : null}
              {e.canReview ? (
                <AppLink to={`/clienten/${encodeURIComponent(clientId)}/veiligheid/${encodeURIComponent(e.id)}`}>{t('safety.reviewOpen')}</AppLink>
              ) : null}
            </ButtonGroup>
          </article>
        ))
      )}
    </section>
  );
}
