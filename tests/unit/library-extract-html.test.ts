import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractStory, isoDateOf, storyText } from '../../src/features/library/import/extract-html';
import { ImportError } from '../../src/features/library/import/import-error';

const fixture = (name: string) => readFileSync(resolve(__dirname, '../fixtures', name), 'utf8');

describe('extractStory: a saved news page', () => {
  const story = extractStory(fixture('harbour-story.html'));

  it('keeps the title, byline, date and site name', () => {
    expect(story.title).toBe('Harbour Board approves new ferry terminal in Portsmouth');
    expect(story.byline).toBe('Maria Lopez');
    expect(story.published).toBe('2024-03-05');
    expect(story.source).toBe('The Coastal Times');
  });

  it('keeps the paragraphs of the story, in order, as plain text', () => {
    expect(story.paragraphs[0]).toMatch(/^The Portsmouth Harbour Board on Monday approved plans/);
    expect(story.paragraphs.some((p) => p.startsWith('Construction is due to begin in June'))).toBe(true);
    expect(story.paragraphs.every((p) => !/\s{2}/.test(p))).toBe(true);
  });

  it('drops navigation, asides, footers, scripts and styles', () => {
    const text = storyText(story);
    expect(text).not.toMatch(/Sign in|Most read|Storm warning|All rights reserved/);
    expect(text).not.toMatch(/__fixture|font-family|<img|onerror/);
  });

  it('never runs the page’s scripts or event handlers', () => {
    const w = window as unknown as Record<string, unknown>;
    expect(w.__fixtureScriptRan).toBeUndefined();
    expect(w.__fixtureInlineRan).toBeUndefined();
    expect(w.__fixtureImageRan).toBeUndefined();
  });

  it('joins title and paragraphs with blank lines for the analyser', () => {
    expect(storyText(story).split('\n\n')[0]).toBe(story.title);
  });
});

describe('extractStory: pages without a story', () => {
  it.each([
    ['a sign-in page', fixture('no-article.html')],
    ['an empty document', '<!doctype html><html><head><title>x</title></head><body></body></html>'],
    ['a page of links', `<html><body>${'<a href="/x">Link</a> '.repeat(40)}</body></html>`],
  ])('refuses %s with a clear message', (_name, html) => {
    expect(() => extractStory(html)).toThrow(ImportError);
    expect(() => extractStory(html)).toThrow(/No article was found/);
  });
});

describe('isoDateOf', () => {
  it.each([
    ['2024-03-05T09:30:00Z', '2024-03-05'],
    ['2024-03-05', '2024-03-05'],
    [' 2013-05-07T12:00:00+02:00', '2013-05-07'],
  ])('%s → %s', (input, expected) => expect(isoDateOf(input)).toBe(expected));

  it.each([null, undefined, '', 'March 5, 2024', '2024-02-30', '2024-13-01'])('%s → null', (input) =>
    expect(isoDateOf(input)).toBeNull(),
  );
});
