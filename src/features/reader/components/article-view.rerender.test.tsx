import { render } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { markedMentions } from '../../../../tests/fixtures/marked-mentions';
import { sampleArticle as article } from '../../../../tests/fixtures/sample-article';
import { readingMinutes } from '../../../lib/format';
import { buildRuns } from '../lib/runs';
import { ArticleView } from './article-view';
import type * as Format from '../../../lib/format';
import type * as Runs from '../lib/runs';

vi.mock('../lib/runs', async (importOriginal) => {
  const actual = await importOriginal<typeof Runs>();
  return { ...actual, buildRuns: vi.fn(actual.buildRuns) };
});
// Called once per render of the article's content (its dateline): counts those renders.
vi.mock('../../../lib/format', async (importOriginal) => {
  const actual = await importOriginal<typeof Format>();
  return { ...actual, readingMinutes: vi.fn(actual.readingMinutes) };
});

describe('ArticleView: what a selection re-renders', () => {
  it('highlighting a sentence re-renders its element, not its words and mentions', () => {
    const sentence = article.sentences[1]!;
    const { container, rerender } = render(<ArticleView article={article} highlightedSentence={null} />);
    const buttons = [...container.querySelectorAll(`#sentence-${sentence.id} button`)];
    expect(buttons.length).toBeGreaterThan(0);
    vi.mocked(buildRuns).mockClear();

    rerender(<ArticleView article={article} highlightedSentence={sentence.id} />);

    const el = container.querySelector(`#sentence-${sentence.id}`)!;
    expect(el.className).toMatch(/bg-yellow-100/);
    expect(buildRuns).not.toHaveBeenCalled();
    expect([...el.querySelectorAll('button')]).toEqual(buttons);
  });

  it('selecting an entity re-renders no sentence: one style rule marks its mentions, and goes with it', () => {
    const entity = article.entities[0]!;
    const { container, rerender } = render(<ArticleView article={article} selectedEntityId={null} />);
    const buttons = [...container.querySelectorAll('button')];
    vi.mocked(buildRuns).mockClear();
    vi.mocked(readingMinutes).mockClear();

    rerender(<ArticleView article={article} selectedEntityId={entity.id} />);
    expect(buildRuns).not.toHaveBeenCalled();
    expect(readingMinutes).not.toHaveBeenCalled(); // nor the content around them: the paragraph list
    expect(markedMentions(container)).toHaveLength(entity.mentions.length);
    expect([...container.querySelectorAll('button')]).toEqual(buttons);

    rerender(<ArticleView article={article} selectedEntityId={null} />);
    expect(markedMentions(container)).toEqual([]);
  });
});
