import type { Db } from '../../platform/db/database.js';
import { todayInNl } from '../../platform/access/index.js';
import { DEMO_ORGANISATIONS } from './organisations.js';
import type { SeededIds } from './seed.js';
import type { OfferInput } from '../socialmap/model.js';
import { offerColumns } from '../socialmap/service.js';

/** Invented contact persons; `key` links offers to them. */
const CONTACTS = [
  { key: 'welzijn-buurt', organisation: 'welzijn', name: 'Hanneke Zwart', role: 'buurtwerker', whatTheyDo: 'Helpt mensen in de wijk om mee te doen: koffieochtenden, eetgroepen en klussen.', workingDays: [1, 2, 4], phone: '0570 123 456', email: 'hanneke.zwart@voorbeeld.test' },
  { key: 'welzijn-geld', organisation: 'welzijn', name: 'Ahmed Boukhari', role: 'coördinator thuisadministratie', whatTheyDo: 'Koppelt vrijwilligers aan mensen die hulp willen bij brieven en geldzaken.', workingDays: [2, 3], phone: null, email: 'ahmed.boukhari@voorbeeld.test' },
  { key: 'vrijwilligers-maatje', organisation: 'vrijwilligers', name: 'Greet Mulder', role: 'maatjescoördinator', whatTheyDo: 'Zoekt een maatje voor mensen die eenzaam zijn of een steuntje nodig hebben.', workingDays: [1, 3, 5], phone: '0570 654 321', email: null },
  { key: 'wijkteam-mantelzorg', organisation: 'wijkteam', name: 'Joyce Veldman', role: 'mantelzorgconsulent', whatTheyDo: 'Luistert naar mantelzorgers en zoekt samen naar respijtzorg en steun.', workingDays: [2, 4], phone: '0570 111 222', email: 'joyce.veldman@voorbeeld.test' },
] as const;

type Offer = Omit<OfferInput, 'organisationId' | 'contactId' | 'municipalityId'> & { organisation: string; contact?: string; municipality?: string; monthsOld?: number };

/** Everyday offers of the invented region; a few were not checked for months, so the owners see the reminder list. */
const OFFERS: Offer[] = [
  { organisation: 'welzijn', contact: 'welzijn-buurt', municipality: 'Heuvelstad', title: 'Koffieochtend Het Trefpunt', description: 'Elke dinsdagochtend koffie en een praatje in het buurthuis. Je kunt gewoon binnenlopen.', kind: 'activiteit', needs: ['eenzaamheid', 'vrije-tijd'], targetGroup: 'Iedereen uit de wijk', ageMin: null, ageMax: null, cost: 'gratis', costNote: null, accessRoute: 'vrij', openingTimes: { '2': '10:00-12:00' } },
  { organisation: 'welzijn', contact: 'welzijn-geld', title: 'Hulp bij brieven en geldzaken', description: 'Een vrijwilliger komt bij je thuis en helpt met post, rekeningen en formulieren.', kind: 'financieel', needs: ['geld'], targetGroup: 'Volwassenen die overzicht willen in hun geldzaken', ageMin: 18, ageMax: null, cost: 'gratis', costNote: null, accessRoute: 'aanmelden', openingTimes: {}, monthsOld: 8 },
  { organisation: 'welzijn', contact: 'welzijn-buurt', municipality: 'Heuvelstad', title: 'Samen eten in de wijk', description: 'Eén keer per week samen koken en eten. Je betaalt een kleine bijdrage voor de boodschappen.', kind: 'activiteit', needs: ['eenzaamheid'], targetGroup: null, ageMin: null, ageMax: null, cost: 'eigen-bijdrage', costNote: '4 euro per maaltijd', accessRoute: 'aanmelden', openingTimes: { '4': '17:30-19:30' } },
  { organisation: 'vrijwilligers', contact: 'vrijwilligers-maatje', title: 'Maatje voor een wandeling of een kop koffie', description: 'Een vaste vrijwilliger komt eens per week of twee weken langs. Samen wandelen, praten of een boodschap doen.', kind: 'ondersteuning', needs: ['eenzaamheid', 'gezondheid'], targetGroup: 'Mensen die weinig contact hebben met anderen', ageMin: 18, ageMax: null, cost: 'gratis', costNote: null, accessRoute: 'aanmelden', openingTimes: {} },
  { organisation: 'vrijwilligers', title: 'Taalmaatje', description: 'Oefen Nederlands praten met een vrijwilliger, in de bibliotheek of bij je thuis.', kind: 'ondersteuning', needs: ['taal'], targetGroup: 'Nieuwkomers en iedereen die beter Nederlands wil spreken', ageMin: 16, ageMax: null, cost: 'gratis', costNote: null, accessRoute: 'aanmelden', openingTimes: { '3': '13:00-15:00' }, monthsOld: 7 },
  { organisation: 'wijkteam', contact: 'wijkteam-mantelzorg', municipality: 'Beekdal', title: 'Mantelzorgcafé Beekdal', description: 'Elke eerste maandag van de maand praten mantelzorgers met elkaar. Met informatie over respijtzorg.', kind: 'activiteit', needs: ['mantelzorg'], targetGroup: 'Mantelzorgers', ageMin: null, ageMax: null, cost: 'gratis', costNote: null, accessRoute: 'vrij', openingTimes: { '1': '19:30-21:30' }, monthsOld: 9 },
  { organisation: 'wijkteam', municipality: 'Beekdal', title: 'Opvoedspreekuur', description: 'Vragen over opvoeden of opgroeien? Loop binnen bij een pedagoog van het wijkteam.', kind: 'ondersteuning', needs: ['opvoeding'], targetGroup: 'Ouders en verzorgers', ageMin: null, ageMax: null, cost: 'gratis', costNote: null, accessRoute: 'vrij', openingTimes: { '3': '09:00-11:00' } },
  { organisation: 'jeugd', municipality: 'Veenwijk', title: 'Jongerenwerk De Loods', description: 'Een plek om te chillen, te gamen en mee te doen aan activiteiten. Er is altijd een jongerenwerker.', kind: 'activiteit', needs: ['vrije-tijd'], targetGroup: 'Jongeren', ageMin: 12, ageMax: 23, cost: 'gratis', costNote: null, accessRoute: 'vrij', openingTimes: { '3': '14:00-17:00', '5': '19:00-22:00' } },
  { organisation: 'wonen', municipality: 'Veenwijk', title: 'Klussendienst voor huurders', description: 'Kleine klussen in huis, zoals een lamp ophangen of een kraan repareren.', kind: 'materieel', needs: ['wonen'], targetGroup: 'Huurders van Woonstichting Veenwijk', ageMin: null, ageMax: null, cost: 'eigen-bijdrage', costNote: '5 euro per klus', accessRoute: 'aanmelden', openingTimes: {} },
  { organisation: 'ggz', municipality: 'Heuvelstad', title: 'Herstelgroep Samen Sterker', description: 'Een groep waarin mensen met psychische kwetsbaarheid elkaar steunen bij herstel. Met een ervaringsdeskundige.', kind: 'cursus', needs: ['gezondheid'], targetGroup: 'Volwassenen die werken aan hun herstel', ageMin: 18, ageMax: null, cost: 'gratis', costNote: null, accessRoute: 'verwijzing', openingTimes: { '2': '13:30-15:30' } },
];

