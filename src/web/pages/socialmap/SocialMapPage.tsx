import { Button, ButtonGroup, Heading, Paragraph } from '@utrecht/component-library-react';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation, useSearchParams } from 'react-router';
import { api, ApiError, withQuery } from '../../api/client';
import type { Offer, OfferResults } from '../../api/socialmap-types';
import { useApi } from '../../api/useApi';
import { AppLink } from '../../components/AppLink';
import { PageTitle } from '../../components/PageTitle';
import { ProblemAlert } from '../../components/ProblemAlert';
import { useUser } from '../../session/useSession';
import { OfferCard } from './OfferCard';
import { isOwner, OWNER_PATH } from './ownerTypes';
import { SocialMapSearchForm } from './SocialMapSearchForm';
import { filtersFromParams, filtersToQuery, PAGE_SIZE, type SocialMapFilters } from './socialMapText';
import '../../styles/socialmap.css';

const OFFERS = '/api/social-map/offers';

/** Pages loaded after the first, for one search. */
interface More {
  query: string;
  offers: Offer[];
  total: number;
}

/**
 * The social map's search page: the search lives in the URL (shareable, back button works); results
 * as cards that read well on a phone; "Meer laden" fetches the next page with offset.
 */
export function SocialMapPage() {
  const { t } = useTranslation();
  const location = useLocation();
  const user = useUser();
  const [params, setParams] = useSearchParams();
  const filters = filtersFromParams(params);
  const query = withQuery(OFFERS, { ...filtersToQuery(filters), limit: PAGE_SIZE });
  const first = useApi<OfferResults>(query, { keepPrevious: true });

  const [more, setMore] = useState<More | null>(null);
  const [moreBusy, setMoreBusy] = useState(false);
  const [failed, setFailed] = useState<{ query: string; error: ApiError } | null>(null);
  const focusAfterMore = useRef<string | null>(null);

  // Extra pages only count for the search they were loaded for, and only once its first page is current.
  const current = first.data && !first.loading ? first.data : undefined;
  const extra = current && more?.query === query ? more : null;
  const offers = current ? [...current.offers, ...(extra?.offers ?? [])] : (first.data?.offers ?? []);
  const total = extra?.total ?? current?.total ?? 0;
  const moreError = failed?.query === query ? failed.error : null;

  // After "Meer laden", focus goes to the first new result, so keyboard and screen reader users continue there.
  useEffect(() => {
    const id = focusAfterMore.current;
    if (!id) return;
    focusAfterMore.current = null;
    document.getElementById(`socialmap-offer-${id}`)?.focus();
  }, [more]);

  const search = (f: SocialMapFilters) => setParams(filtersToQuery(f));

  const loadMore = async () => {
    setMoreBusy(true);
    setFailed(null);
    try {
      const page = await api.get<OfferResults>(withQuery(OFFERS, { ...filtersToQuery(filters), limit: PAGE_SIZE, offset: offers.length }));
      const known = new Set(offers.map((o) => o.id));
      const fresh = page.offers.filter((o) => !known.has(o.id));
      setMore({ query, offers: [...(extra?.offers ?? []), ...fresh], total: page.total });
      focusAfterMore.current = fresh[0]?.id ?? null;
    } catch (e) {
      setFailed({ query, error: e instanceof ApiError ? e : new ApiError({ type: 'about:blank', title: String(e), status: 0, code: 'client' }) });
    } finally {
      setMoreBusy(false);
    }
  };

  const status = !current
    ? first.error
      ? ''
      : t('common.loading')
    : total === 0
      ? t('socialMap.results.empty')
      : `${t('socialMap.results.count', { count: total })}${offers.length < total ? ` ${t('socialMap.results.shown', { shown: offers.length })}` : ''}`;

  return (
    <>
      <PageTitle>{t('socialMap.title')}</PageTitle>
      <Paragraph>{t('socialMap.intro')}</Paragraph>
      {isOwner(user) ? (
        <Paragraph>
          <AppLink to={OWNER_PATH}>{t('socialMapOwner.ownerLink')}</AppLink>
        </Paragraph>
      ) : null}
      <SocialMapSearchForm current={filters} onSearch={search} />
      <section aria-labelledby="socialmap-results-title" className="samenspel-section">
        <Heading level={2} id="socialmap-results-title">
          {t('socialMap.results.title')}
        </Heading>
        {first.error ? <ProblemAlert error={first.error} /> : null}
        <div role="status" className="socialmap-status">
          {status ? <Paragraph>{status}</Paragraph> : null}
        </div>
        {offers.length > 0 ? (
          <ul className="socialmap-results" aria-labelledby="socialmap-results-title" aria-busy={first.loading || moreBusy}>
            {offers.map((offer) => (
              <OfferCard key={offer.id} offer={offer} search={location.search} />
            ))}
          </ul>
        ) : null}
        {moreError ? <ProblemAlert error={moreError} /> : null}
        {current && offers.length < total ? (
          <ButtonGroup>
            <Button appearance="secondary-action-button" busy={moreBusy} onClick={() => void loadMore()}>
              {t('socialMap.results.more')}
            </Button>
          </ButtonGroup>
        ) : null}
      </section>
    </>
  );
}
