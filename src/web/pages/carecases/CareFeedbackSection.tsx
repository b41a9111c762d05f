import { Button, ButtonGroup, Heading, Paragraph } from '@utrecht/component-library-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, api } from '../../api/client';
import { useApi } from '../../api/useApi';
import { AppLink } from '../../components/AppLink';
import { ProblemAlert } from '../../components/ProblemAlert';
import type { MyCareWork } from '../../../modules/carenet/case-model';

/** Worklist section on the professional's start page: feedback tasks and hand-overs waiting for me. */
export function CareFeedbackSection() {
  const { t } = useTranslation();
  const { data, error, reload } = useApi<MyCareWork>('/api/me/care-work');
  const [failed, setFailed] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);
  if (error?.status === 403) return null;
  if (!data || (data.feedback.length === 0 && data.handovers.length === 0)) return error ? <ProblemAlert error={error} /> : null;
  const act = async (path: string, body: unknown) => {
    if (busy) return;
    setBusy(true);
    setFailed(null);
    try {
      await api.post(path, body);
    } catch (e) {
      if (e instanceof ApiError) setFailed(e);
    } finally {
      setBusy(false);
      reload();
    }
  };
  return (
    <section aria-labelledby="care-feedback-title" className="samenspel-section">
      <Heading level={2} id="care-feedback-title">
        {t('careCases.work.title')}
      </Heading>
      {failed ? <ProblemAlert error={failed} /> : null}
      {data.handovers.length > 0 ? (
        <>
          <Heading level={3}>{t('careCases.work.handovers')}</Heading>
          <ul className="samenspel-list">
            {data.handovers.map((h) => (
              <li key={h.id}>
                <Paragraph>
                  <AppLink to={`/zorgnetwerken/casussen/${h.caseId}`}>{h.label}</AppLink> — {t('careCases.work.from', { name: h.from })}
                </Paragraph>
                <Paragraph>{h.summary}</Paragraph>
                <ButtonGroup>
                  <Button appearance="primary-action-button" busy={busy} onClick={() => void act(`/api/care-handovers/${h.id}/answer`, { accept: true, note: null, version: h.version })}>
                    {t('careCases.work.accept')}
                  </Button>
                </ButtonGroup>
                <Paragraph>
                  <AppLink to={`/zorgnetwerken/casussen/${h.caseId}`}>{t('careCases.work.openToAnswer')}</AppLink>
                </Paragraph>
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {data.feedback.length > 0 ? (
        <>
          <Heading level={3}>{t('careCases.work.feedback')}</Heading>
          <ul className="samenspel-list">
            {data.feedback.map((f) => (
              <li key={f.id}>
                <Paragraph>
                  <strong>{t(`careCases.audience.${f.audience}`)}</strong>: <AppLink to={`/zorgnetwerken/casussen/${f.caseId}`}>{f.label}</AppLink>
                </Paragraph>
                <Paragraph>{f.outcome}</Paragraph>
                <Button appearance="secondary-action-button" busy={busy} onClick={() => void act(`/api/care-feedback/${f.id}/done`, { note: null, version: f.version })}>
                  {t('careCases.work.done')}
                </Button>
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </section>
  );
}
