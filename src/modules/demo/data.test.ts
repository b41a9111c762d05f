import { describe, expect, it } from 'vitest';
import { checkPasswordPolicy } from '../auth/passwords.js';
import { ageOn } from '../clients/model.js';
import { DEMO_ACCESS_HISTORY } from './access-history.js';
import { birthDateFor, DEMO_CLIENTS } from './clients.js';
import { DEMO_LOGINS, DEMO_PASSWORD } from './logins.js';
import { DEMO_ORGANISATIONS } from './organisations.js';
import { DEMO_PEOPLE, DEMO_PROFESSIONALS, demoEmail, demoPerson } from './people.js';

describe('demo data', () => {
  it('uses unique keys and e-mail addresses', () => {
    const keys = DEMO_PEOPLE.map((p) => p.key);
    expect(new Set(keys).size).toBe(keys.length);
    const emails = DEMO_PEOPLE.map((p) => demoEmail(p.name));
    expect(new Set(emails).size).toBe(emails.length);
    expect(emails.every((e) => /^[a-z0-9.]+@voorbeeld\.test$/.test(e))).toBe(true);
  });

  it('refers only to known people and organisations', () => {
    const orgs = new Set(DEMO_ORGANISATIONS.map((o) => o.key));
    for (const p of DEMO_PEOPLE) if (p.organisation) expect(orgs.has(p.organisation), p.key).toBe(true);
    for (const c of DEMO_CLIENTS) {
      for (const l of c.links) expect(() => demoPerson(l.person)).not.toThrow();
      if (c.account) expect(demoPerson(c.account).roles).toContain('client');
    }
    for (const a of DEMO_ACCESS_HISTORY) {
      expect(() => demoPerson(a.actor)).not.toThrow();
      expect(DEMO_CLIENTS.some((c) => c.key === a.client)).toBe(true);
    }
  });

  it('links people in a relation their role allows', () => {
    for (const c of DEMO_CLIENTS) {
      for (const l of c.links) {
        const roles = demoPerson(l.person).roles;
        const needed = l.relation === 'vrijwilliger' ? 'vrijwilliger' : l.relation;
        expect(roles, `${c.key} → ${l.person}`).toContain(needed);
      }
    }
  });

  it('has 15 professionals with job titles and 20 clients', () => {
    expect(DEMO_PROFESSIONALS).toHaveLength(15);
    expect(DEMO_PROFESSIONALS.every((p) => p.jobTitle && p.organisation)).toBe(true);
    expect(DEMO_CLIENTS).toHaveLength(20);
    expect(new Set(DEMO_ORGANISATIONS.map((o) => o.kind)).size).toBe(8);
  });

  it('derives birth dates that give exactly the intended age', () => {
    for (const today of [new Date('2026-01-01T12:00:00Z'), new Date('2026-06-21T12:00:00Z'), new Date('2031-12-31T12:00:00Z')]) {
      for (const c of DEMO_CLIENTS) expect(ageOn(birthDateFor(c.age, c.birthday, today), today), c.key).toBe(c.age);
    }
  });

  it('lists log-ins that exist in the data', () => {
    for (const l of DEMO_LOGINS) {
      const person = DEMO_PEOPLE.find((p) => demoEmail(p.name) === l.email);
      expect(person?.roles, l.email).toContain(l.role);
    }
  });

  it('uses a demo password that passes the password policy for every account', () => {
    for (const p of DEMO_PEOPLE) expect(() => checkPasswordPolicy(DEMO_PASSWORD, 'password', [demoEmail(p.name), p.name])).not.toThrow();
  });
});
