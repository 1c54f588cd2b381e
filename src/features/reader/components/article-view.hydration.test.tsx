import { act } from '@testing-library/react';
import { startTransition } from 'react';
import { flushSync } from 'react-dom';
import { hydrateRoot, type Root } from 'react-dom/client';
import { renderToString } from 'react-dom/server';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { longArticle } from '../../../../tests/fixtures/sample-article';
import { buildRuns, type TextMark } from '../lib/runs';
import { paragraphBlocks } from '../lib/paragraph-blocks';
import { ArticleView } from './article-view';
import type * as Runs from '../lib/runs';

vi.mock('../lib/runs', async (importOriginal) => {
  const actual = await importOriginal<typeof Runs>();
  return { ...actual, buildRuns: vi.fn(actual.buildRuns) };
});

const actEnvironment = globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean };
afterEach(() => {
  actEnvironment.IS_REACT_ACT_ENVIRONMENT = true;
  document.body.replaceChildren();
});

/** The ids of the sentences rendered since the spy was last cleared (buildRuns runs once per sentence). */
const renderedSentences = (article: ReturnType<typeof longArticle>): number[] =>
  vi
    .mocked(buildRuns)
    .mock.calls.map(([start]) => article.sentences.find((s) => s.start === start)!.id)
    .sort((a, b) => a - b);

describe('ArticleView: hydrating a prerendered long article', () => {
  it('a click on a block not yet hydrated hydrates that block, not the whole article, and is answered', async () => {
    const article = longArticle(40); // blocks of 4, 4, 16 and 16 paragraphs
    const onMentionClick = vi.fn();
    const view = <ArticleView article={article} onMentionClick={onMentionClick} />;
    const container = document.body.appendChild(document.createElement('div'));
    container.innerHTML = renderToString(view);
    const buttons = [...container.querySelectorAll<HTMLElement>('button[data-entity-id]')];
    const last = buttons.at(-1)!;
    vi.mocked(buildRuns).mockClear();

    // As main.tsx does, hydration starts as a transition; the reader clicks before any of it has run.
    // (Outside act: act would run all of React's scheduled work before the click.)
    actEnvironment.IS_REACT_ACT_ENVIRONMENT = false;
    const errors: unknown[] = [];
    let root: Root | undefined;
    startTransition(() => {
      root = hydrateRoot(container, view, { onRecoverableError: (e) => errors.push(e) });
    });
    last.click();

    const mention = article.entities[0]!.mentions.at(-1)!;
    expect(onMentionClick).toHaveBeenCalledExactlyOnceWith('person-ana-silva', mention.start, last);
    const lastBlock = paragraphBlocks(article.paragraphs)
      .at(-1)!
      .map((p) => p.id);
    const expected = article.sentences
      .filter((s) => s.paragraph === null || lastBlock.includes(s.paragraph))
      .map((s) => s.id);
    expect(renderedSentences(article)).toEqual(expected); // the title and the clicked block, nothing else

    // The rest hydrates afterwards (React's scheduler, in tasks of its own), without a mismatch, and answers
    // clicks.
    await vi.waitFor(() => expect(renderedSentences(article)).toEqual(article.sentences.map((s) => s.id)));
    actEnvironment.IS_REACT_ACT_ENVIRONMENT = true;
    buttons[0]!.click();
    expect(onMentionClick).toHaveBeenLastCalledWith(
      'person-ana-silva',
      article.entities[0]!.mentions[0]!.start,
      buttons[0],
    );
    expect(errors).toEqual([]);
    expect(container.querySelectorAll('button[data-entity-id]')).toHaveLength(buttons.length);
    act(() => root!.unmount());
  });

  it('a change before the rest has hydrated (a commented passage marked) hydrates only the block it touches', () => {
    const article = longArticle(40);
    const blocks = paragraphBlocks(article.paragraphs).map((block) => block.map((p) => p.id));
    const view = (marks: readonly TextMark[] = []) => <ArticleView article={article} marks={marks} />;
    const container = document.body.appendChild(document.createElement('div'));
    container.innerHTML = renderToString(view());

    actEnvironment.IS_REACT_ACT_ENVIRONMENT = false;
    const errors: unknown[] = [];
    let root: Root | undefined;
    startTransition(() => {
      root = hydrateRoot(container, view(), { onRecoverableError: (e) => errors.push(e) });
    });
    // The page's shell hydrates (here forced by a click in the first block, which hydrates that block too);
    // then the marks of commented passages arrive, as they do once the page has started.
    container.querySelectorAll<HTMLElement>('button[data-entity-id]')[0]!.click();
    vi.mocked(buildRuns).mockClear();
    const third = article.paragraphs[blocks[2]![0]!]!; // the first paragraph of the third block
    flushSync(() => root!.render(view([{ start: third.start, end: third.end, kind: 'passage' }])));

    const touched = article.sentences.filter((s) => s.paragraph !== null && blocks[2]!.includes(s.paragraph));
    expect(new Set(renderedSentences(article))).toEqual(new Set(touched.map((s) => s.id)));
    // The passage is marked (its words in a span of their own, as a mark's are).
    expect(container.querySelector(`[data-paragraph="${third.id}"] span.border-amber-400`)).not.toBeNull();
    expect(errors).toEqual([]);
    flushSync(() => root!.unmount());
  });
});
