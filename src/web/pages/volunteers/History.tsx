import { Heading, OrderedList, OrderedListItem } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { useLocale } from '../../i18n/useLocale';
import { formatCalendarDate, formatDateTime } from '../../lib/format';
import { eventText } from './text';
import type { EventView } from './types';

/** Everything that happened to a request, oldest first; nothing is ever removed. */
export function History({ id, title, events }: { id: string; title: string; events: EventView[] }) {
  const { t } = useTranslation();
  const locale = useLocale();
  if (events.length === 0) return null;
  return (
    <section aria-labelledby={id} className="samenspel-section">
      <Heading level={2} id={id}>
        {title}
      </Heading>
      <OrderedList className="volunteers-history">
        {events.map((e, i) => (
          <OrderedListItem key={`${e.occurredAt}-${i}`}>
            <time dateTime={e.occurredAt}>{formatDateTime(e.occurredAt, locale)}</time>: {eventText(t, e, (d) => formatCalendarDate(d, locale))}
          </OrderedListItem>
        ))}
      </OrderedList>
    </section>
  );
}
