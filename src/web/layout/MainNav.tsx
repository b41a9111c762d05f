import { useTranslation } from 'react-i18next';
import { NavLink } from 'react-router';
import type { SessionUser } from '../api/types';
import { ACCESS_LOG_ROLES, PROFESSIONAL_ROLES, hasRole } from '../session/roles';

interface Item {
  to: string;
  label: string;
}

/** The main menu. Items depend on the user's roles; the API still checks every request. */
export function MainNav({ user }: { user: SessionUser }) {
  const { t } = useTranslation();
  const items: Item[] = [{ to: '/', label: t('nav.home') }];
  if (hasRole(user, 'beheerder')) {
    items.push(
      { to: '/beheer/organisaties', label: t('nav.organisations') },
      { to: '/beheer/gebruikers', label: t('nav.users') },
      { to: '/beheer/uitgaande-mail', label: t('nav.outbox') },
    );
  }
  if (hasRole(user, ...PROFESSIONAL_ROLES)) {
    items.push({ to: '/taken/correcties', label: t('nav.corrections') }, { to: '/veiligheid/beoordelen', label: t('nav.safetyReviews') });
  }
  if (hasRole(user, ...ACCESS_LOG_ROLES)) items.push({ to: '/wie-bekeek-mijn-gegevens', label: t('nav.accessLog') });
  if (hasRole(user, 'client', 'naaste', 'vrijwilliger', 'vertegenwoordiger', ...PROFESSIONAL_ROLES)) items.push({ to: '/mijn-taken', label: t('myTasks.nav') });
  if (hasRole(user, 'client', 'naaste', 'vrijwilliger', 'vertegenwoordiger', ...PROFESSIONAL_ROLES)) items.push({ to: '/agenda', label: t('agendaPage.nav') });
  if (hasRole(user, 'vrijwilliger')) items.push({ to: '/mijn-vrijwilligerswerk', label: t('volunteers.navMine') });
  // Professionals of a volunteer centre coordinate the volunteers.
  if (hasRole(user, ...PROFESSIONAL_ROLES) && user.organisationKind === 'vrijwilligerscentrale') items.push({ to: '/vrijwilligers', label: t('volunteers.navCoordinator') });
  if (hasRole(user, ...PROFESSIONAL_ROLES)) items.push({ to: '/zorgnetwerken', label: t('careNet.nav') });
  if (hasRole(user, ...PROFESSIONAL_ROLES, 'beleidsadviseur')) items.push({ to: '/signalen', label: t('careMinutes.navSignals') });
  if (hasRole(user, 'teamleider')) items.push({ to: '/naastenkaarten', label: t('naasten.navTeam') });
  items.push({ to: '/sociale-kaart', label: t('socialMap.nav') });
  items.push({ to: '/instellingen', label: t('nav.settings') });

  return (
    <nav aria-label={t('nav.label')} className="samenspel-nav">
      <ul className="samenspel-nav__list">
        {items.map((item) => (
          <li key={item.to} className="samenspel-nav__item">
            <NavLink to={item.to} end={item.to === "/"} className="utrecht-link utrecht-link--html-a samenspel-nav__link">
              {item.label}
            </NavLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}
