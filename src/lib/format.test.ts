import { describe, expect, it } from 'vitest';
import { formatCompactNumber, formatDate, formatNumber, formatPercentChange, formatPeriod, formatSignedNumber } from './format';

// Intl uses no-break spaces as Swedish thousands separators; compare with plain spaces.
const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');

describe('Swedish formats', () => {
  it('formats dates, numbers, changes and percentages', () => {
    expect(formatDate('2026-11-28T10:00:00+01:00')).toBe('28 november 2026');
    expect(plain(formatNumber(1234))).toBe('1 234');
    expect(plain(formatSignedNumber(277))).toBe('+277');
    expect(plain(formatSignedNumber(-6263))).toBe('−6 263');
    expect(plain(formatPercentChange(277 / 563))).toBe('+49 %');
    expect(plain(formatCompactNumber(400_000))).toBe('400 tn');
    expect(plain(formatCompactNumber(1_000))).toBe('1 000');
  });

  it('formats statistics periods', () => {
    expect(formatPeriod('2017')).toBe('2017');
    expect(formatPeriod('2019-Q3')).toBe('kv. 3 2019');
    expect(formatPeriod('2019-Q3', true)).toBe('K3 19');
    expect(formatPeriod('2021-03')).toBe('mars 2021');
  });
});
