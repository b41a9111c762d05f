import { Heading } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { AppLink } from '../../components/AppLink';

type Area = 'crisis' | 'continuity' | 'future' | 'document';

const PATHS: Record<Area, string> = { crisis: 'plan/crisis', continuity: 'plan/continuiteit', future: 'plan/toekomst', document: 'plan/document' };

/** Links between the parts of the plan this area adds, and back to the plan and the client. */
export function ContinuityNav({ clientId, current }: { clientId: string; current: Area }) {
  const { t } = useTranslation();
  const base = `/clienten/${encodeURIComponent(clientId)}`;
  const others = (Object.keys(PATHS) as Area[]).filter((a) => a !== current);
  return (
    <nav aria-labelledby="continuity-nav-title" className="samenspel-section samenspel-continuity-noprint">
      <Heading level={2} id="continuity-nav-title" appearance="utrecht-heading-3">
        {t('continuity.nav.title')}
      </Heading>
      <ul className="samenspel-link-list">
        <li>
          <AppLink to={`${base}/plan`}>{t('continuity.nav.plan')}</AppLink>
        </li>
        {others.map((a) => (
          <li key={a}>
            <AppLink to={`${base}/${PATHS[a]}`}>{t(`continuity.nav.${a}`)}</AppLink>
          </li>
        ))}
        <li>
          <AppLink to={base}>{t('continuity.nav.client')}</AppLink>
        </li>
      </ul>
    </nav>
  );
}
