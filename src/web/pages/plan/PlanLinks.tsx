import { Heading } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { AppLink } from '../../components/AppLink';
import { planSubPages } from './paths';

/** The other parts of the plan and the client's agenda and logbook. */
export function PlanLinks({ clientId }: { clientId: string }) {
  const { t } = useTranslation();
  return (
    <nav aria-labelledby="plan-more" className="samenspel-section">
      <Heading level={2} id="plan-more">
        {t('plan.links.title')}
      </Heading>
      <ul className="samenspel-link-list">
        {planSubPages(clientId).map((p) => (
          <li key={p.key}>
            <AppLink to={p.to}>{t(`plan.links.${p.key}`)}</AppLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}
