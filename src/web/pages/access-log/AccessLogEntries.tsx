import { Button, ButtonGroup, Paragraph, UnorderedList, UnorderedListItem } from '@utrecht/component-library-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocale } from '../../i18n/useLocale';
import type { AccessLogEntry } from '../../api/types';
import { accessLogSentence } from './accessLogSentence';
import { ExceptionMarker } from './ExceptionMarker';

/** What both the client's view and the professionals' audit view of a log line have. */
type Line = Pick<AccessLogEntry, 'occurredAt' | 'actorUserId' | 'actorLabel' | 'category' | 'action'> & {
  purpose: string | null;
  exception: { ground: NonNullable<AccessLogEntry['exception']>['ground'] } | null;
};

/** The API returns at most this many lines at once. */
export const MAX_LIMIT = 500;
export const PAGE_SIZE = 50;

interface Props<E extends Line> {
  entries: E[];
  /** Whose data, for the sentence ("de gegevens van Anna"); null means the reader's own. */
  subjectName: string | null;
  filtered: boolean;
  limit: number;
  loading: boolean;
  onMore: () => void;
  /** Extra words after a line made under a safety exception (the audit view says whether the client was told). */
  exceptionNote?: (entry: E) => ReactNode;
}

/** The lines of an access log as plain sentences, flagged where a safety exception was used, with "more". */
export function AccessLogEntries<E extends Line>({ entries, subjectName, filtered, limit, loading, onMore, exceptionNote }: Props<E>) {
  const { t } = useTranslation();
  const locale = useLocale();
  return (
    <>
      <div role="status">
        <Paragraph>{entries.length === 0 ? t(filtered ? 'accessLog.emptyFiltered' : 'accessLog.empty') : t('accessLog.count', { count: entries.length })}</Paragraph>
      </div>
      {entries.length > 0 ? (
        <UnorderedList className="samenspel-access-log">
          {entries.map((entry, i) => (
            <UnorderedListItem
              key={`${entry.occurredAt}-${entry.actorUserId ?? ''}-${entry.category}-${entry.action}-${i}`}
              className={entry.exception ? 'samenspel-access-flagged' : undefined}
            >
              {entry.exception ? <ExceptionMarker ground={entry.exception.ground} /> : null}
              {accessLogSentence(entry, t, locale, subjectName)}
              {entry.purpose ? (
                <>
                  {' '}
                  <span className="samenspel-muted">{t('accessLog.purpose', { purpose: entry.purpose })}</span>
                </>
              ) : null}
              {entry.exception && exceptionNote ? exceptionNote(entry) : null}
            </UnorderedListItem>
          ))}
        </UnorderedList>
      ) : null}
      {entries.length >= limit && limit < MAX_LIMIT ? (
        <ButtonGroup>
          <Button appearance="secondary-action-button" onClick={onMore} busy={loading}>
            {t('accessLog.more')}
          </Button>
        </ButtonGroup>
      ) : null}
    </>
  );
}
