import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { importArticlePageChunks } from '../../tests/fixtures/lazy-chunks';
import { manualFrames } from '../../tests/fixtures/manual-frames';
import { sampleArticle as article } from '../../tests/fixtures/sample-article';
import { flushHistory, getSearchParam, navigate } from '../lib/router';
import { App } from './app';

function renderApp(url: string) {
  window.history.replaceState(null, '', url);
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  return render(
    <QueryClientProvider client={client}>
      <App />
    </QueryClientProvider>,
  );
}

const page = `/articles/${article.id}/`;

beforeAll(importArticlePageChunks, 60_000);

beforeEach(() => {
  vi.stubGlobal(
    'fetch',
    vi.fn(async () => new Response(JSON.stringify(article))),
  );
  Element.prototype.scrollIntoView = vi.fn();
  localStorage.clear();
});
afterEach(() => {
  flushHistory(); // a URL still queued from one test must not land in the next
  vi.unstubAllGlobals();
});

describe('ArticlePage: entities, timeline and the URL', { timeout: 20_000 }, () => {
  it('opens a panel named by the entity from a mention, in the URL; Escape closes it and focus returns', async () => {
    const user = userEvent.setup();
    renderApp(page);
    const mention = await screen.findByRole('button', { name: 'Silva' });
    await user.click(mention);
    expect(await screen.findByRole('dialog', { name: 'Ana Silva' })).toHaveTextContent('Finance Minister');
    await vi.waitFor(() => expect(window.location.search).toBe('?entity=person-ana-silva'));
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).toBeNull();
    await vi.waitFor(() => expect(window.location.search).toBe(''));
    await vi.waitFor(() => expect(mention).toHaveFocus());
  });

  it('Back after closing the panel reopens it, and Back again closes it', async () => {
    const user = userEvent.setup();
    renderApp(page);
    await user.click(await screen.findByRole('button', { name: 'Silva' }));
    expect(await screen.findByRole('dialog', { name: 'Ana Silva' })).toBeInTheDocument();
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).toBeNull();
    await vi.waitFor(() => expect(window.location.search).toBe('')); // the close is in the history
    act(() => window.history.back());
    expect(await screen.findByRole('dialog', { name: 'Ana Silva' })).toBeInTheDocument();
    expect(window.location.search).toBe('?entity=person-ana-silva');
    act(() => window.history.back());
    await vi.waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(window.location.search).toBe('');
  });

  it('reopens the panel from the URL, and Back closes it', async () => {
    renderApp(`${page}?entity=organization-harbour-board`);
    expect(await screen.findByRole('dialog', { name: 'Harbour Board' })).toBeInTheDocument();
    act(() => navigate(page));
    expect(screen.queryByRole('dialog')).toBeNull();
    await vi.waitFor(() => expect(window.location.search).toBe('')); // written after the next paint
    act(() => {
      window.history.back();
    });
    expect(await screen.findByRole('dialog', { name: 'Harbour Board' })).toBeInTheDocument();
  });

  it('choosing an event highlights and scrolls to its sentence, which leads back to the event', async () => {
    const user = userEvent.setup();
    const { container } = renderApp(page);
    const timeline = await screen.findByRole('region', { name: 'Timeline' });
    await user.click(within(timeline).getByRole('button', { name: /Harbour Board founded/ }));
    const sentence = container.querySelector(`#sentence-${article.events[0]!.sentence}`)!;
    expect(sentence).toHaveAttribute('data-highlighted');
    await vi.waitFor(() => expect(window.location.search).toBe('?event=e-founded'));
    // Scrolling starts after the frame that shows the highlight.
    await vi.waitFor(() => expect(Element.prototype.scrollIntoView).toHaveBeenCalled());
    await user.click(screen.getByRole('button', { name: 'Timeline event: Harbour Board founded' }));
    expect(within(timeline).getByRole('button', { name: /Harbour Board founded/ })).toHaveFocus();
  });

  it('starts scrolling to the sentence only after the frame showing the selection, in a task of its own', async () => {
    const user = userEvent.setup();
    renderApp(page);
    const timeline = await screen.findByRole('region', { name: 'Timeline' });
    const frames: FrameRequestCallback[] = [];
    vi.stubGlobal('requestAnimationFrame', (callback: FrameRequestCallback) => frames.push(callback));
    await user.click(within(timeline).getByRole('button', { name: /Harbour Board founded/ }));
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(Element.prototype.scrollIntoView).not.toHaveBeenCalled(); // no frame yet
    for (const callback of frames.splice(0)) callback(performance.now());
    expect(Element.prototype.scrollIntoView).not.toHaveBeenCalled(); // not inside the frame either
    await vi.waitFor(() => expect(Element.prototype.scrollIntoView).toHaveBeenCalledOnce());
  });

  it('shows a chosen event in the frame of the click; the URL and the page follow once that frame has painted', async () => {
    const user = userEvent.setup();
    const { container } = renderApp(page);
    const timeline = await screen.findByRole('region', { name: 'Timeline' });
    const { paint } = manualFrames();
    const meets = article.events.find((e) => e.id === 'e-meets')!;
    const row = within(timeline).getByRole('button', { name: /Silva meets Harbour Board/ });
    await user.click(row);
    expect(container.querySelector(`#sentence-${meets.sentence}`)).toHaveAttribute('data-highlighted');
    expect(row).toHaveAttribute('aria-current', 'true');
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(getSearchParam('event')).toBeNull(); // no frame yet: the page has not moved on
    expect(row.tabIndex).toBe(-1); // nor has React rendered the selection

    await paint();
    expect(getSearchParam('event')).toBe('e-meets');
    expect(row.tabIndex).toBe(0);
    // React's render agrees with what the click painted: one highlighted sentence, one current row.
    expect(container.querySelectorAll('[data-highlighted]')).toHaveLength(1);
    expect(container.querySelector(`#sentence-${meets.sentence}`)).toHaveAttribute('data-highlighted');
    expect(
      within(timeline)
        .getAllByRole('button')
        .filter((b) => b.hasAttribute('aria-current')),
    ).toEqual([row]);
    expect(Element.prototype.scrollIntoView).toHaveBeenCalledOnce();
  });

  it('lands the last of two events chosen before a frame, as one history entry', async () => {
    const user = userEvent.setup();
    const { container } = renderApp(page);
    const timeline = await screen.findByRole('region', { name: 'Timeline' });
    const { paint } = manualFrames();
    const entries = window.history.length;
    await user.click(within(timeline).getByRole('button', { name: /Harbour Board founded/ }));
    await user.click(within(timeline).getByRole('button', { name: /Silva meets Harbour Board/ }));
    const meets = article.events.find((e) => e.id === 'e-meets')!;
    expect([...container.querySelectorAll('[data-highlighted]')].map((el) => el.id)).toEqual([
      `sentence-${meets.sentence}`,
    ]);
    await paint();
    flushHistory();
    expect(window.location.search).toBe('?event=e-meets');
    expect(window.history.length).toBe(entries + 1);
    expect([...container.querySelectorAll('[data-highlighted]')].map((el) => el.id)).toEqual([
      `sentence-${meets.sentence}`,
    ]);
  });

  it('leaves the URL alone when the page goes before the frame of a choice', async () => {
    const user = userEvent.setup();
    const { unmount } = renderApp(page);
    const timeline = await screen.findByRole('region', { name: 'Timeline' });
    const { paint } = manualFrames();
    await user.click(within(timeline).getByRole('button', { name: /Harbour Board founded/ }));
    unmount();
    await paint();
    expect(getSearchParam('event')).toBeNull();
    expect(Element.prototype.scrollIntoView).not.toHaveBeenCalled();
  });

  it('remembers switched-off entity types', async () => {
    const user = userEvent.setup();
    const first = renderApp(page);
    await user.click(await screen.findByRole('button', { name: 'People 1' }));
    expect(screen.queryByRole('button', { name: 'Silva' })).toBeNull();
    first.unmount();
    renderApp(page);
    expect(await screen.findByRole('button', { name: 'People 1' })).toHaveAttribute('aria-pressed', 'false');
  });

  it('changes theme and text size from the toolbar', async () => {
    const user = userEvent.setup();
    renderApp(page);
    await user.click(await screen.findByRole('button', { name: 'Dark' }));
    expect(document.documentElement).toHaveClass('dark');
    await user.click(screen.getByRole('button', { name: 'Larger text' }));
    expect(screen.getByRole('article').style.fontSize).toBe(`${1.125 * 1.125}rem`);
    await user.click(screen.getByRole('button', { name: 'System' }));
    expect(document.documentElement).not.toHaveClass('dark');
  });

  it('once idle, renders a panel out of sight and removes it, leaving no panel open', async () => {
    const warmCopies: HTMLElement[] = [];
    const observer = new MutationObserver((records) => {
      for (const r of records)
        for (const node of r.addedNodes)
          if (node instanceof HTMLElement && node.hasAttribute('inert')) warmCopies.push(node);
    });
    observer.observe(document.body, { childList: true });
    renderApp(page);
    await screen.findByRole('article');
    await vi.waitFor(() => expect(warmCopies).toHaveLength(1), { timeout: 5000 });
    expect(warmCopies[0]).toHaveAttribute('aria-hidden', 'true');
    await vi.waitFor(() => expect(warmCopies[0]!.isConnected).toBe(false), { timeout: 5000 });
    observer.disconnect();
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(window.location.search).toBe('');
  });
});
