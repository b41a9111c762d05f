import { Alert, Button, ButtonGroup, Heading, Paragraph } from '@utrecht/component-library-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, api, request } from '../../api/client';
import { useApi } from '../../api/useApi';
import { LoadingMessage } from '../../components/LoadingMessage';
import { ProblemAlert } from '../../components/ProblemAlert';
import { TextField } from '../../components/TextField';
import { useLocale } from '../../i18n/useLocale';
import { formatDateTime } from '../../lib/format';
import type { FeedStatus } from './types';

/**
 * The private link for a calendar app on the phone or computer. The address is shown once, right
 * after it is made (only a fingerprint of it is stored); a new link makes the old one stop at once.
 */
export function FeedPanel() {
  const { t } = useTranslation();
  const locale = useLocale();
  const status = useApi<FeedStatus>('/api/me/calendar-feed');
  const [url, setUrl] = useState<string | null>(null);
  const [copied, setCopied] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);

  const run = async (action: () => Promise<void>) => {
    setBusy(true);
    setError(null);
    setCopied(false);
    try {
      await action();
      status.reload();
    } catch (e) {
      if (e instanceof ApiError) setError(e);
    } finally {
      setBusy(false);
    }
  };
  const make = () => run(async () => setUrl((await api.post<{ url: string }>('/api/me/calendar-feed', {})).url));
  const stop = () =>
    run(async () => {
      await request('DELETE', '/api/me/calendar-feed');
      setUrl(null);
    });
  const copy = async () => {
    if (!url) return;
    try {
      await navigator.clipboard.writeText(url);
      setCopied(true);
    } catch {
      // No clipboard (old browser, no permission): the address stays selectable in the field.
      setCopied(false);
    }
  };

  return (
    <section aria-labelledby="agenda-feed" className="samenspel-section">
      <Heading level={2} id="agenda-feed">
        {t('agendaFeed.title')}
      </Heading>
      <Paragraph>{t('agendaFeed.intro')}</Paragraph>
      <Alert type="warning">
        <Paragraph>{t('agendaFeed.secret')}</Paragraph>
      </Alert>
      {error ? <ProblemAlert error={error} /> : null}
      {!status.data ? (
        <LoadingMessage />
      ) : (
        <>
          {url ? (
            <div className="agenda-feed__url">
              <TextField id="agenda-feed-url" label={t('agendaFeed.urlLabel')} value={url} onChange={() => undefined} readOnly description={t('agendaFeed.urlHelp')} />
              <ButtonGroup>
                <Button type="button" appearance="primary-action-button" onClick={() => void copy()}>
                  {t('agendaFeed.copy')}
                </Button>
              </ButtonGroup>
              <div role="status">{copied ? <Paragraph>{t('agendaFeed.copied')}</Paragraph> : null}</div>
            </div>
          ) : status.data.active ? (
            <Paragraph>
              {t('agendaFeed.active', { date: status.data.createdAt ? formatDateTime(status.data.createdAt, locale) : '' })}{' '}
              {status.data.lastFetchedAt ? t('agendaFeed.lastFetched', { date: formatDateTime(status.data.lastFetchedAt, locale) }) : t('agendaFeed.neverFetched')}
            </Paragraph>
          ) : (
            <Paragraph>{t('agendaFeed.none')}</Paragraph>
          )}
          <ButtonGroup>
            <Button type="button" appearance={status.data.active ? 'secondary-action-button' : 'primary-action-button'} busy={busy} onClick={() => void make()}>
              {status.data.active ? t('agendaFeed.renew') : t('agendaFeed.make')}
            </Button>
            {status.data.active ? (
              <Button type="button" appearance="subtle-button" busy={busy} onClick={() => void stop()}>
                {t('agendaFeed.stop')}
              </Button>
            ) : null}
          </ButtonGroup>
        </>
      )}
    </section>
  );
}
