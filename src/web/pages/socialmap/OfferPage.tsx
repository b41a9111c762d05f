import { Alert, DataList, Heading, Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { useLocation, useParams } from 'react-router';
import type { Offer } from '../../api/socialmap-types';
import { useApi } from '../../api/useApi';
import { AppLink } from '../../components/AppLink';
import { DataRow } from '../../components/DataRow';
import { LoadingMessage } from '../../components/LoadingMessage';
import { PageTitle } from '../../components/PageTitle';
import { ProblemAlert } from '../../components/ProblemAlert';
import { SuccessAlert } from '../../components/SuccessAlert';
import { useLocale } from '../../i18n/useLocale';
import { formatCalendarDate } from '../../lib/format';
import { useUser } from '../../session/useSession';
import { editOfferPath, mayEdit, type Contact } from './ownerTypes';
import { ageText, areaText, hoursText, todayWeekday, WEEKDAYS } from './socialMapText';
import '../../styles/socialmap.css';
import { PROFESSIONAL_ROLES, hasRole } from '../../session/roles';
import { AddToPlan, OutcomeFigures } from './AddToPlan';

/** Back to the search the reader came from (kept in the link's state), or to an empty search. */
function BackLink() {
  const { t } = useTranslation();
  const location = useLocation();
  const search = (location.state as { search?: unknown } | null)?.search;
  const to = typeof search === 'string' && search.startsWith('?') ? `/sociale-kaart${search}` : '/sociale-kaart';
  return (
    <Paragraph className="socialmap-back">
      <AppLink to={to}>{t('socialMap.offer.back')}</AppLink>
    </Paragraph>
  );
}

/** Opening times per weekday, Monday first; today is marked. */
function OpeningTimes({ offer }: { offer: Offer }) {
  const { t } = useTranslation();
  const days = WEEKDAYS.filter((d) => offer.openingTimes[d]);
  const today = todayWeekday();
  return (
    <section aria-labelledby="socialmap-opening" className="samenspel-section">
      <Heading level={2} id="socialmap-opening">
        {t('socialMap.offer.openingTitle')}
      </Heading>
      {days.length === 0 ? (
        <Paragraph>{t('socialMap.offer.noOpeningTimes')}</Paragraph>
      ) : (
        <DataList className="samenspel-datalist socialmap-hours">
          {WEEKDAYS.map((d) => {
            const day = t(`socialMap.weekday.${d}`);
            const hours = offer.openingTimes[d];
            return (
              <DataRow key={d} label={d === today ? t('socialMap.offer.today', { day }) : day}>
                {hours ? hoursText(t, hours) : t('socialMap.offer.closed')}
              </DataRow>
            );
          })}
        </DataList>
      )}
    </section>
  );
}

/** The named person to ask, with the days they work and whether they are away today. */
function ContactSection({ id }: { id: string }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const contact = useApi<Contact>(`/api/social-map/contacts/${encodeURIComponent(id)}`).data;
  if (!contact) return null;
  const days = contact.workingDays.map((d) => t(`socialMap.weekday.${d}`)).join(', ');
  return (
    <section aria-labelledby="socialmap-contact" className="samenspel-section">
      <Heading level={2} id="socialmap-contact">
        {t('socialMapOwner.offerContact.title')}
      </Heading>
      {contact.absentToday && contact.absentUntil ? (
        <Alert type="warning">
          <Paragraph>{t('socialMapOwner.offerContact.absent', { name: contact.name, date: formatCalendarDate(contact.absentUntil, locale) })}</Paragraph>
        </Alert>
      ) : null}
      <DataList className="samenspel-datalist">
        <DataRow label={t('socialMapOwner.contact.name')}>{`${contact.name}, ${contact.role}`}</DataRow>
        {contact.whatTheyDo ? (
          <DataRow label={t('socialMapOwner.contact.whatTheyDo')} multiline>
            {contact.whatTheyDo}
          </DataRow>
        ) : null}
        {days ? <DataRow label={t('socialMapOwner.contact.workingDays')}>{days}</DataRow> : null}
        {contact.phone ? (
          <DataRow label={t('socialMapOwner.contact.phone')}>
            <a className="utrecht-link utrecht-link--html-a" href={`tel:${contact.phone.replace(/[^\d+]/g, '')}`}>
              {contact.phone}
            </a>
          </DataRow>
        ) : null}
        {contact.email ? (
          <DataRow label={t('socialMapOwner.contact.email')}>
            <a className="utrecht-link utrecht-link--html-a" href={`mailto:${contact.email}`}>
              {contact.email}
            </a>
          </DataRow>
        ) : null}
      </DataList>
    </section>
  );
}

/** One offer of the social map, everything in plain words: for whom, where, cost, how to get in, when. */
export function OfferPage() {
  const { t } = useTranslation();
  const locale = useLocale();
  const user = useUser();
  const arrived = (useLocation().state as { message?: unknown } | null)?.message;
  const { id = '' } = useParams();
  const result = useApi<Offer>(`/api/social-map/offers/${encodeURIComponent(id)}`);
  const offer = result.data;
  const gone = result.error !== undefined && [400, 404].includes(result.error.status);

  if (gone) {
    return (
      <>
        <PageTitle>{t('socialMap.offer.notFound')}</PageTitle>
        <Paragraph>{t('socialMap.offer.notFoundBody')}</Paragraph>
        <BackLink />
      </>
    );
  }
  if (!offer) {
    return (
      <>
        <PageTitle>{t('socialMap.offer.loadingTitle')}</PageTitle>
        {result.error ? <ProblemAlert error={result.error} /> : <LoadingMessage />}
        <BackLink />
      </>
    );
  }

  const updated = formatCalendarDate(offer.upToDateOn, locale);
  return (
    <>
      <BackLink />
      <PageTitle>{offer.title}</PageTitle>
      {typeof arrived === 'string' ? <SuccessAlert focus>{arrived}</SuccessAlert> : null}
      <Paragraph appearance="lead">{offer.organisationName}</Paragraph>
      {mayEdit(user, offer.organisationId) ? (
        <Paragraph>
          <AppLink to={editOfferPath(offer.id)}>{t('socialMapOwner.editOffer')}</AppLink>
        </Paragraph>
      ) : null}
      {offer.stale ? (
        <Alert type="warning">
          <Paragraph>{t('socialMap.offer.stale', { date: updated })}</Paragraph>
        </Alert>
      ) : null}
      <Paragraph className="samenspel-preserve-lines">{offer.description}</Paragraph>

      <section aria-labelledby="socialmap-details" className="samenspel-section">
        <Heading level={2} id="socialmap-details">
          {t('socialMap.offer.detailsTitle')}
        </Heading>
        <DataList className="samenspel-datalist">
          <DataRow label={t('socialMap.offer.forWhom')} multiline>
            {offer.targetGroup ?? t('socialMap.offer.forEveryone')}
          </DataRow>
          <DataRow label={t('socialMap.offer.ages')}>{ageText(t, offer)}</DataRow>
          <DataRow label={t('socialMap.offer.where')}>{areaText(t, offer)}</DataRow>
          <DataRow label={t('socialMap.offer.cost')} multiline>
            {t(`socialMap.cost.${offer.cost}`)}
            {offer.costNote ? `. ${offer.costNote}` : null}
          </DataRow>
          <DataRow label={t('socialMap.offer.howToGetThere')}>{t(`socialMap.access.${offer.accessRoute}`)}</DataRow>
          <DataRow label={t('socialMap.offer.kind')}>{t(`socialMap.kind.${offer.kind}`)}</DataRow>
          {offer.needs.length > 0 ? (
            <DataRow label={t('socialMap.offer.needs')}>{offer.needs.map((n) => t(`socialMap.need.${n}`)).join(', ')}</DataRow>
          ) : null}
          <DataRow label={t('socialMap.offer.organisation')}>{offer.organisationName}</DataRow>
          <DataRow label={t('socialMap.offer.updated')}>{updated}</DataRow>
        </DataList>
      </section>

      <OpeningTimes offer={offer} />
      {offer.contactId ? <ContactSection id={offer.contactId} /> : null}
      <OutcomeFigures offerId={offer.id} />
      {user && hasRole(user, ...PROFESSIONAL_ROLES) ? <AddToPlan offer={offer} /> : null}
    </>
  );
}
