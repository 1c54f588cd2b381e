import { QueryClientProvider } from '@tanstack/react-query';
import { act, fireEvent, render, screen, waitFor, waitForElementToBeRemoved, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { IDBFactory } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { CommentsSlot } from '../../src/app/comments-slot';
import type { CommentAnchor } from '../../src/features/comments/model';
import { createMemoryStore, openCommentsStore, setCommentsStore, type CommentsStore } from '../../src/lib/storage/comments-store';
import { createQueryClient } from '../../src/lib/query-client';
import { oneParagraphArticle } from '../fixtures/one-paragraph-article';
import { StorageWriteError } from '../../src/lib/storage/storage-errors';

const article = oneParagraphArticle('kerry-in-moscow', 'Kerry in Moscow', 'John Kerry met Vladimir Putin on Tuesday.', {
  published: '2013-05-07',
  commentCount: 12,
});

// Typing through user-event is slow in jsdom; these tests drive whole conversations.
vi.setConfig({ testTimeout: 20_000 });

let dbCounter = 0;
let store: CommentsStore;

async function useIndexedDb() {
  dbCounter += 1;
  store = await openCommentsStore({ name: `gloss-ui-${dbCounter}`, indexedDB: new IDBFactory() });
  setCommentsStore(store);
}

function renderSlot(overrides: Partial<Parameters<typeof CommentsSlot>[0]> = {}) {
  const props = {
    article,
    pendingAnchor: null,
    onPendingAnchorHandled: vi.fn(),
    onShowPassage: vi.fn(),
    onShowEntity: vi.fn(),
    onShowEvent: vi.fn(),
    ...overrides,
  };
  const client = createQueryClient();
  const ui = (p: typeof props) => (
    <QueryClientProvider client={client}>
      <div data-article-text>
        <p>
          <span data-offset="17">John Kerry met </span>
          <span data-offset="32">Vladimir Putin</span>
          <span data-offset="46"> on Tuesday.</span>
        </p>
      </div>
      <CommentsSlot {...p} />
    </QueryClientProvider>
  );
  const result = render(ui(props));
  return { ...result, props, rerenderWith: (next: Partial<typeof props>) => result.rerender(ui({ ...props, ...next })) };
}

const thread = () => screen.getByRole('list', { name: 'Comment thread' });

async function post(user: ReturnType<typeof userEvent.setup>, body: string) {
  const box = screen.getByRole('textbox', { name: 'Your comment' });
  await user.clear(box);
  await user.type(box, body);
  await user.click(screen.getByRole('button', { name: 'Post comment' }));
}

/** Posts, then waits for the save to finish: the thread shows the comment a moment before the box is emptied. */
async function posted(user: ReturnType<typeof userEvent.setup>, body: string) {
  await post(user, body);
  await waitFor(() => expect(screen.getByRole('textbox', { name: 'Your comment' })).toHaveValue(''));
}

beforeEach(async () => {
  localStorage.clear();
  await useIndexedDb();
});
afterEach(() => {
  store.close();
  setCommentsStore(null);
});

describe('the thread', () => {
  it('starts empty with a friendly message and the declared count', async () => {
    renderSlot();
    expect(await screen.findByText('No comments yet')).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Comments (12)' })).toBeInTheDocument();
  });

  it('posts a comment, counts it and remembers the name', async () => {
    const user = userEvent.setup({ delay: null });
    renderSlot();
    await screen.findByText('No comments yet');
    await user.type(screen.getByRole('textbox', { name: /Name/ }), 'Ada');
    await post(user, 'A fine piece.{Shift>}{Enter}{/Shift}Second line.');
    const item = await within(thread()).findByRole('article', { name: 'Comment by Ada' });
    expect(within(item).getByText(/A fine piece\.\s+Second line\./)).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Comments (13)' })).toBeInTheDocument();
    await waitFor(() => expect(screen.getByRole('textbox', { name: 'Your comment' })).toHaveValue(''));
    expect(localStorage.getItem('gloss:display-name:v1')).toBe('"Ada"');
    expect(within(item).getByText(/just now/)).toBeInTheDocument();
    expect(item.querySelector('time')).toHaveAttribute('dateTime');
  });

  it('shows markup as text and links only http(s) URLs', async () => {
    const user = userEvent.setup({ delay: null });
    const { container } = renderSlot();
    await screen.findByText('No comments yet');
    await posted(user, '<img src=x onerror=alert(1)> see https://example.org and javascript:alert(2)');
    const item = await within(thread()).findByRole('article');
    expect(item).toHaveTextContent('<img src=x onerror=alert(1)> see https://example.org and javascript:alert(2)');
    expect(container.querySelector('img')).toBeNull();
    const links = within(item).getAllByRole('link');
    expect(links).toHaveLength(1);
    expect(links[0]).toHaveAttribute('href', 'https://example.org/');
  });

  it('replies two levels deep, edits and marks the edit', async () => {
    const user = userEvent.setup({ delay: null });
    renderSlot();
    await screen.findByText('No comments yet');
    await posted(user, 'Top');
    await user.click(await screen.findByRole('button', { name: 'Reply to Anonymous' }));
    await user.type(screen.getByRole('textbox', { name: 'Reply to Anonymous' }), 'Level one');
    await user.click(screen.getByRole('button', { name: 'Post reply' }));
    const replies = await screen.findByRole('list', { name: 'Replies to Anonymous' });
    await user.click(within(replies).getByRole('button', { name: 'Reply to Anonymous' }));
    await user.type(within(replies).getByRole('textbox', { name: 'Reply to Anonymous' }), 'Level two');
    await user.click(within(replies).getByRole('button', { name: 'Post reply' }));
    const nested = await within(replies).findByRole('list', { name: 'Replies to Anonymous' });
    expect(within(nested).getByText('Level two')).toBeInTheDocument();

    await user.click(within(nested).getByRole('button', { name: 'Edit comment by Anonymous' }));
    const editor = within(nested).getByRole('textbox', { name: 'Edit your comment' });
    expect(editor).toHaveFocus();
    await user.clear(editor);
    await user.type(editor, 'Level two, revised');
    await user.click(within(nested).getByRole('button', { name: 'Save changes' }));
    // The editor closes once the save is through. (Until then its textarea holds the same text, and findByText
    // could return it just before it goes.)
    await waitForElementToBeRemoved(editor, { timeout: 5000 });
    expect(within(nested).getByText('Level two, revised')).toBeInTheDocument();
    expect(within(nested).getByText('(edited)')).toBeInTheDocument();
  });

  it('deletes with an undo, and keeps a placeholder for a comment with replies', async () => {
    const user = userEvent.setup({ delay: null });
    renderSlot();
    await screen.findByText('No comments yet');
    await posted(user, 'Delete me');
    await user.click(await screen.findByRole('button', { name: 'Delete comment by Anonymous' }));
    expect(screen.queryByText('Delete me')).not.toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent('Comment deleted.');
    const undo = screen.getByRole('button', { name: 'Undo' });
    expect(undo).toHaveFocus();
    await user.click(undo);
    expect(await screen.findByText('Delete me')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Reply to Anonymous' }));
    const replyBox = screen.getByRole('textbox', { name: 'Reply to Anonymous' });
    await user.type(replyBox, 'A reply stays');
    await user.click(screen.getByRole('button', { name: 'Post reply' }));
    await waitForElementToBeRemoved(replyBox, { timeout: 5000 });
    expect(screen.getByText('A reply stays')).toBeInTheDocument();
    const top = within(thread()).getAllByRole('article')[0]!;
    await user.click(within(top).getByRole('button', { name: 'Delete comment by Anonymous' }));
    expect(await screen.findByText('This comment was deleted.')).toBeInTheDocument();
    expect(screen.getByText('A reply stays')).toBeInTheDocument();
    expect(screen.queryByText('Delete me')).not.toBeInTheDocument();
  });

  it('sorts newest or oldest first', async () => {
    const user = userEvent.setup({ delay: null });
    renderSlot();
    await screen.findByText('No comments yet');
    await posted(user, 'Older');
    await within(thread()).findByText('Older');
    await new Promise((r) => setTimeout(r, 5));
    await posted(user, 'Newer');
    await within(thread()).findByText('Newer');
    const order = () => within(thread()).getAllByRole('article').map((a) => a.textContent);
    expect(order()[0]).toContain('Newer');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Sort' }), 'oldest');
    expect(order()[0]).toContain('Older');
  });

  it('counts characters and refuses more than 5,000', async () => {
    const user = userEvent.setup({ delay: null });
    renderSlot();
    await screen.findByText('No comments yet');
    const box = screen.getByRole('textbox', { name: 'Your comment' });
    fireEvent.change(box, { target: { value: 'x'.repeat(5001) } });
    expect(screen.getByText(/5,001 \/ 5,000 characters \(1 too many\)/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Post comment' }));
    expect(screen.getByRole('alert')).toHaveTextContent('1 characters over the 5,000 limit');
    expect(box).toHaveValue('x'.repeat(5001));
  });

  it('keeps a draft across a remount (reload)', async () => {
    const user = userEvent.setup({ delay: null });
    const first = renderSlot();
    await screen.findByText('No comments yet');
    await user.type(screen.getByRole('textbox', { name: 'Your comment' }), 'Half a thought');
    first.unmount();
    renderSlot();
    expect(screen.getByRole('textbox', { name: 'Your comment' })).toHaveValue('Half a thought');
  });
});

describe('when saving fails', () => {
  it('keeps the text in the box and says what happened', async () => {
    const user = userEvent.setup({ delay: null });
    vi.spyOn(store, 'add').mockRejectedValue(
      new StorageWriteError("Your browser's storage for this site is full, so your comment was not saved.", 'quota'),
    );
    renderSlot();
    await screen.findByText('No comments yet');
    await post(user, 'Precious words');
    expect(await screen.findByRole('alert')).toHaveTextContent(/storage for this site is full.*Your text is still in the box/);
    expect(screen.getByRole('textbox', { name: 'Your comment' })).toHaveValue('Precious words');
    expect(screen.queryByRole('list', { name: 'Comment thread' })).not.toBeInTheDocument();
    expect(screen.getByText('No comments yet')).toBeInTheDocument();
  });

  it('says plainly that comments will not persist without IndexedDB', async () => {
    setCommentsStore(createMemoryStore('The browser refused access to its database (private browsing, or site data is blocked).'));
    renderSlot();
    expect(await screen.findByText('Comments will not be saved.')).toBeInTheDocument();
    expect(screen.getByText(/private browsing/)).toBeInTheDocument();
  });

  it('reports unreadable stored records instead of crashing', async () => {
    setCommentsStore(
      createMemoryStore('test', [
        { id: 'x', articleId: article.id, body: { evil: true } },
        { id: 'ok', articleId: article.id, parentId: null, author: null, body: 'Readable', createdAt: '2026-01-01T00:00:00.000Z', editedAt: null, deletedAt: null, anchor: null },
      ]),
    );
    renderSlot();
    expect(await screen.findByText(/1 stored comment for this article could not be read/)).toBeInTheDocument();
    expect(screen.getByText('Readable')).toBeInTheDocument();
  });

  it('explains a bad import file', async () => {
    const user = userEvent.setup({ delay: null });
    renderSlot();
    await screen.findByText('No comments yet');
    await user.upload(screen.getByLabelText('Import JSON'), new File(['{oops'], 'comments.json', { type: 'application/json' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('This file is not valid JSON');
  });
});

describe('anchors', () => {
  it('opens the composer with an entity anchor from the app, and shows it back', async () => {
    const user = userEvent.setup({ delay: null });
    const anchor: CommentAnchor = { kind: 'entity', id: 'person-john-kerry', label: 'John Kerry' };
    const { props, rerenderWith } = renderSlot();
    await screen.findByText('No comments yet');
    rerenderWith({ pendingAnchor: anchor });
    await waitFor(() => expect(props.onPendingAnchorHandled).toHaveBeenCalled());
    rerenderWith({ pendingAnchor: null });
    expect(screen.getByText('About John Kerry')).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: 'Your comment' })).toHaveFocus();
    await user.type(screen.getByRole('textbox', { name: 'Your comment' }), 'On Kerry');
    await user.click(screen.getByRole('button', { name: 'Post comment' }));
    await user.click(await screen.findByRole('button', { name: 'Show John Kerry' }));
    expect(props.onShowEntity).toHaveBeenCalledWith('person-john-kerry');
  });

  it('comments on a selected passage and jumps back to it', async () => {
    const user = userEvent.setup({ delay: null });
    const { props } = renderSlot();
    await screen.findByText('No comments yet');
    const putin = screen.getByText('Vladimir Putin').firstChild!;
    const range = document.createRange();
    range.setStart(putin, 0);
    range.setEnd(putin, 14);
    act(() => {
      document.getSelection()!.removeAllRanges();
      document.getSelection()!.addRange(range);
      document.dispatchEvent(new Event('selectionchange'));
    });
    await user.click(await screen.findByRole('button', { name: 'Comment on this passage' }));
    expect(screen.getByText('Passage: “Vladimir Putin”')).toBeInTheDocument();
    await user.type(screen.getByRole('textbox', { name: 'Your comment' }), 'Who?');
    await user.click(screen.getByRole('button', { name: 'Post comment' }));
    await user.click(await screen.findByRole('button', { name: 'Show this passage in the article: Vladimir Putin' }));
    expect(props.onShowPassage).toHaveBeenCalledWith({ start: 32, end: 46 });
    await user.selectOptions(screen.getByRole('combobox', { name: 'Show' }), 'none');
    expect(screen.getByText('No comments match this filter.')).toBeInTheDocument();
  });
});

describe('leftovers', () => {
  it('finishes a delete whose undo expired while the page was closed', async () => {
    await store.add({
      id: 'old',
      articleId: article.id,
      parentId: null,
      author: 'Ada',
      body: 'Deleted long ago',
      createdAt: '2026-01-01T00:00:00.000Z',
      editedAt: null,
      deletedAt: '2026-01-01T00:01:00.000Z',
      anchor: null,
    });
    renderSlot();
    await screen.findByText('No comments yet');
    await waitFor(async () => expect((await store.list(article.id)).comments).toEqual([]));
  });
});
