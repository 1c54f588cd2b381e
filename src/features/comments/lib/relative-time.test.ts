import { describe, expect, it } from 'vitest';
import { formatFullDate, formatRelative } from './relative-time';

describe('comment times', () => {
  const now = new Date('2026-01-01T10:05:00Z');

  it('says how long ago, in words', () => {
    expect(formatRelative('2026-01-01T10:04:40Z', now)).toBe('just now');
    expect(formatRelative('2026-01-01T10:00:00Z', now)).toBe('5 minutes ago');
    expect(formatRelative('2025-12-31T10:05:00Z', now)).toBe('yesterday');
  });

  it("gives the full date in the reader's zone, and back what it cannot read", () => {
    const iso = '2026-01-01T10:00:00Z';
    const intl = new Intl.DateTimeFormat('en-GB', { dateStyle: 'full', timeStyle: 'short' });
    expect(formatFullDate(iso)).toBe(intl.format(new Date(iso)));
    expect(formatFullDate(iso)).toBe(intl.format(new Date(iso))); // the formatter, made once, is reused
    expect(formatFullDate('later')).toBe('later');
  });
});
