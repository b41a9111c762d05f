import type { Role } from '../accounts/schema.js';
import { demoEmail, demoPerson } from './people.js';
import type { DemoLogin } from './types.js';

/**
 * One shared password for every demo account: the demo is for trying things out, never for real
 * data. It passes the password policy (12+ characters, zxcvbn score 3+).
 */
export const DEMO_PASSWORD = 'Samen-Spel-Demo-2026';

const login = (role: Role, label: string, key: string): DemoLogin => {
  const person = demoPerson(key);
  return { role, label, name: person.name, email: demoEmail(person.name), password: DEMO_PASSWORD };
};

/** The log-ins the README and the first start show; one per kind of user. */
export const DEMO_LOGINS: readonly DemoLogin[] = [
  login('beheerder', 'beheerder', 'bram'),
  login('professional', 'wijkcoach', 'sanne'),
  login('teamleider', 'teamleider wijkteam', 'ruben'),
  login('professional', 'ouderenadviseur (regisseur van Henk)', 'karin'),
  login('professional', 'vrijwilligerscoördinator', 'thijs'),
  login('client', 'cliënt (Kim Hofman)', 'kim'),
  login('client', 'cliënt van 14 (Milan de Bruin)', 'milan'),
  login('naaste', 'naaste (zus van Kim)', 'jessica'),
  login('naaste', 'naaste (dochter van Henk)', 'monique'),
  login('vertegenwoordiger', 'vertegenwoordiger (moeder van Milan)', 'sandra'),
  login('vertegenwoordiger', 'curator (van Henk Zandbergen, 81)', 'ria'),
  login('vrijwilliger', 'vrijwilliger (bezoekvrijwilliger)', 'wim'),
  login('beleidsadviseur', 'beleidsadviseur', 'yara'),
  login('netwerkvoorzitter', 'voorzitter van zorgnetwerken (12-18 en 18+)', 'fatima'),
  login('professional', 'secretaris van Netwerk 12-18', 'noor'),
  login('professional', 'jeugdconsulent in Netwerk 12-18', 'joost'),
  login('professional', 'GGZ-begeleider (een warme overdracht wacht)', 'mehmet'),
];
