import { Heading, Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import type { PlanView } from '../../api/plan-types';
import { AppLink } from '../../components/AppLink';
import { GoalCard } from './GoalCard';
import { planPagePath } from './paths';
import { goalsByDomain } from './planText';

/**
 * "Eén gezin, één plan": the goals of the other family members, read-only. The API leaves out every
 * member whose plan this viewer may not see, so what shows here is exactly what was shared.
 */
export function FamilySection({ family }: { family: NonNullable<PlanView['family']> }) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="plan-family" className="samenspel-section">
      <Heading level={2} id="plan-family">
        {t('plan.family.title', { name: family.name })}
      </Heading>
      <Paragraph>{t('plan.family.intro')}</Paragraph>
      {family.members.length === 0 ? <Paragraph>{t('plan.family.none')}</Paragraph> : null}
      {family.members.map((m) => (
        <section key={m.clientId} aria-labelledby={`plan-family-${m.clientId}`} className="plan-family-member">
          <Heading level={3} id={`plan-family-${m.clientId}`}>
            {m.name}
          </Heading>
          {m.goals.length === 0 ? <Paragraph>{t('plan.family.noGoals')}</Paragraph> : null}
          <ul className="plan-list">
            {goalsByDomain(m.goals).flatMap(({ domain, goals }) =>
              goals.map((g) => (
                <li key={g.id}>
                  <Paragraph className="plan-label">{t(`plan.domain.${domain}`)}</Paragraph>
                  <GoalCard goal={g} />
                </li>
              )),
            )}
          </ul>
          <Paragraph>
            <AppLink to={planPagePath(m.clientId)}>{t('plan.family.open', { name: m.name })}</AppLink>
          </Paragraph>
        </section>
      ))}
    </section>
  );
}
