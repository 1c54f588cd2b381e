import { render } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { sampleArticle as article } from '../../../../tests/fixtures/sample-article';
import { buildRuns } from '../lib/runs';
import { ArticleView } from './article-view';
import type * as Runs from '../lib/runs';

vi.mock('../lib/runs', async (importOriginal) => {
  const actual = await importOriginal<typeof Runs>();
  return { ...actual, buildRuns: vi.fn(actual.buildRuns) };
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
    expect(el).toHaveAttribute('data-highlighted');
    expect(container.querySelectorAll('[data-highlighted]')).toHaveLength(1);
    expect(buildRuns).not.toHaveBeenCalled();
    expect([...el.querySelectorAll('button')]).toEqual(buttons);
  });
});
