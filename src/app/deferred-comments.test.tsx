import { act, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { sampleArticle as article } from '../../tests/fixtures/sample-article';
import type { CommentAnchor } from '../features/comments/model';

// The thread itself is not under test here: a stand-in that says it has loaded, and what it was given.
vi.mock('./comments-slot', () => ({
  CommentsSlot: ({ pendingAnchor }: { pendingAnchor: CommentAnchor | null }) => (
    <p>thread loaded{pendingAnchor ? ` for ${pendingAnchor.kind}` : ''}</p>
  ),
}));

/** An IntersectionObserver whose targets come into view only when the test says so. */
let reportNear: (() => void) | null = null;
class FakeObserver {
  constructor(private readonly callback: IntersectionObserverCallback) {}
  observe() {
    reportNear = () => this.callback([{ isIntersecting: true } as IntersectionObserverEntry], this as never);
  }
  disconnect() {}
}

// Each test imports a fresh module: "wanted" is settled once per page load.
async function renderDeferred(pendingAnchor: CommentAnchor | null = null) {
  vi.resetModules();
  const { DeferredComments } = await import('./deferred-comments');
  const props = {
    article,
    onPendingAnchorHandled: () => {},
    onShowPassage: () => {},
    onShowEntity: () => {},
    onShowEvent: () => {},
  };
  const view = render(<DeferredComments {...props} pendingAnchor={pendingAnchor} />);
  return { ...view, setAnchor: (a: CommentAnchor) => view.rerender(<DeferredComments {...props} pendingAnchor={a} />) };
}

const notLoadedYet = async () => {
  await act(async () => new Promise((r) => setTimeout(r, 50)));
  expect(screen.queryByText(/thread loaded/)).toBeNull();
};

beforeEach(() => {
  reportNear = null;
  vi.stubGlobal('IntersectionObserver', FakeObserver);
});
afterEach(() => {
  vi.unstubAllGlobals();
  document.getSelection()?.removeAllRanges();
});

describe('DeferredComments', () => {
  it('loads the thread when it comes near the screen, not before', async () => {
    await renderDeferred();
    await notLoadedYet();
    act(() => reportNear!());
    expect(await screen.findByText('thread loaded')).toBeInTheDocument();
  });

  it('loads it when the reader asks to comment from a panel', async () => {
    const { setAnchor } = await renderDeferred();
    await notLoadedYet();
    setAnchor({ kind: 'entity', id: 'person-ana-silva', label: 'Ana Silva' });
    expect(await screen.findByText('thread loaded for entity')).toBeInTheDocument();
  });

  it('loads it when the reader selects text in the article, not elsewhere', async () => {
    await renderDeferred();
    const outside = document.body.appendChild(document.createElement('p'));
    outside.textContent = 'Not the article.';
    const body = document.body.appendChild(document.createElement('div'));
    body.setAttribute('data-article-text', '');
    body.textContent = 'Kerry met Putin in Moscow.';
    const select = (node: Node) =>
      act(() => {
        const range = document.createRange();
        range.setStart(node, 0);
        range.setEnd(node, 5);
        document.getSelection()!.removeAllRanges();
        document.getSelection()!.addRange(range);
        document.dispatchEvent(new Event('selectionchange'));
      });
    select(outside.firstChild!);
    await notLoadedYet();
    select(body.firstChild!);
    expect(await screen.findByText('thread loaded')).toBeInTheDocument();
    outside.remove();
    body.remove();
  });

  it('loads it at once in a browser without IntersectionObserver', async () => {
    vi.stubGlobal('IntersectionObserver', undefined);
    await renderDeferred();
    expect(await screen.findByText('thread loaded')).toBeInTheDocument();
  });
});
