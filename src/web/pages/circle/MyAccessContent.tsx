import { Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import type { MyAccess } from '../../api/circle-types';
import { useLocale } from '../../i18n/useLocale';
import { formatCalendarDate } from '../../lib/format';
import { CategoryLevels } from './CategoryLevels';
import { CATEGORIES, endDateOf } from './circleText';

/** What I, as a member, may see of this client: in words and pictures, with the end date if any. */
export function MyAccessContent({ access }: { access: MyAccess }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const name = access.clientName ?? t('circle.someone');
  const nothing = CATEGORIES.every((c) => access.cells[c] === 'none');
  const intro =
    access.relation === 'self'
      ? t('circle.mine.self')
      : access.decidesAs !== null
        ? t('circle.mine.decides', { name })
        : nothing
          ? t('circle.mine.nothing', { name })
          : t('circle.mine.granted', { name });
  return (
    <>
      <Paragraph>{intro}</Paragraph>
      {access.relation === 'self' ? null : <CategoryLevels cells={access.cells} />}
      {access.expiresAt ? <Paragraph>{t('circle.mine.until', { date: formatCalendarDate(endDateOf(access.expiresAt), locale) })}</Paragraph> : null}
      {access.relation !== 'self' && access.decidesAs === null ? <Paragraph>{t('circle.mine.who', { name })}</Paragraph> : null}
    </>
  );
}
