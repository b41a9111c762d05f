import { Heading, Paragraph } from '@utrecht/component-library-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'react-router';
import { withQuery } from '../../api/client';
import type { OfferResults } from '../../api/socialmap-types';
import type { Organisation } from '../../api/types';
import { useApi } from '../../api/useApi';
import { AppLink } from '../../components/AppLink';
import { LoadingMessage } from '../../components/LoadingMessage';
import { PageTitle } from '../../components/PageTitle';
import { ProblemAlert } from '../../components/ProblemAlert';
import { SelectField } from '../../components/SelectField';
import { SuccessAlert } from '../../components/SuccessAlert';
import { useLocale } from '../../i18n/useLocale';
import { formatCalendarDate } from '../../lib/format';
import { useUser } from '../../session/useSession';
import { NoAccessPage } from '../NoAccessPage';
import { CheckedPicture } from './pictures';
import { editContactPath, editOfferPath, IMPORT_PATH, isAdmin, isOwner, NEW_CONTACT_PATH, NEW_OFFER_PATH, STALE_PATH, type Contact, type StaleList } from './ownerTypes';
import { offerPath } from './socialMapText';
import '../../styles/socialmap.css';

/** /sociale-kaart/beheren — an organisation's own offers and contact persons, with everything an owner does from here. */
export function OwnerPage() {
  const user = useUser();
  return isOwner(user) ? <OwnerOverview /> : <NoAccessPage />;
}

function OwnerOverview() {
  const { t } = useTranslation();
  const user = useUser();
  const locale = useLocale();
  const location = useLocation();
  const arrived = (location.state as { message?: unknown } | null)?.message;
  const admin = isAdmin(user);
  const [chosen, setChosen] = useState(user?.organisationId ?? '');
  const organisations = useApi<Organisation[]>(admin ? '/api/admin/organisations' : null);
  const organisationId = admin ? chosen || organisations.data?.[0]?.id || '' : (user?.organisationId ?? '');
  const offers = useApi<OfferResults>(organisationId ? withQuery('/api/social-map/offers', { organisationId, limit: 100 }) : null);
  const contacts = useApi<Contact[]>(organisationId ? withQuery('/api/social-map/contacts', { organisationId }) : null);
  const stale = useApi<StaleList>('/api/social-map/stale');
  const staleCount = stale.data ? stale.data.offers.length + stale.data.contacts.length : 0;

  return (
    <>
      <Paragraph className="socialmap-back">
        <AppLink to="/sociale-kaart">{t('socialMapOwner.backToSearch')}</AppLink>
      </Paragraph>
      <PageTitle>{t('socialMapOwner.title')}</PageTitle>
      {typeof arrived === 'string' ? <SuccessAlert focus>{arrived}</SuccessAlert> : null}
      <div className="socialmap-intro">
        <CheckedPicture />
        <Paragraph>{t('socialMapOwner.intro')}</Paragraph>
      </div>
      <ul className="socialmap-actions">
        <li>
          <AppLink to={STALE_PATH}>{stale.data ? t('socialMapOwner.staleLink', { count: staleCount }) : t('socialMapOwner.staleLinkPlain')}</AppLink>
        </li>
        <li>
          <AppLink to={NEW_OFFER_PATH}>{t('socialMapOwner.addOffer')}</AppLink>
        </li>
        <li>
          <AppLink to={NEW_CONTACT_PATH}>{t('socialMapOwner.addContact')}</AppLink>
        </li>
        <li>
          <AppLink to={IMPORT_PATH}>{t('socialMapOwner.importExport')}</AppLink>
        </li>
      </ul>
      {admin ? (
        <SelectField
          id="socialmap-owner-organisation"
          label={t('socialMapOwner.whichOrganisation')}
          value={organisationId}
          onChange={setChosen}
          options={(organisations.data ?? []).map((o) => ({ value: o.id, label: o.name }))}
        />
      ) : null}

      <section aria-labelledby="socialmap-owner-offers" className="samenspel-section">
        <Heading level={2} id="socialmap-owner-offers">
          {t('socialMapOwner.offersTitle', { count: offers.data?.total ?? 0 })}
        </Heading>
        {offers.error ? <ProblemAlert error={offers.error} /> : null}
        {!offers.data && !offers.error ? <LoadingMessage /> : null}
        {offers.data?.total === 0 ? <Paragraph>{t('socialMapOwner.noOffers')}</Paragraph> : null}
        {offers.data && offers.data.offers.length > 0 ? (
          <ul className="socialmap-owner-list" aria-labelledby="socialmap-owner-offers">
            {offers.data.offers.map((o) => (
              <li key={o.id} className="socialmap-owner-item">
                <AppLink to={offerPath(o.id)}>{o.title}</AppLink>
                <span className="socialmap-owner-item__meta">
                  {o.stale ? t('socialMapOwner.staleSince', { date: formatCalendarDate(o.upToDateOn, locale) }) : t('socialMapOwner.checkedOn', { date: formatCalendarDate(o.upToDateOn, locale) })}
                </span>
                <AppLink to={editOfferPath(o.id)} aria-label={t('socialMapOwner.editNamed', { name: o.title })}>
                  {t('socialMapOwner.edit')}
                </AppLink>
              </li>
            ))}
          </ul>
        ) : null}
        {offers.data && offers.data.total > offers.data.offers.length ? <Paragraph>{t('socialMapOwner.moreOffers', { shown: offers.data.offers.length })}</Paragraph> : null}
      </section>

      <section aria-labelledby="socialmap-owner-contacts" className="samenspel-section">
        <Heading level={2} id="socialmap-owner-contacts">
          {t('socialMapOwner.contactsTitle', { count: contacts.data?.length ?? 0 })}
        </Heading>
        {contacts.error ? <ProblemAlert error={contacts.error} /> : null}
        {contacts.data?.length === 0 ? <Paragraph>{t('socialMapOwner.noContacts')}</Paragraph> : null}
        {contacts.data && contacts.data.length > 0 ? (
          <ul className="socialmap-owner-list" aria-labelledby="socialmap-owner-contacts">
            {contacts.data.map((c) => (
              <li key={c.id} className="socialmap-owner-item">
                <span>
                  <strong>{c.name}</strong>, {c.role}
                </span>
                <span className="socialmap-owner-item__meta">
                  {c.absentToday && c.absentUntil ? t('socialMapOwner.absentUntil', { date: formatCalendarDate(c.absentUntil, locale) }) : c.stale ? t('socialMapOwner.staleSince', { date: formatCalendarDate(c.upToDateOn, locale) }) : t('socialMapOwner.checkedOn', { date: formatCalendarDate(c.upToDateOn, locale) })}
                </span>
                <AppLink to={editContactPath(c.id)} aria-label={t('socialMapOwner.editNamed', { name: c.name })}>
                  {t('socialMapOwner.edit')}
                </AppLink>
              </li>
            ))}
          </ul>
        ) : null}
      </section>
    </>
  );
}
