import { DataList, DataListItem, DataListKey, DataListValue } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import type { Goal, Task } from '../../api/plan-types';
import { useLocale } from '../../i18n/useLocale';
import { formatCalendarDate } from '../../lib/format';
import { formatEuros, personName, recurrenceWords } from './planText';

interface Props {
  task: Task;
  /** The goal this agreement serves, when the viewer can see it. */
  goal?: Goal | undefined;
  clientName: string;
}

/** Who does what, how often, how long, where, what it costs and who pays — only the parts that were agreed. */
export function TaskDetails({ task, goal, clientName }: Props) {
  const { t } = useTranslation();
  const locale = useLocale();
  const day = (d: string) => formatCalendarDate(d, locale);
  const who = task.assignee.label ? personName(task.assignee.label) : task.returnedFrom ? t('plan.task.nobodyNow') : t('plan.task.nobody');
  const repeat = recurrenceWords(task.recurrence, t);
  const howOften = [task.frequency, repeat && repeat !== task.frequency ? repeat : null, task.localTime ? t('plan.task.atTime', { time: task.localTime }) : null].filter(Boolean).join(', ');
  const period = task.startsOn && task.untilOn ? t('plan.task.fromUntil', { from: day(task.startsOn), until: day(task.untilOn) }) : task.startsOn ? t('plan.task.from', { from: day(task.startsOn) }) : task.untilOn ? t('plan.task.until', { until: day(task.untilOn) }) : null;
  const cost = task.costCents !== null ? [formatEuros(task.costCents, locale, t), task.costNote].filter(Boolean).join(', ') : task.costNote;
  const payer = task.payer ? [t(`plan.payer.${task.payer}`, { name: clientName }), task.payerNote].filter(Boolean).join(', ') : task.payerNote;
  const rows: [string, string | null][] = [
    [t('plan.task.who'), who],
    [t('plan.task.howOften'), howOften || null],
    [t('plan.task.howLong'), task.durationMinutes ? t('plan.task.minutes', { count: task.durationMinutes }) : null],
    [t('plan.task.period'), period],
    [t('plan.task.due'), task.dueOn ? day(task.dueOn) : null],
    [t('plan.task.where'), task.location],
    [t('plan.task.cost'), cost],
    [t('plan.task.payer'), payer],
    [t('plan.task.goal'), goal ? goal.ownWords : null],
    [t('plan.task.askedBy'), task.askedBy],
    [t('plan.task.note'), task.responseNote],
  ];
  return (
    <DataList className="plan-details">
      {task.details ? (
        <DataListItem>
          <DataListKey>{t('plan.task.details')}</DataListKey>
          <DataListValue multiline>{task.details}</DataListValue>
        </DataListItem>
      ) : null}
      {rows
        .filter((r): r is [string, string] => r[1] !== null && r[1] !== '')
        .map(([label, value]) => (
          <DataListItem key={label}>
            <DataListKey>{label}</DataListKey>
            <DataListValue>{value}</DataListValue>
          </DataListItem>
        ))}
    </DataList>
  );
}
