import { useTranslation } from 'react-i18next';
import type { Cells } from '../../api/circle-types';
import { LevelIcon } from './AccessMarker';
import { CATEGORIES } from './circleText';

/** The eight kinds of information, each with its picture and its level in words. */
export function CategoryLevels({ cells }: { cells: Cells }) {
  const { t } = useTranslation();
  return (
    <ul className="circle-levels">
      {CATEGORIES.map((c) => (
        <li key={c} className={`circle-levels__item circle-levels__item--${cells[c]}`}>
          <LevelIcon level={cells[c]} />
          <span className="circle-levels__category">{t(`circle.category.${c}`)}</span>
          <span className="circle-levels__level">{t(`circle.level.${cells[c]}`)}</span>
        </li>
      ))}
    </ul>
  );
}
