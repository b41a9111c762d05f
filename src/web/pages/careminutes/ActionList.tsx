import { Paragraph, UnorderedList, UnorderedListItem } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { useLocale } from '../../i18n/useLocale';
import { formatCalendarDate } from '../../lib/format';
import type { ActionView } from './types';

/** The action points of one item: what, who, before when, and whether it is done. */
export function ActionList({ actions }: { actions: ActionView[] }) {
  const { t } = useTranslation();
  const locale = useLocale();
  if (actions.length === 0) return <Paragraph>{t('careMinutes.actions.none')}</Paragraph>;
  return (
    <UnorderedList>
      {actions.map((a) => (
        <UnorderedListItem key={a.id}>
          <strong>{a.body}</strong> — {t('careMinutes.actions.ownerDue', { owner: a.ownerName, date: formatCalendarDate(a.dueOn, locale) })}{' '}
          {a.status === 'done' ? (
            <span className="cm-badge cm-badge--done">{t('careMinutes.actions.done')}</span>
          ) : a.overdue ? (
            <span className="cm-badge cm-badge--late">{t('careMinutes.actions.overdue')}</span>
          ) : (
            <span className="cm-badge">{t('careMinutes.actions.open')}</span>
          )}
        </UnorderedListItem>
      ))}
    </UnorderedList>
  );
}
