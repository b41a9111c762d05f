import { describe, expect, it } from 'vitest';
import { identifyingWarnings } from './case-text-check.js';

const kinds = (text: string) => identifyingWarnings(text).map((w) => `${w.kind}:${w.match}`);

describe('identifying free text', () => {
  it('finds names, dates, postcodes, phone numbers, streets, e-mail and schools', () => {
    const found = kinds('Gesprek met Ahmed de Vries op 12-03-2024. Woont Kerkstraat 12, 7571 AB. Bel 06-12345678 of mail a.devries@mail.nl. Zit op basisschool De Regenboog.');
    expect(found).toEqual(
      expect.arrayContaining(['name:Ahmed de Vries', 'date:12-03-2024', 'street:Kerkstraat 12', 'postcode:7571 AB', 'phone:06-12345678', 'email:a.devries@mail.nl', 'school:basisschool De Regenboog']),
    );
  });

  it('finds written dates and school names on their own', () => {
    expect(kinds('Sinds 3 maart gaat hij niet meer naar het Twickelcollege.')).toEqual(expect.arrayContaining(['date:3 maart', 'school:Twickelcollege']));
  });

  it('stays quiet on an ordinary anonymous question', () => {
    expect(identifyingWarnings('Jongen van 14 gaat al weken niet naar school. Moeder maakt zich zorgen. Wie kan meedenken?')).toEqual([]);
  });

  it('does not take the first word of a sentence for a name', () => {
    expect(identifyingWarnings('Vader is vaak weg. Gezin heeft schulden.')).toEqual([]);
  });
});
