import type { Db } from '../../platform/db/database.js';
import { scheduledTasks, type ScheduledTask } from '../plan/service.js';
import type { OccurrenceView } from './model.js';
import { expand, nlParts } from './recurrence.js';

export type { ScheduledTask };

const DEFAULT_TASK_MINUTES = 60;

/** The plan's agreements that have a date, read through the plan service (call inside withClientAccess for 'plan'). */
export const planTasks = (db: Db, regionId: string, clientId: string): Promise<ScheduledTask[]> => scheduledTasks(db, regionId, clientId);

/**
 * A plan agreement on the calendar: every date of its schedule (at its local time, or as a whole
 * day without one), and its due date as a deadline.
 */
export function taskOccurrences(clientId: string, task: ScheduledTask, from: string, to: string): OccurrenceView[] {
  const people = task.assigneeLabel ? [task.assigneeLabel] : [];
  const base = { source: 'task' as const, itemId: null, taskId: task.id, clientId, title: task.title, location: task.location, cancelled: false, cancelReason: null, people };
  const out: OccurrenceView[] = [];
  if (task.recurrence !== null || task.startsOn !== null) {
    const firstDay = task.startsOn ?? from;
    const minutes = task.durationMinutes ?? DEFAULT_TASK_MINUTES;
    for (const o of expand({ firstDay, localTime: task.localTime, durationMinutes: minutes, recurrence: task.recurrence, until: task.untilOn }, from, to)) {
      out.push({
        ...base,
        key: `task:${task.id}:${o.day}`,
        kind: 'taak',
        date: o.day,
        startTime: task.localTime,
        endTime: task.localTime === null ? null : nlParts(o.end).time,
        startsAt: o.start.toISOString(),
        endsAt: o.end.toISOString(),
        recurring: task.recurrence !== null,
      });
    }
  }
  if (task.dueOn !== null && task.dueOn >= from && task.dueOn <= to) {
    const due = expand({ firstDay: task.dueOn, localTime: null, durationMinutes: 0, recurrence: null, until: null }, task.dueOn, task.dueOn)[0];
    if (due) {
      out.push({
        ...base,
        key: `due:${task.id}`,
        kind: 'deadline',
        date: due.day,
        startTime: null,
        endTime: null,
        startsAt: due.start.toISOString(),
        endsAt: due.end.toISOString(),
        recurring: false,
      });
    }
  }
  return out;
}