const monthsBefore = (day: string, months: number) => {
  const d = new Date(`${day}T12:00:00Z`);
  d.setUTCMonth(d.getUTCMonth() - months);
  return d.toISOString().slice(0, 10);
};

/** Offers and contact persons on the demo region's social map (all invented). */
export async function seedSocialMap(trx: Db, ids: SeededIds, today: Date): Promise<void> {
  const day = todayInNl(today);
  const orgRows = await trx.selectFrom('organisations').select(['id', 'name']).where('region_id', '=', ids.regionId).execute();
  const municipalities = await trx.selectFrom('municipalities').select(['id', 'name']).where('region_id', '=', ids.regionId).execute();
  const orgId = (key: string) => {
    const name = DEMO_ORGANISATIONS.find((o) => o.key === key)?.name;
    const found = orgRows.find((o) => o.name === name);
    if (!found) throw new Error(`demo organisation ${key} missing`);
    return found.id;
  };
  const contactIds = new Map<string, string>();
  for (const c of CONTACTS) {
    const row = await trx
      .insertInto('social_contacts')
      .values({
        region_id: ids.regionId,
        organisation_id: orgId(c.organisation),
        name: c.name,
        role: c.role,
        what_they_do: c.whatTheyDo,
        working_days: JSON.stringify(c.workingDays),
        absent_until: null,
        phone: c.phone,
        email: c.email,
        up_to_date_on: c.key === 'vrijwilligers-maatje' ? monthsBefore(day, 7) : day,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    contactIds.set(c.key, row.id);
  }
  for (const { organisation, contact, municipality, monthsOld, ...offer } of OFFERS) {
    const input: OfferInput = {
      ...offer,
      organisationId: orgId(organisation),
      contactId: contact ? (contactIds.get(contact) ?? null) : null,
      municipalityId: municipality ? (municipalities.find((m) => m.name === municipality)?.id ?? null) : null,
    };
    await trx
      .insertInto('social_offers')
      .values({ region_id: ids.regionId, ...offerColumns(input), up_to_date_on: monthsOld ? monthsBefore(day, monthsOld) : day })
      .execute();
  }
}
