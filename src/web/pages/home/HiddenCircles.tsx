import { Heading, Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import type { MyCircles } from '../../api/circle-types';
import { useApi } from '../../api/useApi';
import { AppLink } from '../../components/AppLink';
import { myAccessPagePath } from '../circle/paths';

/**
 * Circles the person is in but may see nothing of right now (not even the client's name), so they
 * can still read what applies to them or leave. Shows nothing when there are none.
 */
export function HiddenCircles() {
  const { t } = useTranslation();
  const mine = useApi<MyCircles>('/api/me/circles');
  const hidden = mine.data?.circles.filter((c) => c.name === null) ?? [];
  if (hidden.length === 0) return null;
  return (
    <section aria-labelledby="home-hidden-circles" className="samenspel-section">
      <Heading level={3} id="home-hidden-circles">
        {t('circle.home.hiddenTitle')}
      </Heading>
      <Paragraph>{t('circle.home.hiddenIntro')}</Paragraph>
      <ul className="samenspel-link-list" aria-labelledby="home-hidden-circles">
        {hidden.map((c) => (
          <li key={c.clientId}>
            <AppLink to={myAccessPagePath(c.clientId)}>{t('circle.home.hiddenItem', { relation: t(`relations.${c.relation}`).toLocaleLowerCase() })}</AppLink>
          </li>
        ))}
      </ul>
    </section>
  );
}
