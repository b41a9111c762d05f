import { describe, expect, it } from 'vitest';
import { formatCalendarDate, groupInFours, safeReturnPath } from './format';

describe('format helpers', () => {
  it('groups a TOTP secret in fours', () => {
    expect(groupInFours('JBSWY3DPEHPK3PXP')).toBe('JBSW Y3DP EHPK 3PXP');
    expect(groupInFours('ab cd ef')).toBe('abcd ef');
  });

  it('formats a birth date without time zone shifts', () => {
    expect(formatCalendarDate('2012-01-01', 'nl')).toBe('1 januari 2012');
    expect(formatCalendarDate('not a date', 'nl')).toBe('not a date');
  });

  it('only accepts return paths inside the app', () => {
    expect(safeReturnPath('/clienten/1?x=2')).toBe('/clienten/1?x=2');
    expect(safeReturnPath('//evil.example')).toBeNull();
    expect(safeReturnPath('/\\evil.example')).toBeNull();
    expect(safeReturnPath('https://evil.example')).toBeNull();
    expect(safeReturnPath(null)).toBeNull();
  });
});
