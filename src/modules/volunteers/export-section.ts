import { addExportSection } from '../avg/sections.js';

const m = (nl: string, en: string) => ({ nl, en });
const iso = (d: Date | null): string | null => (d ? d.toISOString() : null);

/**
 * Requests for a volunteer in the client's AVG download: what was shared with the volunteer
 * organisation, every try with its answers, and the messages with the volunteer.
 */
addExportSection({
  key: 'volunteers',
  title: m('Vrijwilligers', 'Volunteers'),
  labels: {
    status: m('Stand', 'Status'),
    firstName: m('Voornaam (gedeeld)', 'First name (shared)'),
    ageYears: m('Leeftijd (gedeeld)', 'Age (shared)'),
    purpose: m('Waarvoor', 'What for'),
    interests: m('Interesses', 'Interests'),
    dayParts: m('Dagdelen', 'Parts of the day'),
    language: m('Taal', 'Language'),
    genderWish: m('Voorkeur man of vrouw', 'Preference man or woman'),
    postcodeArea: m('Postcodegebied (gedeeld)', 'Postcode area (shared)'),
    hoursPerWeek: m('Uren per week', 'Hours per week'),
    requestedBy: m('Gevraagd door', 'Asked by'),
    createdAt: m('Gevraagd op', 'Asked on'),
    tries: m('Koppelingen', 'Matches'),
    volunteer: m('Vrijwilliger', 'Volunteer'),
    introAt: m('Kennismaking', 'Introduction'),
    introPlace: m('Plaats kennismaking', 'Place of introduction'),
    thinkUntil: m('Bedenktijd tot', 'Time to think until'),
    clientAnswer: m('Antwoord cliënt', 'Answer of the client'),
    volunteerAnswer: m('Antwoord vrijwilliger', 'Answer of the volunteer'),
    endReason: m('Reden einde', 'Reason for ending'),
    messages: m('Berichten', 'Messages'),
    author: m('Van', 'From'),
    body: m('Tekst', 'Text'),
    callAt: m('Belmoment', 'Call'),
    history: m('Geschiedenis', 'History'),
  },
  values: {
    status: {
      open: m('open', 'open'),
      matching: m('bezig met koppelen', 'matching'),
      matched: m('gekoppeld', 'matched'),
      closed: m('afgesloten', 'closed'),
      proposed: m('voorgesteld', 'proposed'),
      introduction: m('kennismaking gepland', 'introduction planned'),
      thinking: m('bedenktijd', 'time to think'),
      declined: m('niet doorgegaan', 'did not go ahead'),
      ended: m('gestopt', 'ended'),
    },
    clientAnswer: { yes: m('ja', 'yes'), no: m('nee', 'no') },
    volunteerAnswer: { yes: m('ja', 'yes'), no: m('nee', 'no') },
  },
  async collect(db, scope) {
    const [requests, matches, messages, events] = await Promise.all([
      db.selectFrom('volunteer_requests').selectAll().where('region_id', '=', scope.regionId).where('client_id', '=', scope.clientId).orderBy('created_at').execute(),
      db.selectFrom('volunteer_matches').selectAll().where('region_id', '=', scope.regionId).where('client_id', '=', scope.clientId).orderBy('created_at').execute(),
      db.selectFrom('volunteer_messages').selectAll().where('region_id', '=', scope.regionId).where('client_id', '=', scope.clientId).orderBy('created_at').execute(),
      db.selectFrom('volunteer_match_events').selectAll().where('region_id', '=', scope.regionId).where('client_id', '=', scope.clientId).orderBy('occurred_at').execute(),
    ]);
    return requests.map((r) => ({
      status: r.status,
      firstName: r.first_name,
      ageYears: r.age_years,
      purpose: r.purpose,
      interests: r.interests,
      dayParts: r.day_parts,
      language: r.language,
      genderWish: r.gender_wish,
      postcodeArea: r.postcode_area,
      hoursPerWeek: r.hours_per_week,
      requestedBy: r.requested_by_label,
      createdAt: iso(r.created_at),
      tries: matches
        .filter((x) => x.request_id === r.id)
        .map((x) => ({
          status: x.status,
          volunteer: x.volunteer_label,
          introAt: iso(x.intro_at),
          introPlace: x.intro_place,
          thinkUntil: x.think_until,
          clientAnswer: x.client_answer,
          volunteerAnswer: x.volunteer_answer,
          endReason: x.end_reason,
          messages: messages.filter((msg) => msg.match_id === x.id).map((msg) => ({ author: msg.author_label, body: msg.body, callAt: iso(msg.call_at), createdAt: iso(msg.created_at) })),
        })),
      history: events.filter((e) => e.request_id === r.id).map((e) => ({ kind: e.kind, by: e.actor_label, at: iso(e.occurred_at) })),
    }));
  },
});
