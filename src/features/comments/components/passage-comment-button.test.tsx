import { act, fireEvent, render, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { selectionToOffsets } from '../lib/selection-offsets';
import { PassageCommentButton } from './passage-comment-button';
import type * as SelectionOffsets from '../lib/selection-offsets';

vi.mock('../lib/selection-offsets', async (importOriginal) => {
  const actual = await importOriginal<typeof SelectionOffsets>();
  return { ...actual, selectionToOffsets: vi.fn(actual.selectionToOffsets) };
});

const TEXT = 'Kerry met Putin in Moscow.';

function selectWords(start: number, end: number) {
  const host = document.createElement('p');
  host.setAttribute('data-article-text', '');
  const sentence = document.createElement('span');
  sentence.setAttribute('data-offset', '0');
  sentence.textContent = TEXT;
  host.append(sentence);
  document.body.append(host);
  const range = document.createRange();
  range.setStart(sentence.firstChild!, start);
  range.setEnd(sentence.firstChild!, end);
  act(() => {
    document.getSelection()!.removeAllRanges();
    document.getSelection()!.addRange(range);
    document.dispatchEvent(new Event('selectionchange'));
  });
  return host;
}

describe('PassageCommentButton', () => {
  it('offers a comment on the selected words, and scrolling moves it without mapping the selection again', async () => {
    const onComment = vi.fn();
    render(<PassageCommentButton articleText={TEXT} onComment={onComment} />);
    const host = selectWords(10, 15);
    expect(await screen.findByRole('button', { name: 'Comment on this passage' })).toBeInTheDocument();
    const mapped = vi.mocked(selectionToOffsets).mock.calls.length;

    for (let i = 0; i < 5; i++) fireEvent.scroll(window);
    fireEvent(window, new Event('resize'));

    expect(vi.mocked(selectionToOffsets).mock.calls.length).toBe(mapped);
    fireEvent.click(screen.getByRole('button', { name: 'Comment on this passage' }));
    expect(onComment).toHaveBeenCalledWith({ kind: 'passage', start: 10, end: 15, quote: 'Putin' });
    host.remove();
  });

  it('goes away when the selection is cleared', async () => {
    render(<PassageCommentButton articleText={TEXT} onComment={vi.fn()} />);
    const host = selectWords(0, 5);
    expect(await screen.findByRole('button', { name: 'Comment on this passage' })).toBeInTheDocument();
    act(() => {
      document.getSelection()!.removeAllRanges();
      document.dispatchEvent(new Event('selectionchange'));
    });
    expect(screen.queryByRole('button', { name: 'Comment on this passage' })).toBeNull();
    host.remove();
  });
});
