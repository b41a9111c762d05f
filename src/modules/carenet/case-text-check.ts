// No imports: the registration form runs this while the member types, the API runs it on save.

/** What in a free text may give away who a case is about. */
export const IDENTIFYING_HINTS = ['name', 'date', 'postcode', 'phone', 'email', 'street', 'school'] as const;
export type IdentifyingHint = (typeof IDENTIFYING_HINTS)[number];

export interface TextWarning {
  kind: IdentifyingHint;
  match: string;
}

// Capitalised words that are ordinary in a case question, so they are no sign of a name.
const COMMON = new Set(
  [
    'de', 'het', 'een', 'hij', 'zij', 'ze', 'wij', 'we', 'ik', 'jij', 'u', 'moeder', 'vader', 'ouders', 'ouder', 'oma', 'opa', 'broer', 'zus', 'kind', 'jongen', 'meisje',
    'gezin', 'school', 'er', 'is', 'wat', 'wie', 'hoe', 'waar', 'wanneer', 'welke', 'kunnen', 'kan', 'moet', 'mag', 'in', 'op', 'bij', 'met', 'na', 'sinds', 'vanaf', 'over',
    'januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december',
    'maandag', 'dinsdag', 'woensdag', 'donderdag', 'vrijdag', 'zaterdag', 'zondag', 'veilig', 'thuis', 'nederland', 'nederlands', 'geen', 'ook', 'dit', 'dat', 'deze', 'die',
    'vraag', 'zorg', 'zorgen', 'wijkteam', 'jeugdzorg', 'politie', 'huisarts', 'leerplicht', 'netwerk', 'casus', 'mdo', 'en', 'of', 'maar', 'want', 'dus', 'als', 'toen',
  ].map((w) => w.toLowerCase()),
);

const MONTHS = 'januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december|jan|feb|mrt|apr|jun|jul|aug|sep|sept|okt|nov|dec';
const PATTERNS: readonly { kind: IdentifyingHint; re: RegExp }[] = [
  { kind: 'email', re: /[\w.+-]+@[\w-]+(\.[\w-]+)+/g },
  { kind: 'postcode', re: /\b[1-9]\d{3}\s?(?!SA|SD|SS)[A-Z]{2}\b/g },
  { kind: 'phone', re: /(?:\+31|0031|\b0)[\s-]?(?:6|[1-9]\d{1,2})[\s-]?\d{2,4}[\s-]?\d{2,4}(?:[\s-]?\d{2,4})?\b/g },
  { kind: 'date', re: new RegExp(String.raw`\b\d{1,2}[-/.]\d{1,2}[-/.](?:\d{4}|\d{2})\b|\b\d{1,2}\s+(?:${MONTHS})\.?(?:\s+\d{4})?\b|\b(?:19|20)\d{2}-\d{2}-\d{2}\b`, 'gi') },
  { kind: 'street', re: /\b[\p{L}-]+(?:straat|laan|weg|plein|singel|gracht|dijk|kade|hof|steeg|dreef|pad|park|markt)\s+\d+[a-z]?\b/giu },
  {
    kind: 'school',
    re: /\b(?:(?:basis|middelbare|brede|openbare)?school|obs|cbs|rkbs|sbo|so|vso|college|lyceum|gymnasium|atheneum|kindcentrum|ikc)\s+(?:[Dd]e\s+|[Hh]et\s+|'t\s+)?\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*)*|\b\p{Lu}[\p{L}-]*(?:school|college|lyceum)\b/gu,
  },
];

/**
 * Warns about things in a free text that may identify a person: capitalised words that look like
 * names, dates, postcodes, phone numbers, addresses and school names. A warning, not a block: the
 * member reads the text again before saving ("in een kleine plaats herkent men een gezin snel").
 */
export function identifyingWarnings(text: string): TextWarning[] {
  const found: TextWarning[] = [];
  const seen = new Set<string>();
  const add = (kind: IdentifyingHint, match: string) => {
    const key = `${kind}:${match.toLowerCase()}`;
    if (seen.has(key)) return;
    seen.add(key);
    found.push({ kind, match });
  };
  const covered: [number, number][] = [];
  for (const { kind, re } of PATTERNS) {
    for (const m of text.matchAll(re)) {
      add(kind, m[0].trim());
      covered.push([m.index, m.index + m[0].length]);
    }
  }
  // A capitalised word that does not open a sentence is likely a name ("gesprek met Ahmed").
  for (const m of text.matchAll(/\p{Lu}[\p{Ll}'-]+(?:\s+(?:van|de|der|den|te|ter)\s+\p{Lu}[\p{Ll}'-]+|\s+\p{Lu}[\p{Ll}'-]+)*/gu)) {
    const start = m.index;
    const end = start + m[0].length;
    if (covered.some(([a, b]) => start < b && end > a)) continue;
    const before = text.slice(0, start).trimEnd();
    const opensSentence = before === '' || /[.!?:;\n"(]$/.test(before);
    const first = m[0].split(/\s+/)[0]!.toLowerCase();
    if (COMMON.has(first) && !m[0].includes(' ')) continue;
    if (opensSentence && !m[0].includes(' ')) continue;
    add('name', m[0]);
  }
  return found;
}
