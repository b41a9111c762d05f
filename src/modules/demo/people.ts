import { DEMO_EMAIL_DOMAIN } from './organisations.js';
import type { DemoPerson } from './types.js';

/** Professionals: 15, spread over the eight organisations. */
export const DEMO_PROFESSIONALS: readonly DemoPerson[] = [
  { key: 'sanne', name: 'Sanne Verbeek', roles: ['professional'], organisation: 'wijkteam', jobTitle: 'wijkcoach', inTeam: true },
  { key: 'ruben', name: 'Ruben Hoekstra', roles: ['professional', 'teamleider'], organisation: 'wijkteam', jobTitle: 'teamleider wijkteam', inTeam: true },
  {
    key: 'fatima',
    name: 'Fatima El Amrani',
    roles: ['professional', 'netwerkvoorzitter'],
    organisation: 'wijkteam',
    jobTitle: 'maatschappelijk werker en voorzitter zorgnetwerk',
    inTeam: true,
  },
  { key: 'joost', name: 'Joost Brinkman', roles: ['professional'], organisation: 'jeugd', jobTitle: 'jeugdconsulent' },
  { key: 'eline', name: 'Eline Kuipers', roles: ['professional'], organisation: 'jeugd', jobTitle: 'gezinscoach' },
  { key: 'mehmet', name: 'Mehmet Yilmaz', roles: ['professional'], organisation: 'ggz', jobTitle: 'GGZ-begeleider' },
  { key: 'anouk', name: 'Anouk Terpstra', roles: ['professional'], organisation: 'ggz', jobTitle: 'sociaal-psychiatrisch verpleegkundige' },
  { key: 'lotte', name: 'Lotte Brandsma', roles: ['professional'], organisation: 'huisarts', jobTitle: 'POH-Jeugd' },
  { key: 'pieter', name: 'Pieter Hazelaar', roles: ['professional'], organisation: 'huisarts', jobTitle: 'POH-GGZ' },
  { key: 'ingrid', name: 'Ingrid Wolters', roles: ['professional'], organisation: 'school', jobTitle: 'intern begeleider' },
  { key: 'daan', name: 'Daan Vermeulen', roles: ['professional'], organisation: 'school', jobTitle: 'zorgcoördinator voortgezet onderwijs' },
  { key: 'noor', name: 'Noor Hendriks', roles: ['professional'], organisation: 'welzijn', jobTitle: 'sociaal werker' },
  { key: 'karin', name: 'Karin Oosting', roles: ['professional'], organisation: 'welzijn', jobTitle: 'ouderenadviseur' },
  { key: 'thijs', name: 'Thijs Dekker', roles: ['professional'], organisation: 'vrijwilligers', jobTitle: 'vrijwilligerscoördinator' },
  { key: 'marloes', name: 'Marloes Scholten', roles: ['professional'], organisation: 'wonen', jobTitle: 'woonconsulent' },
];

export const DEMO_STAFF: readonly DemoPerson[] = [
  { key: 'bram', name: 'Bram Koster', roles: ['beheerder'], jobTitle: 'functioneel beheerder' },
  { key: 'yara', name: 'Yara Blom', roles: ['beleidsadviseur'], jobTitle: 'beleidsadviseur sociaal domein' },
];

export const DEMO_VOLUNTEERS: readonly DemoPerson[] = [
  { key: 'gerrit', name: 'Gerrit Bakker', roles: ['vrijwilliger'], organisation: 'vrijwilligers', jobTitle: 'maatje' },
  { key: 'samira', name: 'Samira Bouzid', roles: ['vrijwilliger'], organisation: 'vrijwilligers', jobTitle: 'taalmaatje' },
  { key: 'wim', name: 'Wim Kooistra', roles: ['vrijwilliger'], organisation: 'vrijwilligers', jobTitle: 'bezoekvrijwilliger' },
  { key: 'lisa', name: 'Lisa Timmer', roles: ['vrijwilliger'], organisation: 'vrijwilligers', jobTitle: 'buddy voor jongeren' },
];

/**
 * Clients aged 12 or over with their own account (from 12 a client decides about consent together
 * with their parent). A parent who is a client as well also has the role
 * vertegenwoordiger for their child.
 */
