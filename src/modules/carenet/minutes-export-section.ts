import { addExportSection } from '../avg/sections.js';

const m = (nl: string, en: string) => ({ nl, en });

/**
 * What the minutes of care-network meetings say about the client: the text, decisions and action
 * points of agenda items of cases linked to them (anonymous cases are never linked to anyone).
 */
addExportSection({
  key: 'care-minutes',
  title: m('Verslagen van zorgnetwerken', 'Minutes of care networks'),
  labels: {
    network: m('Netwerk', 'Network'),
    meetingAt: m('Overleg', 'Meeting'),
    item: m('Agendapunt', 'Agenda item'),
    minutes: m('Verslag', 'Minutes'),
    decisions: m('Besluiten', 'Decisions'),
    actions: m('Actiepunten', 'Action points'),
    body: m('Wat', 'What'),
    owner: m('Wie', 'Who'),
    dueOn: m('Wanneer klaar', 'Due'),
    status: m('Stand', 'Status'),
  },
  values: { status: { open: m('open', 'open'), done: m('klaar', 'done') } },
  async collect(db, scope) {
    const items = await db
      .selectFrom('care_meeting_items as i')
      .innerJoin('care_cases as c', (j) => j.onRef('c.id', '=', 'i.case_id').onRef('c.region_id', '=', 'i.region_id'))
      .innerJoin('care_meetings as mt', 'mt.id', 'i.meeting_id')
      .innerJoin('care_networks as n', 'n.id', 'c.network_id')
      .leftJoin('care_minutes_items as mi', 'mi.item_id', 'i.id')
      .select(['i.id', 'i.title', 'n.name', 'mt.starts_at', 'mi.body', 'mi.decisions'])
      .where('i.region_id', '=', scope.regionId)
      .where('c.client_id', '=', scope.clientId)
      .orderBy('mt.starts_at')
      .execute();
    const ids = items.map((i) => i.id);
    const actions = ids.length
      ? await db
          .selectFrom('care_actions as a')
          .innerJoin('users as u', 'u.id', 'a.owner_user_id')
          .select(['a.item_id', 'a.body', 'u.display_name', 'a.due_on', 'a.status'])
          .where('a.region_id', '=', scope.regionId)
          .where('a.item_id', 'in', ids)
          .orderBy('a.created_at')
          .execute()
      : [];
    return items.map((i) => ({
      network: i.name,
      meetingAt: i.starts_at.toISOString(),
      item: i.title,
      minutes: i.body ?? '',
      decisions: i.decisions ?? '',
      actions: actions.filter((a) => a.item_id === i.id).map((a) => ({ body: a.body, owner: a.display_name, dueOn: a.due_on, status: a.status })),
    }));
  },
});
