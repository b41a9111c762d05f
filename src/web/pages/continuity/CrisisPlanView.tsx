import { Heading, Link, Paragraph, UnorderedList, UnorderedListItem } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { useLocale } from '../../i18n/useLocale';
import { formatCalendarDate, formatDate } from '../../lib/format';
import { Icon } from './Pictogram';
import type { CrisisPlan } from './types';

/**
 * The crisis plan as people read it in a hurry: signs, what helps, who to call. Pictures beside the
 * headings; each phone number is a link that calls. `level` is the heading level of its parts.
 */
export function CrisisPlanView({ plan, level = 2 }: { plan: CrisisPlan; level?: 2 | 3 }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const sub = level;
  return (
    <div className="samenspel-continuity-crisis">
      <Paragraph>
        {t('continuity.crisis.reviewedLine', { date: formatDate(plan.reviewedAt, locale), name: plan.reviewedBy })}{' '}
        {t('continuity.crisis.nextReview', { date: formatCalendarDate(plan.reviewOn, locale) })}
        {plan.overdue ? <span className="samenspel-continuity-badge">{t('continuity.crisis.overdue')}</span> : null}
        {!plan.overdue && plan.reviewDue ? <span className="samenspel-continuity-badge">{t('continuity.crisis.reviewDue')}</span> : null}
      </Paragraph>
      <div className="samenspel-continuity-crisis__parts">
        <section aria-labelledby="crisis-signs" className="samenspel-continuity-part">
          <Heading level={sub} id="crisis-signs" className="samenspel-continuity-part__title">
            <Icon name="signs" />
            {t('continuity.crisis.earlySignsTitle')}
          </Heading>
          {plan.earlySigns.length ? (
            <UnorderedList>
              {plan.earlySigns.map((s, i) => (
                <UnorderedListItem key={i}>{s}</UnorderedListItem>
              ))}
            </UnorderedList>
          ) : (
            <Paragraph>{t('continuity.crisis.nothingYet')}</Paragraph>
          )}
        </section>
        <section aria-labelledby="crisis-helps" className="samenspel-continuity-part">
          <Heading level={sub} id="crisis-helps" className="samenspel-continuity-part__title">
            <Icon name="helps" />
            {t('continuity.crisis.whatHelpsTitle')}
          </Heading>
          {plan.whatHelps.length ? (
            <UnorderedList>
              {plan.whatHelps.map((s, i) => (
                <UnorderedListItem key={i}>{s}</UnorderedListItem>
              ))}
            </UnorderedList>
          ) : (
            <Paragraph>{t('continuity.crisis.nothingYet')}</Paragraph>
          )}
        </section>
        <section aria-labelledby="crisis-people" className="samenspel-continuity-part">
          <Heading level={sub} id="crisis-people" className="samenspel-continuity-part__title">
            <Icon name="people" />
            {t('continuity.crisis.peopleTitle')}
          </Heading>
          {plan.people.length ? (
            <UnorderedList className="samenspel-continuity-people">
              {plan.people.map((p) => (
                <UnorderedListItem key={p.id}>
                  <strong>{p.name}</strong>: {p.task}
                  {p.left ? <> ({t('continuity.crisis.left')})</> : null}
                  {p.phone ? (
                    <>
                      <br />
                      <Icon name="phone" size={18} /> <Link href={`tel:${p.phone.replace(/[^+0-9]/g, '')}`}>{p.phone}</Link>{' '}
                      <span className="samenspel-continuity-muted">{t('continuity.crisis.sharedBy', { name: p.phoneSharedBy ?? '' })}</span>
                    </>
                  ) : null}
                </UnorderedListItem>
              ))}
            </UnorderedList>
          ) : (
            <Paragraph>{t('continuity.crisis.nothingYet')}</Paragraph>
          )}
        </section>
      </div>
    </div>
  );
}
