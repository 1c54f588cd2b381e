import { describe, expect, it } from 'vitest';
import { linkify } from './linkify';
import { formatRelative } from './relative-time';

const links = (text: string) => linkify(text).filter((s) => s.kind === 'link').map((s) => s.text);

describe('linkify', () => {
  it.each([
    ['see https://example.org/a?b=1.', ['https://example.org/a?b=1']],
    ['(http://example.org)', ['http://example.org']],
    ['https://en.wikipedia.org/wiki/Syria_(region), ok', ['https://en.wikipedia.org/wiki/Syria_(region)']],
    ['two: https://a.example and https://b.example!', ['https://a.example', 'https://b.example']],
  ])('links http(s): %s', (text, expected) => expect(links(text)).toEqual(expected));

  it.each([
    'javascript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'ftp://example.org/file',
    'www.example.org',
    'mailto:someone@example.org',
    'https://',
    '<a href="javascript:alert(1)">x</a>',
  ])('does not link: %s', (text) => expect(links(text)).toEqual([]));

  it('keeps all the text, in order', () => {
    const text = 'a https://x.example b\nc';
    expect(linkify(text).map((s) => s.text).join('')).toBe(text);
  });
});

describe('formatRelative', () => {
  const now = new Date('2026-01-10T12:00:00Z');
  it.each([
    ['2026-01-10T11:59:50Z', 'just now'],
    ['2026-01-10T11:55:00Z', '5 minutes ago'],
    ['2026-01-10T09:00:00Z', '3 hours ago'],
    ['2026-01-09T12:00:00Z', 'yesterday'],
    ['2025-12-20T12:00:00Z', '3 weeks ago'],
    ['2024-01-10T12:00:00Z', '2 years ago'],
  ])('%s → %s', (iso, expected) => expect(formatRelative(iso, now)).toBe(expected));
});
