import { addExportSection, exportSections } from '../avg/sections.js';
import { loadItems } from './item-views.js';

const m = (nl: string, en: string) => ({ nl, en });
const iso = (d: Date | null): string | null => (d ? d.toISOString() : null);

/** The client's appointments belong in "everything Samenspel stores about you" (AVG art. 15 and 20). */
export function registerAgendaExport(): void {
  if (exportSections().some((s) => s.key === 'agenda')) return;
  addExportSection({
    key: 'agenda',
    title: m('Agenda', 'Agenda'),
    labels: {
      kind: m('Soort', 'Kind'),
      title: m('Wat', 'What'),
      notes: m('Toelichting', 'Note'),
      location: m('Waar', 'Where'),
      startsAt: m('Begint', 'Starts'),
      endsAt: m('Eindigt', 'Ends'),
      localTime: m('Tijd (Nederlandse tijd)', 'Time (Dutch time)'),
      recurrence: m('Herhaling', 'Repeats'),
      repeatUntil: m('Herhalen tot', 'Repeat until'),
      attendees: m('Uitgenodigd', 'Invited'),
      skipped: m('Gaat niet door op', 'Not on'),
      cancelledAt: m('Afgezegd op', 'Cancelled on'),
      cancelledBy: m('Afgezegd door', 'Cancelled by'),
      cancelReason: m('Reden', 'Reason'),
      createdBy: m('Gemaakt door', 'Made by'),
      createdAt: m('Gemaakt op', 'Made on'),
    },
    values: {
      kind: { afspraak: m('afspraak', 'appointment'), netwerkoverleg: m('netwerkoverleg', 'network meeting'), belmoment: m('belmoment', 'phone call') },
    },
    async collect(db, scope) {
      return (await loadItems(db, scope.regionId, scope.clientId)).map(({ row, attendees, skipped }) => ({
        kind: row.kind,
        title: row.title,
        notes: row.notes,
        location: row.location,
        startsAt: iso(row.starts_at),
        endsAt: iso(row.ends_at),
        localTime: row.local_time,
        recurrence: row.recurrence,
        repeatUntil: row.repeat_until,
        attendees: attendees.map((a) => a.label),
        skipped: skipped.map((s) => s.date),
        cancelledAt: iso(row.cancelled_at),
        cancelledBy: row.cancelled_by_label,
        cancelReason: row.cancel_reason,
        createdBy: row.created_by_label,
        createdAt: iso(row.created_at),
      }));
    },
  });
}
