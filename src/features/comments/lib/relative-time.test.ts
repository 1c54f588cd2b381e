import { afterEach, describe, expect, it, vi } from 'vitest';
import { formatFullDate, formatRelative, UNITS } from './relative-time';

/** What the thread showed when it used Intl (the same units, Intl's words): the reference the written-out times must match. */
function intlRelative(iso: string, now: Date): string {
  const seconds = Math.round((Date.parse(iso) - now.getTime()) / 1000);
  if (Math.abs(seconds) < 45) return 'just now';
  const format = new Intl.RelativeTimeFormat('en', { numeric: 'auto' });
  for (const [unit, size] of UNITS)
    if (Math.abs(seconds) >= size) return format.format(Math.round(seconds / size), unit);
  return format.format(Math.round(seconds / 60) || (seconds < 0 ? -1 : 1), 'minute');
}

describe('comment times', () => {
  const now = new Date('2026-01-01T10:05:00Z');
  afterEach(() => vi.restoreAllMocks());

  it('says how long ago, in words', () => {
    expect(formatRelative('2026-01-01T10:04:40Z', now)).toBe('just now');
    expect(formatRelative('2026-01-01T10:04:10Z', now)).toBe('1 minute ago');
    expect(formatRelative('2026-01-01T10:00:00Z', now)).toBe('5 minutes ago');
    expect(formatRelative('2026-01-01T09:05:00Z', now)).toBe('1 hour ago');
    expect(formatRelative('2025-12-31T10:05:00Z', now)).toBe('yesterday');
    expect(formatRelative('2025-12-25T10:05:00Z', now)).toBe('last week');
    expect(formatRelative('2025-12-01T10:05:00Z', now)).toBe('last month');
    expect(formatRelative('2023-01-01T10:05:00Z', now)).toBe('3 years ago');
  });

  it('says how far ahead for a time after now (a clock set back since)', () => {
    expect(formatRelative('2026-01-01T12:05:00Z', now)).toBe('in 2 hours');
    expect(formatRelative('2026-01-02T10:05:00Z', now)).toBe('tomorrow');
    expect(formatRelative('2026-01-01T10:06:00Z', now)).toBe('in 1 minute');
  });

  it('says what Intl.RelativeTimeFormat said, from seconds to a century either way', () => {
    const offsets: number[] = [];
    for (let s = 30; s < 100 * 365 * 24 * 3600; s = Math.ceil(s * 1.07)) offsets.push(s, -s);
    for (const size of [60, 3600, 86_400, 604_800, 2_592_000, 31_536_000])
      for (const k of [0.5, 1, 1.49, 1.5, 2, 2.5]) offsets.push(Math.round(size * k), -Math.round(size * k));
    for (const s of offsets) {
      const iso = new Date(now.getTime() + s * 1000).toISOString();
      expect(formatRelative(iso, now), `${s} s`).toBe(intlRelative(iso, now));
    }
  });

  it("gives the full date in the reader's zone as Intl's en-GB full date and short time did", () => {
    const intl = new Intl.DateTimeFormat('en-GB', { dateStyle: 'full', timeStyle: 'short' });
    expect(formatFullDate('2026-01-01T10:00:00Z')).toBe(intl.format(new Date('2026-01-01T10:00:00Z')));
    // Every 7 h 13 min over two years: each weekday, month, hour and a spread of minutes.
    for (let t = Date.parse('2025-01-01T00:00:00Z'); t < Date.parse('2027-01-01T00:00:00Z'); t += 433 * 60_000) {
      const iso = new Date(t).toISOString();
      expect(formatFullDate(iso)).toBe(intl.format(new Date(t)));
    }
  });

  it('gives back what it cannot read', () => {
    expect(formatFullDate('later')).toBe('later');
  });

  it('makes no Intl formatter: the first one would load ICU as the first comment appears', async () => {
    const relative = vi.spyOn(Intl, 'RelativeTimeFormat');
    const dates = vi.spyOn(Intl, 'DateTimeFormat');
    vi.resetModules(); // a fresh copy of the module, with nothing made by the tests above
    const fresh = await import('./relative-time');
    fresh.formatRelative('2025-12-31T10:05:00Z', now);
    fresh.formatFullDate('2026-01-01T10:00:00Z');
    expect(relative).not.toHaveBeenCalled();
    expect(dates).not.toHaveBeenCalled();
  });
});
