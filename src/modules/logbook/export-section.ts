import { addExportSection } from '../avg/sections.js';

const m = (nl: string, en: string) => ({ nl, en });

/** The logbook in the client's AVG download: every update and report, with reactions. */
addExportSection({
  key: 'logbook',
  title: m('Logboek en rapportages', 'Logbook and reports'),
  labels: {
    kind: m('Soort', 'Kind'),
    body: m('Tekst', 'Text'),
    author: m('Geschreven door', 'Written by'),
    createdAt: m('Geschreven op', 'Written on'),
    editedAt: m('Aangepast op', 'Changed on'),
    reaction: m('Reactie', 'Reaction'),
    reactionNote: m('Toelichting bij de reactie', 'Note with the reaction'),
    reactionBy: m('Reactie van', 'Reaction by'),
    reactionAt: m('Reactie gegeven op', 'Reaction given on'),
  },
  values: {
    kind: {
      update: m('bericht', 'update'),
      'goed-nieuws': m('goed nieuws', 'good news'),
      zorg: m('zorg', 'worry'),
      rapportage: m('rapportage', 'report'),
    },
    reaction: { klopt: m('klopt', 'is right'), 'klopt-niet': m('klopt niet', 'is not right') },
  },
  async collect(db, scope) {
    const rows = await db
      .selectFrom('logbook_entries')
      .selectAll()
      .where('region_id', '=', scope.regionId)
      .where('client_id', '=', scope.clientId)
      .orderBy('created_at')
      .orderBy('id')
      .execute();
    return rows.map((r) => ({
      kind: r.kind,
      body: r.body,
      author: r.author_label,
      createdAt: r.created_at.toISOString(),
      editedAt: r.edited_at?.toISOString() ?? null,
      reaction: r.reaction,
      reactionNote: r.reaction_note,
      reactionBy: r.reaction_by_label,
      reactionAt: r.reaction_at?.toISOString() ?? null,
    }));
  },
});
