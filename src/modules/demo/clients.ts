import { todayInNl } from '../../platform/access/decision-rule.js';
import type { DemoClient, DemoLink } from './types.js';

const pro = (person: string, label: string): DemoLink => ({ person, relation: 'professional', label });
const naaste = (person: string, label: string): DemoLink => ({ person, relation: 'naaste', label });
const rep = (person: string, label: string): DemoLink => ({ person, relation: 'vertegenwoordiger', label });
const volunteer = (person: string, label: string): DemoLink => ({ person, relation: 'vrijwilliger', label });

/**
 * Twenty invented clients: four children under 12, four young people of 12 to 17, eight adults and
 * four people of 75 or older. Stories are short, in plain Dutch (B1), and describe people with respect.
 */
export const DEMO_CLIENTS: readonly DemoClient[] = [
  {
    key: 'henk',
    firstName: 'Henk',
    lastName: 'Zandbergen',
    age: 81,
    birthday: '03-14',
    municipality: 'Veenwijk',
    street: 'Turfstraat 12',
    postcode: '8471 KT',
    decisionCapacity: 'unable',
    story:
      'Henk woont alleen sinds zijn vrouw twee jaar geleden overleed. Hij vergeet steeds meer en kan grote beslissingen niet meer overzien; een curator helpt hem daarbij. Hij komt weinig buiten en zou graag weer eens koffie drinken met iemand uit de straat.',
    links: [
      rep('ria', 'curator'),
      naaste('monique', 'dochter'),
      naaste('els', 'buurvrouw'),
      pro('karin', 'ouderenadviseur'),
      pro('pieter', 'POH-GGZ'),
      volunteer('wim', 'bezoekvrijwilliger'),
    ],
  },
  {
    key: 'milan',
    firstName: 'Milan',
    lastName: 'de Bruin',
    age: 14,
    birthday: '09-02',
    municipality: 'Heuvelstad',
    street: 'Bergakker 31',
    postcode: '6842 RH',
    account: 'milan',
    story:
      'Milan zit in de tweede klas en is de laatste maanden vaak niet op school. Hij slaapt slecht en zit tot laat achter zijn telefoon. Zijn ouders wonen apart, maar willen samen met school een plan maken.',
    links: [
      rep('sandra', 'moeder'),
      rep('erik', 'vader'),
      pro('daan', 'zorgcoördinator school'),
      pro('joost', 'jeugdconsulent'),
      volunteer('lisa', 'buddy'),
    ],
  },
  {
    key: 'kim',
    firstName: 'Kim',
    lastName: 'Hofman',
    age: 34,
    birthday: '06-21',
    municipality: 'Beekdal',
    street: 'Wilgenlaan 8',
    postcode: '7393 BL',
    account: 'kim',
    story:
      'Kim is alleenstaande moeder van Jayden. Na haar scheiding heeft ze schulden gekregen en soms durft ze de post niet open te maken. Ze wil weer overzicht over haar geld en meer rust in huis.',
    links: [naaste('jessica', 'zus'), naaste('priya', 'vriendin'), pro('sanne', 'wijkcoach'), pro('fatima', 'maatschappelijk werker')],
  },
  {
    key: 'jayden',
    firstName: 'Jayden',
    lastName: 'Hofman',
    age: 9,
    birthday: '11-30',
    municipality: 'Beekdal',
    street: 'Wilgenlaan 8',
    postcode: '7393 BL',
    story:
      'Jayden zit in groep 6. Hij is een vrolijke jongen, maar op school is hij vaak moe en maakt hij zich zorgen over thuis. Hij voetbalt graag en wil op een club.',
    links: [rep('kim', 'moeder'), naaste('joke', 'oma'), pro('ingrid', 'intern begeleider'), pro('lotte', 'POH-Jeugd')],
  },
  {
    key: 'bas',
    firstName: 'Bas',
    lastName: 'Verhoef',
    age: 24,
    birthday: '01-09',
    municipality: 'Heuvelstad',
    street: 'Uitzichtstraat 4',
    postcode: '6843 UZ',
    account: 'bas',
    story:
      'Bas had twee jaar geleden een psychose en woont nu zelfstandig in een kleine flat. Het gaat beter, maar bij spanning trekt hij zich terug. Hij wil graag werk vinden en zijn vrienden vaker zien.',
    links: [
      naaste('anja', 'moeder'),
      naaste('niels', 'broer'),
      naaste('tim', 'vriend'),
      pro('mehmet', 'GGZ-begeleider'),
      pro('anouk', 'verpleegkundige GGZ'),
      volunteer('gerrit', 'maatje'),
    ],
  },
  {
    key: 'marijke',
    firstName: 'Marijke',
    lastName: 'Hoogkamp',
    age: 58,
    birthday: '07-17',
    municipality: 'Veenwijk',
    street: 'Veenkade 19',
    postcode: '8472 VK',
    decisionCapacity: 'unable',
    story:
      'Marijke heeft dementie op jonge leeftijd. Ze woont nog thuis, maar vergeet afspraken en raakt soms de weg kwijt. Haar broer is haar mentor en regelt samen met haar de belangrijke zaken.',
    links: [rep('hans', 'mentor (broer)'), naaste('greet', 'buurvrouw'), pro('sanne', 'wijkcoach'), pro('karin', 'ouderenadviseur')],
  },
  {
    key: 'truus',
    firstName: 'Truus',
    lastName: 'van Leeuwen',
    age: 79,
    birthday: '10-05',
    municipality: 'Heuvelstad',
    street: 'Heuvelweg 56',
    postcode: '6841 HW',
    story:
      'Truus woont alleen en hoort steeds slechter. Daardoor belt ze bijna niemand meer en voelt ze zich eenzaam. Ze houdt van handwerken en zou graag naar een handwerkclub gaan.',
    links: [
      naaste('peter', 'zoon'),
      naaste('ahmed', 'buurman'),
      pro('karin', 'ouderenadviseur'),
      pro('noor', 'sociaal werker'),
      volunteer('wim', 'bezoekvrijwilliger'),
    ],
  },
  {
    key: 'lina',
    firstName: 'Lina',
    lastName: 'Aydin',
    age: 6,
    birthday: '04-23',
    municipality: 'Veenwijk',
    street: 'Dorpsstraat 102',
    postcode: '8471 DS',
    story:
      'Lina zit in groep 3. Ze spreekt nog weinig Nederlands en is op school erg stil. Haar ouders kwamen twee jaar geleden naar Nederland en willen haar graag goed helpen.',
    links: [
      rep('emre', 'vader'),
      rep('zeynep', 'moeder'),
      pro('lotte', 'POH-Jeugd'),
      pro('ingrid', 'intern begeleider'),
      volunteer('samira', 'taalmaatje'),
    ],
  },
  {
    key: 'sem',
    firstName: 'Sem',
    lastName: 'Huisman',
    age: 16,
    birthday: '08-12',
    municipality: 'Beekdal',
    street: 'Kastanjelaan 23',
    postcode: '7392 KL',
    account: 'sem',
    story:
      'Sem komt bijna niet meer buiten. Hij is somber, vindt drukke plekken eng en gamet vaak tot diep in de nacht. Hij wil zelf graag weer naar school en een bijbaan zoeken.',
    links: [rep('petra', 'moeder'), naaste('cor', 'opa'), pro('joost', 'jeugdconsulent'), pro('lotte', 'POH-Jeugd')],
  },
  {
    key: 'ronald',
    firstName: 'Ronald',
    lastName: 'Smeets',
    age: 45,
    birthday: '12-03',
    municipality: 'Veenwijk',
    street: 'Veenkade 7',
    postcode: '8472 VB',
    story:
      'Ronald verloor vorig jaar zijn baan. Sindsdien drinkt hij meer en heeft hij een huurachterstand. Hij vraagt niet snel om hulp, maar hij wil zijn huis niet kwijt.',
    links: [naaste('linda', 'zus'), naaste('marco', 'vriend'), pro('marloes', 'woonconsulent'), pro('fatima', 'maatschappelijk werker')],
  },
  {
    key: 'esther',
    firstName: 'Esther',
    lastName: 'Dijkhuis',
    age: 38,
    birthday: '02-27',
    municipality: 'Heuvelstad',
    street: 'Bergakker 5',
    postcode: '6842 RA',
    account: 'esther',
    story:
      'Esther zorgt voor haar zoon Finn, die autisme heeft, en werkt drie dagen per week. Ze is vaak moe en heeft weinig tijd voor zichzelf. Ze wil dat anderen een deel van de zorg kunnen overnemen.',
    links: [naaste('dennis', 'partner'), naaste('gerda', 'moeder'), pro('sanne', 'wijkcoach'), pro('noor', 'sociaal werker')],
  },
  {
    key: 'finn',
    firstName: 'Finn',
    lastName: 'Dijkhuis',
    age: 11,
    birthday: '05-19',
    municipality: 'Heuvelstad',
    street: 'Bergakker 5',
    postcode: '6842 RA',
    story:
      'Finn heeft autisme. Veranderingen vindt hij moeilijk en na school heeft hij veel rust nodig. Hij weet alles van treinen en gaat volgend jaar naar de middelbare school.',
    links: [rep('esther', 'moeder'), rep('dennis', 'vader'), pro('eline', 'gezinscoach'), pro('ingrid', 'intern begeleider')],
  },
  {
    key: 'noa',
    firstName: 'Noa',
    lastName: 'Peeters',
    age: 13,
    birthday: '03-08',
    municipality: 'Beekdal',
    street: 'Beekstraat 44',
    postcode: '7391 BS',
    story:
      'De ouders van Noa gaan scheiden en hebben vaak ruzie. Noa zit veel op haar kamer en haar cijfers gaan omlaag. Ze wil dat haar ouders naar haar luisteren.',
    links: [
      rep('marieke', 'moeder'),
      rep('rob', 'vader'),
      pro('eline', 'gezinscoach'),
      pro('daan', 'zorgcoördinator school'),
      volunteer('lisa', 'buddy'),
    ],
  },
  {
    key: 'rayan',
    firstName: 'Rayan',
    lastName: 'El Idrissi',
    age: 17,
    birthday: '10-28',
    municipality: 'Veenwijk',
    street: 'Dorpsstraat 15',
    postcode: '8471 DA',
    account: 'rayan',
    story:
      'Rayan woont sinds drie jaar in een leefgroep. Over een paar maanden wordt hij achttien en gaat hij zelfstandig wonen. Hij wil een eigen kamer, zijn opleiding afmaken en contact houden met zijn broer.',
    links: [rep('latifa', 'moeder'), naaste('karim', 'broer'), pro('joost', 'jeugdconsulent'), pro('marloes', 'woonconsulent')],
  },
  {
    key: 'gerard',
    firstName: 'Gerard',
    lastName: 'Wessels',
    age: 86,
    birthday: '01-30',
    municipality: 'Beekdal',
    street: 'Molenbeek 3',
    postcode: '7391 MB',
    story:
      'Gerard woont alleen en is kort geleden gevallen. Hij wil geen hulp in huis, maar de buren maken zich zorgen. Hij wil zelf beslissen en zo lang mogelijk thuis blijven wonen.',
    links: [
      naaste('tineke', 'buurvrouw'),
      naaste('sophie', 'nichtje'),
      pro('karin', 'ouderenadviseur'),
      pro('sanne', 'wijkcoach'),
      volunteer('gerrit', 'maatje'),
    ],
  },
  {
    key: 'annie',
    firstName: 'Annie',
    lastName: 'Veldkamp',
    age: 76,
    birthday: '06-06',
    municipality: 'Veenwijk',
    street: 'Turfstraat 40',
    postcode: '8471 KV',
    story:
      'Annie zorgt al jaren voor haar man Kees, die de ziekte van Parkinson heeft. Ze slaapt slecht en ziet haar vriendinnen bijna niet meer. Ze wil voor haar man blijven zorgen, maar heeft daarbij hulp nodig.',
    links: [
      naaste('kees', 'echtgenoot'),
      naaste('saskia', 'dochter'),
      pro('karin', 'ouderenadviseur'),
      pro('noor', 'sociaal werker'),
      volunteer('wim', 'bezoekvrijwilliger'),
    ],
  },
  {
    key: 'jasmijn',
    firstName: 'Jasmijn',
    lastName: 'Vonk',
    age: 29,
    birthday: '09-15',
    municipality: 'Heuvelstad',
    street: 'Heuvelweg 9',
    postcode: '6841 HA',
    account: 'jasmijn',
    story:
      'Jasmijn heeft een lichte verstandelijke beperking en woont zelfstandig met begeleiding. Brieven en formulieren vindt ze moeilijk. Ze wil graag vrijwilligerswerk doen in een dierenasiel.',
    links: [naaste('hanneke', 'moeder'), naaste('iris', 'vriendin'), pro('noor', 'sociaal werker'), pro('thijs', 'vrijwilligerscoördinator')],
  },
  {
    key: 'youssef',
    firstName: 'Youssef',
    lastName: 'Tahiri',
    age: 52,
    birthday: '11-11',
    municipality: 'Beekdal',
    street: 'Kastanjelaan 70',
    postcode: '7392 KA',
    account: 'youssef',
    story:
      'Youssef werkt al een half jaar niet door een burn-out en voelt zich somber. Hij voelt zich schuldig tegenover zijn gezin. Hij wil stap voor stap weer meedoen, eerst als vrijwilliger in de moskee en later op zijn werk.',
    links: [naaste('hanan', 'echtgenote'), naaste('imane', 'dochter'), pro('pieter', 'POH-GGZ'), pro('mehmet', 'GGZ-begeleider')],
  },
  {
    key: 'tess',
    firstName: 'Tess',
    lastName: 'Bijlsma',
    age: 4,
    birthday: '08-01',
    municipality: 'Veenwijk',
    street: 'Dorpsstraat 61',
    postcode: '8471 DB',
    story:
      'Tess woont bij haar moeder Romy, die twintig is en er grotendeels alleen voor staat. Tess gaat binnenkort naar de basisschool. Die overstap vraagt extra aandacht.',
    links: [rep('romy', 'moeder'), naaste('anneke', 'oma'), pro('eline', 'gezinscoach'), pro('lotte', 'POH-Jeugd')],
  },
  {
    key: 'kevin',
    firstName: 'Kevin',
    lastName: 'Lammers',
    age: 20,
    birthday: '04-04',
    municipality: 'Beekdal',
    // No fixed address: he sleeps at friends' places.
    street: null,
    postcode: null,
    account: 'kevin',
    story:
      'Kevin woonde tot zijn achttiende in een pleeggezin. Nu slaapt hij afwisselend bij vrienden en heeft hij geen vast adres. Hij wil een eigen kamer en een opleiding in de techniek.',
    links: [
      naaste('wilma', 'pleegmoeder'),
      naaste('jesse', 'vriend'),
      pro('fatima', 'maatschappelijk werker'),
      pro('marloes', 'woonconsulent'),
      volunteer('lisa', 'buddy'),
    ],
  },
];

/** The birth date that makes someone exactly `age` on `today`, with the given MM-DD birthday. */
export function birthDateFor(age: number, birthday: string, today: Date): string {
  // The Dutch calendar day, as ages are counted everywhere else (platform/access/decision-rule.ts).
  const [year, month, day] = todayInNl(today).split('-').map(Number) as [number, number, number];
  const [bMonth, bDay] = birthday.split('-').map(Number) as [number, number];
  const hadBirthday = month > bMonth || (month === bMonth && day >= bDay);
  return `${String(year - age - (hadBirthday ? 0 : 1)).padStart(4, '0')}-${birthday}`;
}
