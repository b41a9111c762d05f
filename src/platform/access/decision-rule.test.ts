import { describe, expect, it } from 'vitest';
import { ageOnDay, deciderParty, decisionRule, partiesFor, todayInNl } from './decision-rule.js';
import { decide } from './rules.js';

describe('who decides', () => {
  it('follows age and capacity, turning on the birthday itself', () => {
    expect(decisionRule('2014-11-23', 'able', '2026-11-22')).toBe('representative'); // 11, turns 12 tomorrow
    expect(decisionRule('2014-11-22', 'able', '2026-11-22')).toBe('both'); // 12 today
    expect(decisionRule('2010-11-23', 'able', '2026-11-22')).toBe('both'); // 15
    expect(decisionRule('2010-11-22', 'able', '2026-11-22')).toBe('client'); // 16 today: the representative loses the say today
    expect(decisionRule('1950-01-01', 'unable', '2026-11-22')).toBe('representative');
    expect(decisionRule('2012-01-01', 'unable', '2026-11-22')).toBe('both');
  });

  it('counts a 29 February birthday on 28 February in common years', () => {
    expect(ageOnDay('2008-02-29', '2024-02-28')).toBe(15);
    expect(ageOnDay('2008-02-29', '2024-02-29')).toBe(16);
  });

  it('uses the Dutch calendar day, not UTC', () => {
    expect(todayInNl(new Date('2026-11-22T23:30:00Z'))).toBe('2026-11-23');
    expect(todayInNl(new Date('2026-07-01T21:59:00Z'))).toBe('2026-07-01');
    expect(todayInNl(new Date('2026-07-01T22:00:00Z'))).toBe('2026-07-02');
  });

  it('gives each rule its parties and each relation its say', () => {
    expect(partiesFor('both')).toEqual(['client', 'vertegenwoordiger']);
    expect(deciderParty('self', 'representative')).toBeNull();
    expect(deciderParty('self', 'both')).toBe('client');
    expect(deciderParty('vertegenwoordiger', 'client')).toBeNull();
    expect(deciderParty('vertegenwoordiger', 'representative')).toBe('vertegenwoordiger');
    expect(deciderParty('professional', 'representative')).toBeNull();
  });
});

describe('decide', () => {
  const facts = { relation: 'professional' as const, decides: false, level: 'none' as const, exceptionId: null };

  it('lets a safety exception open read and share for a professional only, flagged', () => {
    const withException = { ...facts, exceptionId: '00000000-0000-4000-8000-000000000001' };
    expect(decide(withException, 'read')).toEqual({ allowed: true, exceptionId: withException.exceptionId });
    expect(decide(withException, 'share')).toEqual({ allowed: true, exceptionId: withException.exceptionId });
    expect(decide(withException, 'update')).toEqual({ allowed: false });
    expect(decide(withException, 'export')).toEqual({ allowed: false });
    expect(decide({ ...withException, relation: 'naaste' }, 'read')).toEqual({ allowed: false });
  });

  it('prefers consent over an exception, so consented reads are not flagged', () => {
    expect(decide({ ...facts, level: 'read', exceptionId: '00000000-0000-4000-8000-000000000001' }, 'read')).toEqual({ allowed: true, exceptionId: null });
  });
});
