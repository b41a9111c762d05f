import type { TFunction } from 'i18next';
import type { AccessLogEntry, Locale } from '../../api/types';
import { formatDate, formatTime } from '../../lib/format';

export const CATEGORIES = ['basis', 'netwerk', 'plan', 'agenda', 'logboek', 'rapportage', 'gevoelig', 'documenten'] as const;
const ACTIONS = ['read', 'create', 'update', 'delete', 'export', 'share'];

/**
 * One access-log entry as a plain sentence, e.g.
 * "Jan de Vries (Wijkteam Noord) bekeek je basisgegevens (naam, adres, contact) op 3 maart 2026 om 14:05."
 * `subjectName` is set when the reader looks at someone else's log (a representative): "de … van Anna".
 */
export function accessLogSentence(entry: Pick<AccessLogEntry, 'occurredAt' | 'actorLabel' | 'category' | 'action'>, t: TFunction, locale: Locale, subjectName: string | null): string {
  const known = (CATEGORIES as readonly string[]).includes(entry.category);
  const what = subjectName
    ? t(known ? `accessLog.other.${entry.category}` : 'accessLog.other.unknown', { name: subjectName, category: entry.category })
    : t(known ? `accessLog.own.${entry.category}` : 'accessLog.own.unknown', { category: entry.category });
  const action = ACTIONS.includes(entry.action) ? entry.action : 'other';
  return t(`accessLog.sentence.${action}`, {
    actor: entry.actorLabel,
    what,
    date: formatDate(entry.occurredAt, locale),
    time: formatTime(entry.occurredAt, locale),
  });
}
