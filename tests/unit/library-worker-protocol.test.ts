import { describe, expect, it, vi } from 'vitest';
import { analyze, AnalyzeError, slugify } from '../../src/core';
import {
  handleAnalyzeMessage,
  localArticleId,
  parseWorkerResponse,
  type WorkerResponse,
} from '../../src/features/library/worker/analyze-protocol';
import { parseArticle } from '../../src/lib/article-schema';

const STORY = [
  'Harbour Board approves ferry terminal in Portsmouth',
  '5 March 2024',
  'The Portsmouth Harbour Board on Monday approved plans for a new ferry terminal. Board chairman David Carter said the terminal would open in 2026.',
].join('\n\n');

const request = (over: Record<string, unknown> = {}) => ({
  type: 'analyze',
  text: STORY,
  published: null,
  byline: null,
  source: null,
  ...over,
});

function run(data: unknown, analyzeFn = analyze): WorkerResponse[] {
  const posted: WorkerResponse[] = [];
  handleAnalyzeMessage(data, { analyze: analyzeFn, slugify, post: (m) => posted.push(m) });
  return posted;
}

describe('handleAnalyzeMessage: a valid request', () => {
  it('reports progress, then exactly one result holding a valid article', () => {
    const posted = run(request());
    expect(posted.map((m) => m.type)).toEqual(['progress', 'result']);
    const last = posted[1];
    if (last?.type !== 'result') throw new Error('no result');
    const article = parseArticle(last.article);
    expect(article.title).toBe('Harbour Board approves ferry terminal in Portsmouth');
    expect(article.published).toBe('2024-03-05');
    expect(article.id).toMatch(/^local-harbour-board-approves-ferry-terminal[a-z-]*-[0-9a-z]+$/);
  });

  it('gives the same text the same id, and different text another', () => {
    const id = (text: string) => {
      const result = run(request({ text })).find((m) => m.type === 'result');
      return result?.type === 'result' ? parseArticle(result.article).id : null;
    };
    expect(id(STORY)).toBe(id(STORY));
    expect(id(STORY)).not.toBe(id(`${STORY} More.`));
  });

  it('lets the page’s metadata win over the text for date, byline and source', () => {
    const posted = run(request({ published: '2024-03-04', byline: 'Maria Lopez', source: 'The Coastal Times' }));
    const result = posted.find((m) => m.type === 'result');
    if (result?.type !== 'result') throw new Error('no result');
    expect(parseArticle(result.article)).toMatchObject({
      published: '2024-03-04',
      byline: 'Maria Lopez',
      source: 'The Coastal Times',
    });
  });
});

describe('handleAnalyzeMessage: bad messages and bad input', () => {
  it.each([
    ['not an object', 'analyze'],
    ['null', null],
    ['a wrong type', { ...request(), type: 'delete' }],
    ['a missing field', { type: 'analyze', text: STORY }],
    ['text that is not a string', request({ text: 42 })],
  ])('answers %s with one protocol error, never analysing', (_name, data) => {
    const analyzeFn = vi.fn(analyze);
    expect(run(data, analyzeFn)).toEqual([{ type: 'error', code: 'protocol', message: expect.any(String) }]);
    expect(analyzeFn).not.toHaveBeenCalled();
  });

  it.each([
    ['empty text', '', 'empty'],
    ['blank text', ' \n\n \t', 'empty'],
    [
      'Cyrillic text',
      'Госсекретарь США Джон Керри прибыл в Москву для переговоров с Владимиром Путиным о Сирии.',
      'language',
    ],
    [
      'French text',
      'Le secrétaire d’État américain John Kerry est arrivé mardi à Moscou pour des entretiens avec le président russe Vladimir Poutine, afin de réduire les divergences sur la Syrie et de convaincre le Kremlin.',
      'language',
    ],
  ])('refuses %s with a clear error (code %s)', (_name, text, code) => {
    const posted = run(request({ text }));
    expect(posted).toEqual([{ type: 'error', code, message: expect.stringMatching(/\w/) }]);
  });

  it('passes on the analyser’s own error code and message', () => {
    const failing = () => {
      throw new AnalyzeError('no-text', 'The article has no text.');
    };
    expect(run(request(), failing).at(-1)).toEqual({
      type: 'error',
      code: 'no-text',
      message: 'The article has no text.',
    });
  });

  it('turns an unexpected crash into an internal error, still exactly one answer', () => {
    const crashing = () => {
      throw new TypeError('boom');
    };
    expect(run(request(), crashing).filter((m) => m.type !== 'progress')).toEqual([
      { type: 'error', code: 'internal', message: 'boom' },
    ]);
  });
});

describe('parseWorkerResponse', () => {
  it.each([
    [{ type: 'progress', stage: 'analysing' }],
    [{ type: 'result', article: {} }],
    [{ type: 'error', code: 'empty', message: 'Empty.' }],
  ])('accepts %j', (message) => expect(parseWorkerResponse(message)).toEqual(message));

  it.each([
    [null],
    ['result'],
    [{ type: 'progress', stage: 'dancing' }],
    [{ type: 'error', code: 1 }],
    [{ type: 'x' }],
  ])('rejects %j', (message) => expect(parseWorkerResponse(message)).toBeNull());
});

describe('localArticleId', () => {
  it('is local-<slug>-<hash>', () => {
    expect(localArticleId('Kerry in Moscow!', 'text', slugify)).toMatch(/^local-kerry-in-moscow-[0-9a-z]+$/);
  });
  it('falls back to "article" when the title has no Latin letters or digits', () => {
    expect(localArticleId('«»', 'text', slugify)).toMatch(/^local-article-[0-9a-z]+$/);
  });
  it('keeps the slug short', () => {
    expect(localArticleId('word '.repeat(40), 'text', slugify).length).toBeLessThanOrEqual(6 + 48 + 1 + 7);
  });
});
