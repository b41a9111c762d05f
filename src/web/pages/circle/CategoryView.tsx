import { Heading, Paragraph, UnorderedList, UnorderedListItem } from '@utrecht/component-library-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CircleView, InformationCategory } from '../../api/circle-types';
import { SelectField } from '../../components/SelectField';
import { LevelIcon } from './AccessMarker';
import { CATEGORIES, isCategory, memberLabel } from './circleText';

/** "Wie kan mijn plan zien?": one kind of information, and everyone who can read or add to it. */
export function CategoryView({ view }: { view: CircleView }) {
  const { t } = useTranslation();
  const [category, setCategory] = useState<InformationCategory>('basis');
  const own = view.me.relation === 'self';
  const clientName = `${view.client.firstName} ${view.client.lastName}`;
  const deciderIds = new Set(view.deciders.map((d) => d.userId));
  const others = view.members.filter((m) => !deciderIds.has(m.userId));
  const byLevel = {
    contribute: others.filter((m) => m.cells[category] === 'contribute'),
    read: others.filter((m) => m.cells[category] === 'read'),
    none: others.filter((m) => m.cells[category] === 'none'),
  };
  const question = own ? t(`circle.byCategory.questionOwn.${category}`) : t(`circle.byCategory.question.${category}`, { name: view.client.firstName });

  return (
    <div className="circle-by-category">
      <SelectField
        id="circle-category"
        label={t('circle.byCategory.select')}
        value={category}
        onChange={(v) => setCategory(isCategory(v) ? v : 'basis')}
        options={CATEGORIES.map((c) => ({ value: c, label: t(`circle.category.${c}`) }))}
      />
      <div>
        <Heading level={3} id="circle-category-question">
          {question}
        </Heading>
        <div role="status">
          <Paragraph>{t('circle.byCategory.count', { count: byLevel.contribute.length + byLevel.read.length })}</Paragraph>
        </div>
        <Heading level={4} className="circle-by-category__level">
          {t('circle.byCategory.always')}
        </Heading>
        <UnorderedList>
          <UnorderedListItem>{own ? t('circle.byCategory.you') : t('circle.byCategory.theClient', { name: clientName })}</UnorderedListItem>
          {view.deciders
            .filter((d) => d.as === 'vertegenwoordiger')
            .map((d) => (
              <UnorderedListItem key={d.userId}>{t('circle.byCategory.decider', { name: d.name })}</UnorderedListItem>
            ))}
        </UnorderedList>
        {(['contribute', 'read', 'none'] as const).map((level) => (
          <div key={level} className="circle-by-category__group">
            <Heading level={4} className="circle-by-category__level">
              <LevelIcon level={level} />
              {t(`circle.byCategory.level.${level}`)}
            </Heading>
            {byLevel[level].length === 0 ? (
              <Paragraph>{t('circle.byCategory.nobody')}</Paragraph>
            ) : (
              <UnorderedList>
                {byLevel[level].map((m) => (
                  <UnorderedListItem key={m.linkId}>{memberLabel(m)}</UnorderedListItem>
                ))}
              </UnorderedList>
            )}
          </div>
        ))}
      </div>
    </div>
  );
}
