import type { DemoOrganisation } from './types.js';

/** Everything in the demo region is invented: towns, organisations, streets and people. */
export const DEMO_REGION = { slug: 'voorbeeld', name: 'Regio Voorbeeld' } as const;

export const DEMO_EMAIL_DOMAIN = 'voorbeeld.test';

export const DEMO_MUNICIPALITIES = ['Beekdal', 'Heuvelstad', 'Veenwijk'] as const;

export const DEMO_TEAM = { organisation: 'wijkteam', name: 'Team Beekdal-Noord' } as const;

export const DEMO_ORGANISATIONS: readonly DemoOrganisation[] = [
  { key: 'wijkteam', name: 'Wijkteam Beekdal', kind: 'wijkteam', municipality: 'Beekdal' },
  { key: 'ggz', name: 'GGZ Heuvelstad', kind: 'ggz', municipality: 'Heuvelstad' },
  { key: 'jeugd', name: 'Jeugdhulp Veenwijk', kind: 'jeugdzorg', municipality: 'Veenwijk' },
  { key: 'welzijn', name: 'Stichting Welzijn Heuvelstad', kind: 'welzijn', municipality: 'Heuvelstad' },
  { key: 'school', name: 'Scholengroep Veenwijk', kind: 'school', municipality: 'Veenwijk' },
  { key: 'huisarts', name: 'Huisartsenpraktijk Beekdal-Oost', kind: 'huisarts', municipality: 'Beekdal' },
  { key: 'vrijwilligers', name: 'Vrijwilligerscentrale Voorbeeld', kind: 'vrijwilligerscentrale', municipality: 'Heuvelstad' },
  { key: 'wonen', name: 'Woonstichting Veenwijk', kind: 'woningcorporatie', municipality: 'Veenwijk' },
];
