import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { importArticlePageChunks } from '../../tests/fixtures/lazy-chunks';
import { markedMentions } from '../../tests/fixtures/marked-mentions';
import { sampleArticle as article } from '../../tests/fixtures/sample-article';
import { flushHistory } from '../lib/router';
import type * as Progress from '../features/reader/components/reading-progress';
import { App } from './app';

// The reading-progress bar is not memoised: it renders whenever the workspace around it does.
const workspaceRenders = vi.hoisted(() => ({ count: 0 }));
vi.mock('../features/reader/components/reading-progress', async (importOriginal) => {
  const actual = await importOriginal<typeof Progress>();
  return {
    ReadingProgress: () => {
      workspaceRenders.count += 1;
      return actual.ReadingProgress();
    },
  };
});

beforeAll(importArticlePageChunks, 60_000);

afterEach(() => {
  flushHistory();
  vi.unstubAllGlobals();
});

describe('ArticlePage: what a selection renders', () => {
  it('choosing an event or opening a panel renders the slots that show it, not the workspace', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => new Response(JSON.stringify(article))),
    );
    Element.prototype.scrollIntoView = vi.fn();
    window.history.replaceState(null, '', `/articles/${article.id}/`);
    const user = userEvent.setup();
    const { container } = render(
      <QueryClientProvider client={new QueryClient({ defaultOptions: { queries: { retry: false } } })}>
        <App />
      </QueryClientProvider>,
    );
    const timeline = await screen.findByRole('region', { name: 'Timeline' });
    await new Promise((resolve) => setTimeout(resolve, 1000)); // what the page loads after its first render
    const before = workspaceRenders.count;
    expect(before).toBeGreaterThan(0);

    await user.click(within(timeline).getByRole('button', { name: /Harbour Board founded/ }));
    expect(container.querySelector(`#sentence-${article.events[0]!.sentence}`)).toHaveAttribute('data-highlighted');
    expect(within(timeline).getByRole('button', { name: /Harbour Board founded/ })).toHaveAttribute(
      'aria-current',
      'true',
    );
    expect(workspaceRenders.count).toBe(before);

    const mention = screen.getByRole('button', { name: 'Silva' });
    await user.click(mention);
    expect(await screen.findByRole('dialog', { name: 'Ana Silva' })).toBeInTheDocument();
    // The text and the timeline still mark the open entity (once the panel's lists have painted).
    await waitFor(() => expect(markedMentions(container)).toContain(mention));
    // (The timeline's note comes with the same deferred render; under load it may paint a frame after the marks.)
    expect(await within(timeline).findByText('Events with Ana Silva are emphasised.')).toBeInTheDocument();
    expect(workspaceRenders.count).toBe(before);

    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(markedMentions(container)).toEqual([]);
    expect(workspaceRenders.count).toBe(before);
  });
});
