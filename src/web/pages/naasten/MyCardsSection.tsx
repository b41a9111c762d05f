import { Heading, Paragraph, UnorderedList, UnorderedListItem } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import type { MyCircles } from '../../api/circle-types';
import { useApi } from '../../api/useApi';
import { AppLink } from '../../components/AppLink';
import { myCardPath, type MyCardsView } from './types';

/** On the start page of a naaste: one line per circle with their own card, and whether it is filled in. */
export function MyCardsSection() {
  const { t } = useTranslation();
  const mine = useApi<MyCardsView>('/api/me/naastenkaarten');
  const circles = useApi<MyCircles>('/api/me/circles');
  const cards = mine.data?.cards ?? [];
  if (cards.length === 0) return null;
  const nameOf = (clientId: string) => circles.data?.circles.find((c) => c.clientId === clientId)?.name ?? null;
  return (
    <section aria-labelledby="home-my-cards" className="samenspel-section">
      <Heading level={3} id="home-my-cards">
        {t('naasten.home.title')}
      </Heading>
      <Paragraph>{t('naasten.home.intro')}</Paragraph>
      <UnorderedList className="samenspel-link-list">
        {cards.map((c) => {
          const name = nameOf(c.clientId);
          return (
            <UnorderedListItem key={c.clientId}>
              <AppLink to={myCardPath(c.clientId)}>{name ? t('naasten.home.cardFor', { name }) : t('naasten.home.cardHidden')}</AppLink>{' '}
              <span className="samenspel-muted">{c.hasCard ? t('naasten.home.filled') : t('naasten.home.notFilled')}</span>
            </UnorderedListItem>
          );
        })}
      </UnorderedList>
    </section>
  );
}
