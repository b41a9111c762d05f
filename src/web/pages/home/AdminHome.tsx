import { Heading, Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

/** For administrators: where to manage organisations, users and the outgoing mail. */
export function AdminHome() {
  const { t } = useTranslation();
  const links = [
    { to: '/beheer/organisaties', label: t('nav.organisations') },
    { to: '/beheer/gebruikers', label: t('nav.users') },
    { to: '/beheer/uitgaande-mail', label: t('nav.outbox') },
  ];
  return (
    <section aria-labelledby="home-admin" className="samenspel-section">
      <Heading level={2} id="home-admin">
        {t('home.adminTitle')}
      </Heading>
      <Paragraph>{t('home.adminIntro')}</Paragraph>
      <ul className="samenspel-link-list">
        {links.map((l) => (
          <li key={l.to}>
            <Link to={l.to} className="utrecht-link utrecht-link--html-a">
              {l.label}
            </Link>
          </li>
        ))}
      </ul>
    </section>
  );
}
