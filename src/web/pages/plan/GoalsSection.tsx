import { Button, ButtonGroup, Heading, Paragraph } from '@utrecht/component-library-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PlanView } from '../../api/plan-types';
import { GoalCard } from './GoalCard';
import { GoalForm } from './GoalForm';
import { DomainPicture } from './pictures';
import { goalsByDomain } from './planText';

interface Props {
  plan: PlanView;
  clientFirstName: string;
  onSaved: (message: string) => void;
}

/** "Wat wil je bereiken?": the goals per life domain, each domain with its picture. */
export function GoalsSection({ plan, clientFirstName, onSaved }: Props) {
  const { t } = useTranslation();
  // 'new' for the add form, a goal id for an edit form, null for none.
  const [editing, setEditing] = useState<string | null>(null);
  const domains = goalsByDomain(plan.goals);
  const empty = plan.goals.length === 0;
  const saved = (message: string) => {
    setEditing(null);
    onSaved(message);
  };

  return (
    <section aria-labelledby="plan-goals" className="samenspel-section">
      <Heading level={2} id="plan-goals">
        {t('plan.goals.title')}
      </Heading>
      {empty ? (
        <div className="plan-empty">
          <Paragraph>{t('plan.goals.empty', { name: clientFirstName })}</Paragraph>
          <Paragraph>{t('plan.goals.emptyHow')}</Paragraph>
        </div>
      ) : (
        <Paragraph>{t('plan.goals.intro', { name: clientFirstName })}</Paragraph>
      )}
      {domains.map(({ domain, goals }) => (
        <section key={domain} aria-labelledby={`plan-domain-${domain}`} className="plan-domain">
          <div className="plan-domain__head">
            <DomainPicture domain={domain} />
            <Heading level={3} id={`plan-domain-${domain}`}>
              {t(`plan.domain.${domain}`)}
            </Heading>
          </div>
          <ul className="plan-list">
            {goals.map((g) => (
              <li key={g.id}>
                {editing === g.id ? (
                  <GoalForm clientId={plan.clientId} clientFirstName={clientFirstName} initial={g} onSaved={saved} onCancel={() => setEditing(null)} />
                ) : (
                  <GoalCard goal={g} onEdit={plan.canEdit ? () => setEditing(g.id) : undefined} />
                )}
              </li>
            ))}
          </ul>
        </section>
      ))}
      {plan.canEdit ? (
        editing === 'new' ? (
          <GoalForm clientId={plan.clientId} clientFirstName={clientFirstName} initial={null} onSaved={saved} onCancel={() => setEditing(null)} />
        ) : (
          <ButtonGroup>
            <Button appearance={empty ? 'primary-action-button' : 'secondary-action-button'} onClick={() => setEditing('new')}>
              {empty ? t('plan.goals.addFirst') : t('plan.goals.add')}
            </Button>
          </ButtonGroup>
        )
      ) : null}
    </section>
  );
}
