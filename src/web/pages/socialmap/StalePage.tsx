import { Button, Heading, Paragraph } from '@utrecht/component-library-react';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, ApiError } from '../../api/client';
import { useApi } from '../../api/useApi';
import { AppLink } from '../../components/AppLink';
import { LoadingMessage } from '../../components/LoadingMessage';
import { PageTitle } from '../../components/PageTitle';
import { ProblemAlert } from '../../components/ProblemAlert';
import { useLocale } from '../../i18n/useLocale';
import { formatCalendarDate } from '../../lib/format';
import { useUser } from '../../session/useSession';
import { NoAccessPage } from '../NoAccessPage';
import { editContactPath, editOfferPath, isOwner, OWNER_PATH, type StaleList } from './ownerTypes';
import { CheckedPicture } from './pictures';
import { offerPath } from './socialMapText';
import '../../styles/socialmap.css';

interface Entry {
  kind: 'offers' | 'contacts';
  id: string;
  name: string;
  detail: string;
  upToDateOn: string;
  version: number;
  editPath: string;
  viewPath: string | null;
}

/** /sociale-kaart/nakijken — "Mijn verouderde gegevens": entries not checked for six months, each confirmed with one click. */
export function StalePage() {
  const user = useUser();
  return isOwner(user) ? <StaleEntries /> : <NoAccessPage />;
}

function StaleEntries() {
  const { t } = useTranslation();
  const locale = useLocale();
  const list = useApi<StaleList>('/api/social-map/stale');
  const [done, setDone] = useState<string[]>([]);
  const [status, setStatus] = useState('');
  const [busy, setBusy] = useState<string | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  // The confirmed entry leaves the list; focus goes to the message about it instead of getting lost.
  const statusRef = useRef<HTMLDivElement>(null);

  const entries: Entry[] = list.data
    ? [
        ...list.data.offers.map((o) => ({ kind: 'offers' as const, id: o.id, name: o.title, detail: o.organisationName, upToDateOn: o.upToDateOn, version: o.version, editPath: editOfferPath(o.id), viewPath: offerPath(o.id) })),
        ...list.data.contacts.map((c) => ({ kind: 'contacts' as const, id: c.id, name: c.name, detail: `${c.role}, ${c.organisationName}`, upToDateOn: c.upToDateOn, version: c.version, editPath: editContactPath(c.id), viewPath: null })),
      ].filter((e) => !done.includes(e.id))
    : [];

  const confirm = async (entry: Entry) => {
    setBusy(entry.id);
    setError(null);
    try {
      await api.post(`/api/social-map/${entry.kind}/${encodeURIComponent(entry.id)}/confirm`, { version: entry.version });
      setDone((d) => [...d, entry.id]);
      setStatus(t('socialMapOwner.stale.confirmed', { name: entry.name }));
      statusRef.current?.focus();
    } catch (e) {
      // Someone else changed it meanwhile: show the list as it is now.
      if (e instanceof ApiError && e.status === 409) {
        setStatus(t('socialMapOwner.stale.changed', { name: entry.name }));
        list.reload();
      } else if (e instanceof ApiError) setError(e);
    } finally {
      setBusy(null);
    }
  };

  return (
    <>
      <Paragraph className="socialmap-back">
        <AppLink to={OWNER_PATH}>{t('socialMapOwner.backToOwner')}</AppLink>
      </Paragraph>
      <PageTitle>{t('socialMapOwner.stale.title')}</PageTitle>
      <div className="socialmap-intro">
        <CheckedPicture />
        <Paragraph>{t('socialMapOwner.stale.intro')}</Paragraph>
      </div>
      <div role="status" ref={statusRef} tabIndex={-1} className="socialmap-status samenspel-focus-target">
        {status ? <Paragraph>{status}</Paragraph> : null}
      </div>
      {error ? <ProblemAlert error={error} /> : null}
      {list.error ? <ProblemAlert error={list.error} /> : null}
      {!list.data && !list.error ? <LoadingMessage /> : null}
      {list.data && entries.length === 0 ? <Paragraph>{t('socialMapOwner.stale.none')}</Paragraph> : null}
      {entries.length > 0 ? (
        <section aria-labelledby="socialmap-stale-list" className="samenspel-section">
          <Heading level={2} id="socialmap-stale-list">
            {t('socialMapOwner.stale.listTitle', { count: entries.length })}
          </Heading>
          <ul className="socialmap-results" aria-labelledby="socialmap-stale-list">
            {entries.map((e) => (
              <li key={e.id} className="socialmap-card">
                <Heading level={3} appearance="utrecht-heading-4" className="socialmap-card__title">
                  {e.viewPath ? <AppLink to={e.viewPath}>{e.name}</AppLink> : e.name}
                </Heading>
                <Paragraph className="socialmap-card__organisation">{e.kind === 'offers' ? t('socialMapOwner.stale.offer') : t('socialMapOwner.stale.contact')}</Paragraph>
                <Paragraph>{e.detail}</Paragraph>
                <Paragraph appearance="small" className="socialmap-stale">
                  {t('socialMapOwner.staleSince', { date: formatCalendarDate(e.upToDateOn, locale) })}
                </Paragraph>
                <div className="socialmap-card__actions">
                  <Button appearance="primary-action-button" busy={busy === e.id} onClick={() => void confirm(e)} aria-label={t('socialMapOwner.stale.stillRightNamed', { name: e.name })}>
                    {t('socialMapOwner.stale.stillRight')}
                  </Button>
                  <AppLink to={e.editPath} aria-label={t('socialMapOwner.editNamed', { name: e.name })}>
                    {t('socialMapOwner.edit')}
                  </AppLink>
                </div>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </>
  );
}
