import { BadgeList, DataBadge, Heading, Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import type { Offer } from '../../api/socialmap-types';
import { AppLink } from '../../components/AppLink';
import { useLocale } from '../../i18n/useLocale';
import { formatCalendarDate } from '../../lib/format';
import { ageText, areaText, offerPath } from './socialMapText';

interface Props {
  offer: Offer;
  /** The search it was found with, so "Terug naar zoeken" on the offer page returns to it. */
  search: string;
}

/** One search result: title (the link), organisation, the start of the description, cost/age/area. */
export function OfferCard({ offer, search }: Props) {
  const { t } = useTranslation();
  const locale = useLocale();
  return (
    <li className="socialmap-card">
      <Heading level={3} appearance="utrecht-heading-4" className="socialmap-card__title">
        <AppLink id={`socialmap-offer-${offer.id}`} to={offerPath(offer.id)} state={{ search }}>
          {offer.title}
        </AppLink>
      </Heading>
      <Paragraph className="socialmap-card__organisation">{offer.organisationName}</Paragraph>
      <Paragraph className="socialmap-card__description">{offer.description}</Paragraph>
      <BadgeList className="socialmap-badges">
        <DataBadge>{t(`socialMap.cost.${offer.cost}`)}</DataBadge>
        <DataBadge>{ageText(t, offer)}</DataBadge>
        <DataBadge>{areaText(t, offer)}</DataBadge>
      </BadgeList>
      {offer.stale ? (
        <Paragraph appearance="small" className="socialmap-stale">
          {t('socialMap.card.stale', { date: formatCalendarDate(offer.upToDateOn, locale) })}
        </Paragraph>
      ) : null}
    </li>
  );
}
