import { Heading, Paragraph, UnorderedList, UnorderedListItem } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import type { ReviewDueItem, ReviewsDue } from '../../../api/safety-types';
import { useApi } from '../../../api/useApi';
import { AppLink } from '../../../components/AppLink';
import { LoadingMessage } from '../../../components/LoadingMessage';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { useLocale } from '../../../i18n/useLocale';
import { formatCalendarDate, formatDate } from '../../../lib/format';
import '../../../styles/safety.css';

interface Props {
  /**
   * Names of clients the page already loaded through the API (for example the professional's client
   * list); without one an item says "cliënt". The API itself sends ids only.
   */
  clientNames?: Record<string, string>;
}

const linkFor = (item: ReviewDueItem) =>
  item.kind === 'refusal'
    ? `/clienten/${encodeURIComponent(item.clientId)}/weigeringen`
    : `/clienten/${encodeURIComponent(item.clientId)}/veiligheid/${encodeURIComponent(item.id)}`;

/** For a professional's start page: refusals to talk about again and safety exceptions to review. */
export function ReviewsDueSection({ clientNames = {} }: Props) {
  const { t } = useTranslation();
  const locale = useLocale();
  const due = useApi<ReviewsDue>('/api/me/reviews-due');
  return (
    <section aria-labelledby="reviews-due-title" className="samenspel-section">
      <Heading level={2} id="reviews-due-title">
        {t('reviewsDue.title')}
      </Heading>
      {due.error ? (
        <ProblemAlert error={due.error} />
      ) : !due.data ? (
        <LoadingMessage />
      ) : due.data.items.length === 0 ? (
        <Paragraph>{t('reviewsDue.empty')}</Paragraph>
      ) : (
        <UnorderedList className="samenspel-link-list">
          {due.data.items.map((item) => {
            const what = t(item.kind === 'refusal' ? 'reviewsDue.refusal' : 'reviewsDue.safetyException');
            const date = item.kind === 'refusal' ? formatCalendarDate(item.dueOn, locale) : formatDate(item.dueOn, locale);
            return (
              <UnorderedListItem key={`${item.kind}:${item.id}`}>
                <AppLink to={linkFor(item)}>{t('reviewsDue.open', { what, client: clientNames[item.clientId] ?? t('reviewsDue.client') })}</AppLink>{' '}
                <span className="samenspel-muted">{t('reviewsDue.due', { date })}</span>
                {item.overdue ? <span className="samenspel-badge">{t('reviewsDue.overdue')}</span> : null}
              </UnorderedListItem>
            );
          })}
        </UnorderedList>
      )}
    </section>
  );
}
