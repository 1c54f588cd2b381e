import { QueryClientProvider } from '@tanstack/react-query';
import { act, screen, within } from '@testing-library/react';
import { hydrateRoot, type Root } from 'react-dom/client';
import { renderToString } from 'react-dom/server';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CommentsSlot } from '../../src/app/comments-slot';
import type { CommentAnchor } from '../../src/features/comments/model';
import { createQueryClient } from '../../src/lib/query-client';
import { createMemoryStore, setCommentsStore } from '../../src/lib/storage/comments-store';
import { oneParagraphArticle } from '../fixtures/one-paragraph-article';

const article = oneParagraphArticle('talks-in-lisbon', 'Talks in Lisbon', 'Ana Silva met the delegation on Tuesday.', {
  published: '2024-03-05',
  commentCount: 3,
});

const ANCHOR: CommentAnchor = { kind: 'entity', id: 'person-ana-silva', label: 'Ana Silva' };

function slot(pendingAnchor: CommentAnchor | null, onPendingAnchorHandled: () => void) {
  const client = createQueryClient();
  return (
    <QueryClientProvider client={client}>
      <CommentsSlot
        article={article}
        pendingAnchor={pendingAnchor}
        onPendingAnchorHandled={onPendingAnchorHandled}
        onShowPassage={() => {}}
        onShowEntity={() => {}}
        onShowEvent={() => {}}
      />
    </QueryClientProvider>
  );
}

let root: Root | undefined;
afterEach(() => {
  if (root) act(() => root!.unmount());
  root = undefined;
  document.body.replaceChildren();
});

describe('the comment thread, prerendered and hydrated', () => {
  it('puts no form in the server markup: the composer is the app’s and comes once the thread is React’s', async () => {
    setCommentsStore(createMemoryStore('test'));
    const html = renderToString(slot(null, () => {}));
    // The server's thread says what it is and that it loads, with no form (a form in the page cost its
    // first load a layout of the whole form at DOMContentLoaded).
    expect(html).toContain('Comments');
    expect(html).toContain('Loading comments…');
    expect(html).not.toMatch(/<(form|textarea|input|fieldset)\b/);

    const container = document.body.appendChild(document.createElement('div'));
    container.innerHTML = html;
    const section = container.querySelector('section')!;
    const errors: unknown[] = [];
    await act(async () => {
      root = hydrateRoot(
        container,
        slot(null, () => {}),
        { onRecoverableError: (e) => errors.push(e) },
      );
    });
    // Hydrated in place (the server's section is kept), then the composer is rendered, ready to type in.
    expect(container.querySelector('section')).toBe(section);
    expect(await screen.findByRole('textbox', { name: 'Your comment' })).toBeEnabled();
    expect(screen.getByRole('button', { name: 'Post comment' })).toBeEnabled();
    expect(errors).toEqual([]);
  });

  it('an anchor chosen before the thread hydrated opens the composer with it once the composer is there', async () => {
    setCommentsStore(createMemoryStore('test'));
    const container = document.body.appendChild(document.createElement('div'));
    container.innerHTML = renderToString(slot(null, () => {}));
    const handled = vi.fn();
    const errors: unknown[] = [];
    // The reader chose "Comment on this" in a panel: the thread loads and hydrates with that anchor.
    await act(async () => {
      root = hydrateRoot(container, slot(ANCHOR, handled), { onRecoverableError: (e) => errors.push(e) });
    });
    const form = await screen.findByRole('form', { name: 'Your comment' });
    expect(within(form).getByText('About Ana Silva')).toBeInTheDocument();
    expect(within(form).getByRole('textbox', { name: 'Your comment' })).toHaveFocus();
    expect(handled).toHaveBeenCalledOnce();
    expect(errors).toEqual([]);
  });
});
