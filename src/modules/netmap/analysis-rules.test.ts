import { describe, expect, it } from 'vitest';
import { analyse, balanceOf, type AnalysisPerson } from './analysis-rules.js';

let n = 0;
const p = (over: Partial<AnalysisPerson>): AnalysisPerson => ({
  id: `p${++n}`,
  displayName: `Persoon ${n}`,
  relation: 'vriend',
  sector: 'vrienden',
  closeness: 'dichtbij',
  quality: 'steunend',
  supportGiven: [],
  supportReceived: [],
  paid: false,
  status: 'actief',
  deceased: false,
  linkId: null,
  ...over,
});

describe('network analysis rules', () => {
  it('says how to start when nobody is on the map', () => {
    const a = analyse([], null);
    expect(a).toMatchObject({ onMap: 0, size: 0, sectorsCovered: 0, flags: [] });
    expect(a.sentences[0]!.nl).toContain('Er staat nog niemand op de netwerkkaart');
  });

  it('counts only current, living contacts in size, domains and paid share', () => {
    const a = analyse(
      [
        p({ sector: 'familie' }),
        p({ sector: 'familie', deceased: true }),
        p({ sector: 'buurt', status: 'contact-kwijt' }),
        p({ sector: 'zorg', paid: true }),
        p({ sector: 'zorg', paid: true }),
        p({ sector: 'zorg', paid: true, status: 'nu-niet-helpend' }),
      ],
      null,
    );
    expect(a).toMatchObject({ onMap: 5, size: 4, lostContact: 1, sectorsCovered: 2, paid: { paid: 3, unpaid: 1, mostlyPaid: true } });
    expect(a.missingSectors).toEqual(['vrienden', 'buurt', 'school-werk', 'vrije-tijd']);
    expect(a.flags.map((f) => f.kind)).toEqual(['vooral-betaald', 'klein-netwerk']);
    expect(a.sentences.map((s) => s.nl)).toEqual(
      expect.arrayContaining([
        '4 mensen horen nu bij het netwerk.',
        'Dat is een klein netwerk.',
        'Ze komen uit 2 van de 6 levensgebieden.',
        'Nog niemand bij: vrienden, buurt, school of werk en vrije tijd.',
        'Vooral professionals om je heen: 3 van de 4 mensen krijgen betaald voor hun hulp.',
        'De taken uit het plan tellen hier niet mee: je kunt het plan niet zien.',
      ]),
    );
  });

  it('weighs reciprocity in the unpaid network only', () => {
    expect(balanceOf(0, 0)).toBe('geen');
    expect(balanceOf(5, 2)).toBe('ontvangt-vooral');
    expect(balanceOf(4, 2)).toBe('in-evenwicht');
    expect(balanceOf(2, 5)).toBe('geeft-vooral');
    const a = analyse([p({ supportGiven: ['praktisch'], supportReceived: ['gezelschap'] }), p({ paid: true, supportGiven: ['begeleiding', 'informatie', 'praktisch'] })], null);
    expect(a.reciprocity).toEqual({ given: 1, received: 1, balance: 'in-evenwicht' });
  });

  it('flags one unpaid person giving more than half of all support, from three functions on', () => {
    const heavy = p({ displayName: 'Anna', supportGiven: ['emotioneel', 'praktisch', 'gezelschap'] });
    const a = analyse([heavy, p({ supportGiven: ['informatie'] }), p({ supportGiven: ['praktisch'] })], null);
    expect(a.supportLoad).toEqual({ total: 5, top: { personId: heavy.id, name: 'Anna', gives: 3, overloaded: true } });
    expect(a.flags).toContainEqual({ kind: 'overbelast-steun', personId: heavy.id, linkId: null, name: 'Anna' });
    // Exactly half is not more than half; two functions are too few to call it overload.
    expect(analyse([p({ supportGiven: ['emotioneel', 'praktisch', 'gezelschap'] }), p({ supportGiven: ['informatie', 'praktisch', 'begeleiding'] })], null).supportLoad.top?.overloaded).toBe(false);
    expect(analyse([p({ supportGiven: ['emotioneel', 'praktisch'] })], null).supportLoad.top?.overloaded).toBe(false);
  });

  it('flags a naaste carrying most running tasks with the plan rule, never a professional', () => {
    const daughter = p({ displayName: 'Monique', linkId: 'l-monique' });
    const a = analyse([daughter], {
      total: 9,
      clientCarries: 1,
      carriers: [
        { linkId: 'l-monique', name: 'Monique Zandbergen (dochter)', relation: 'naaste', carries: 5 },
        { linkId: 'l-els', name: 'Els Tromp (buurvrouw)', relation: 'naaste', carries: 1 },
        { linkId: 'l-karin', name: 'Karin Oosting (ouderenadviseur)', relation: 'professional', carries: 1 },
      ],
    });
    expect(a.tasks!.carriers.map((c) => [c.name, c.carries, c.overloaded, c.personId])).toEqual([
      ['Monique Zandbergen (dochter)', 5, true, daughter.id],
      ['Els Tromp (buurvrouw)', 1, false, null],
      ['Karin Oosting (ouderenadviseur)', 1, false, null],
    ]);
    expect(a.flags).toContainEqual({ kind: 'overbelast-taken', personId: daughter.id, linkId: 'l-monique', name: 'Monique Zandbergen (dochter)' });
    expect(a.sentences.map((s) => s.nl)).toContain('Let op: Monique Zandbergen (dochter) doet 5 van de 9 taken in het plan. Dat is veel voor één persoon. Vraag of het niet te veel wordt.');
    const pro = analyse([], { total: 4, clientCarries: 0, carriers: [{ linkId: 'l-k', name: 'Karin', relation: 'professional', carries: 4 }] });
    expect(pro.flags).toEqual([]);
  });

  it('lists people the client wants to get back in touch with', () => {
    const a = analyse([p({ displayName: 'Tante Ria', status: 'wil-herstellen', relation: 'tante', sector: 'familie' }), p({ displayName: 'Kees', status: 'wil-herstellen' }), p({})], null);
    expect(a.restore.map((r) => r.name)).toEqual(['Tante Ria', 'Kees']);
    expect(a.sentences.map((s) => s.nl)).toContain('2 mensen om weer contact mee te zoeken: Tante Ria en Kees.');
    expect(a.sentences.map((s) => s.en)).toContain('2 people to get back in touch with: Tante Ria and Kees.');
  });
});