export const DEMO_CLIENT_ACCOUNTS: readonly DemoPerson[] = [
  { key: 'kim', name: 'Kim Hofman', roles: ['client', 'vertegenwoordiger'] },
  { key: 'milan', name: 'Milan de Bruin', roles: ['client'] },
  { key: 'bas', name: 'Bas Verhoef', roles: ['client'] },
  { key: 'sem', name: 'Sem Huisman', roles: ['client'] },
  { key: 'esther', name: 'Esther Dijkhuis', roles: ['client', 'vertegenwoordiger'] },
  { key: 'rayan', name: 'Rayan El Idrissi', roles: ['client'] },
  { key: 'jasmijn', name: 'Jasmijn Vonk', roles: ['client'] },
  { key: 'youssef', name: 'Youssef Tahiri', roles: ['client'] },
  { key: 'kevin', name: 'Kevin Lammers', roles: ['client'] },
];

const naaste = (key: string, name: string): DemoPerson => ({ key, name, roles: ['naaste'] });
const representative = (key: string, name: string): DemoPerson => ({ key, name, roles: ['vertegenwoordiger'] });

/** Family, friends and neighbours; parents of minors and the mentor are vertegenwoordiger. */
export const DEMO_RELATIVES: readonly DemoPerson[] = [
  naaste('monique', 'Monique Zandbergen'),
  naaste('els', 'Els Tromp'),
  representative('sandra', 'Sandra de Bruin'),
  representative('erik', 'Erik de Bruin'),
  naaste('jessica', 'Jessica Hofman'),
  naaste('priya', 'Priya Ramdin'),
  naaste('joke', 'Joke Hofman'),
  naaste('anja', 'Anja Verhoef'),
  naaste('niels', 'Niels Verhoef'),
  naaste('tim', 'Tim Ras'),
  representative('hans', 'Hans Hoogkamp'),
  representative('ria', 'Ria Mulder'),
  naaste('greet', 'Greet Dorenbos'),
  naaste('peter', 'Peter van Leeuwen'),
  naaste('ahmed', 'Ahmed Benali'),
  representative('emre', 'Emre Aydin'),
  representative('zeynep', 'Zeynep Aydin'),
  representative('petra', 'Petra Huisman'),
  naaste('cor', 'Cor Huisman'),
  naaste('linda', 'Linda Smeets'),
  naaste('marco', 'Marco Geurts'),
  { key: 'dennis', name: 'Dennis Dijkhuis', roles: ['naaste', 'vertegenwoordiger'] },
  naaste('gerda', 'Gerda Brouwer'),
  representative('marieke', 'Marieke Peeters'),
  representative('rob', 'Rob Peeters'),
  representative('latifa', 'Latifa El Idrissi'),
  naaste('karim', 'Karim El Idrissi'),
  naaste('tineke', 'Tineke Stoker'),
  naaste('sophie', 'Sophie Wessels'),
  naaste('kees', 'Kees Veldkamp'),
  naaste('saskia', 'Saskia Veldkamp'),
  naaste('hanneke', 'Hanneke Vonk'),
  naaste('iris', 'Iris Mol'),
  naaste('hanan', 'Hanan Tahiri'),
  naaste('imane', 'Imane Tahiri'),
  representative('romy', 'Romy Bijlsma'),
  naaste('anneke', 'Anneke Bijlsma'),
  naaste('wilma', 'Wilma de Groot'),
  naaste('jesse', 'Jesse Kroeze'),
];

export const DEMO_PEOPLE: readonly DemoPerson[] = [
  ...DEMO_STAFF,
  ...DEMO_PROFESSIONALS,
  ...DEMO_VOLUNTEERS,
  ...DEMO_CLIENT_ACCOUNTS,
  ...DEMO_RELATIVES,
];

/** "Truus van Leeuwen" → truus.van.leeuwen@voorbeeld.test */
export function demoEmail(name: string): string {
  const local = name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '.')
    .replace(/^\.|\.$/g, '');
  return `${local}@${DEMO_EMAIL_DOMAIN}`;
}

export function demoPerson(key: string): DemoPerson {
  const p = DEMO_PEOPLE.find((x) => x.key === key);
  if (!p) throw new Error(`demo data refers to unknown person "${key}"`);
  return p;
}
