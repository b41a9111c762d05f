/**
 * A signal is about a neighbourhood, a school or a gap in provision, never about a person. This
 * detector looks for what would make a person findable:
 *
 * - sure finds, always refused (422): e-mail addresses, phone numbers, a nine-digit number (BSN),
 *   a postcode, a street with a house number, a full date (day, month and year) or "geboren";
 * - likely names, refused unless the author confirms it is not a person (a warning, 422 on the
 *   field `confirmNoPersonalData`): "mevrouw Jansen", "fam. Bakker", or two capitalised words in a
 *   row such as "Kees Jansen" or "Jan de Vries" (also place and organisation names, hence a warning).
 */

export type FindingKind = 'email' | 'phone' | 'bsn' | 'postcode' | 'address' | 'date' | 'name';

export interface Finding {
  kind: FindingKind;
  match: string;
}

const MONTHS = 'januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december|jan|feb|mrt|apr|jun|jul|aug|sep|sept|okt|nov|dec';
const STREETS = 'straat|laan|weg|plein|singel|gracht|kade|hof|dijk|steeg|pad|dreef|park|ring|markt|erf|veld|lei|baan|es';

const SURE: { kind: FindingKind; re: RegExp }[] = [
  { kind: 'email', re: /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/g },
  { kind: 'phone', re: /(?:\+31|0031|\b0)[\s-]?(?:\d[\s-]?){8}\d\b/g },
  { kind: 'bsn', re: /\b\d{9}\b/g },
  { kind: 'postcode', re: /\b[1-9]\d{3}\s?[A-Z]{2}\b/g },
  { kind: 'address', re: new RegExp(`\\b[A-Z][\\p{L}-]*(?:${STREETS})\\s+\\d+\\s?[a-zA-Z]?\\b`, 'gu') },
  { kind: 'date', re: /\b(?:0?[1-9]|[12]\d|3[01])[-/.](?:0?[1-9]|1[0-2])[-/.](?:19|20)?\d{2}\b/g },
  { kind: 'date', re: /\b(?:19|20)\d{2}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])\b/g },
  { kind: 'date', re: new RegExp(`\\b(?:0?[1-9]|[12]\\d|3[01])\\s+(?:${MONTHS})\\.?\\s+(?:19|20)\\d{2}\\b`, 'gi') },
  { kind: 'date', re: /\bgeb(?:oren|\.)\s/gi },
];

const HONORIFIC = /\b(?:meneer|mevrouw|mevr\.?|mw\.?|dhr\.?|de heer|familie|fam\.?|juffrouw|juf|meester)\s+(?:van\s+|de\s+|der\s+|den\s+)*\p{Lu}[\p{L}'-]+/giu;
const PARTICLES = '(?:(?:van|de|der|den|ter|te|ten|el|al|bin)\\s+){0,3}';
const TWO_CAPS = new RegExp(`\\b\\p{Lu}[\\p{Ll}'-]+\\s+${PARTICLES}\\p{Lu}[\\p{Ll}'-]+`, 'gu');
/** Capitalised words that start a sentence or name a group, not a person. */
const NOT_A_FIRST_NAME = new Set(
  'De Het Een In Op Bij Sinds Er We Wij Ze Zij Veel Steeds Op Rond Bij Na Voor Na Tijdens Ook Meer Minder Geen Alle Vooral Vaak Soms Jongeren Ouders Kinderen Scholen School Buurt Wijk Gemeente Netwerk Basisschool Middelbare Dit Deze Die Dat Hier Daar Wat Wie Waar Hoe Als Omdat Maar En Of Want Dus Toch Nog Al Wel Niet Januari Februari Maart April Mei Juni Juli Augustus September Oktober November December Maandag Dinsdag Woensdag Donderdag Vrijdag Zaterdag Zondag'.split(' '),
);

function collect(text: string, re: RegExp, kind: FindingKind, out: Finding[]): void {
  for (const m of text.matchAll(re)) out.push({ kind, match: m[0].trim() });
}

/** What in these texts looks like personal data: `sure` is refused, `likely` needs the author's confirmation. */
export function detectPersonalData(...texts: (string | null | undefined)[]): { sure: Finding[]; likely: Finding[] } {
  const sure: Finding[] = [];
  const likely: Finding[] = [];
  for (const text of texts) {
    if (!text) continue;
    for (const { kind, re } of SURE) collect(text, re, kind, sure);
    collect(text, HONORIFIC, 'name', likely);
    for (const m of text.matchAll(TWO_CAPS)) {
      const first = m[0].split(/\s+/)[0] ?? '';
      if (!NOT_A_FIRST_NAME.has(first)) likely.push({ kind: 'name', match: m[0] });
    }
  }
  return { sure, likely };
}

export const FINDING_WORDS: Record<FindingKind, { nl: string; en: string }> = {
  email: { nl: 'een e-mailadres', en: 'an e-mail address' },
  phone: { nl: 'een telefoonnummer', en: 'a phone number' },
  bsn: { nl: 'een burgerservicenummer', en: 'a citizen service number' },
  postcode: { nl: 'een postcode', en: 'a postcode' },
  address: { nl: 'een adres', en: 'an address' },
  date: { nl: 'een geboortedatum of volledige datum', en: 'a date of birth or full date' },
  name: { nl: 'een naam', en: 'a name' },
};
