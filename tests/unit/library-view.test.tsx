import 'fake-indexeddb/auto';
import { QueryClientProvider } from '@tanstack/react-query';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { analyze } from '../../src/core';
import { LibraryView } from '../../src/features/library/components/library-view';
import { createQueryClient } from '../../src/lib/query-client';
import { saveLocalArticle } from '../../src/lib/storage/article-store';
import { OWN_STORY, resetArticleStore } from '../fixtures/article-store';
import { importLibraryChunks } from '../fixtures/lazy-chunks';

const SHIPPED = {
  articles: [
    {
      id: 'kerry-in-moscow',
      title: 'Kerry in Moscow mission to sway Putin on Syria',
      published: '2013-05-07',
      source: 'AFP',
      wordCount: 690,
      entityCount: 12,
    },
  ],
};

function renderLibrary() {
  return render(
    <QueryClientProvider client={createQueryClient()}>
      <LibraryView />
    </QueryClientProvider>,
  );
}

beforeAll(importLibraryChunks, 60_000);

beforeEach(() => {
  vi.spyOn(globalThis, 'fetch').mockImplementation(async () => new Response(JSON.stringify(SHIPPED)));
});

afterEach(resetArticleStore);

describe('LibraryView', () => {
  it('lists the shipped articles with date, source, reading time and entities', async () => {
    renderLibrary();
    const shipped = await screen.findByRole('list', { name: 'Articles from Gloss' });
    const link = within(shipped).getByRole('link', { name: 'Kerry in Moscow mission to sway Putin on Syria' });
    expect(link).toHaveAttribute('href', '/articles/kerry-in-moscow/');
    expect(shipped).toHaveTextContent('7 May 2013 · AFP · 3 min read · 12 entities');
  });

  it('lists the reader’s own articles, marked as theirs, each at its own URL', async () => {
    await saveLocalArticle({ ...analyze(OWN_STORY), id: 'local-harbour-1' }, new Date('2026-01-01T00:00:00Z'));
    renderLibrary();
    const mine = await screen.findByRole('list', { name: 'Your articles' });
    const link = within(mine).getByRole('link', { name: 'Harbour Board approves ferry terminal' });
    expect(link).toHaveAttribute('href', '/articles/local-harbour-1/');
    expect(mine).toHaveTextContent(/Yours · 5 March 2024 · 1 min read · \d+ entit/);
  });

  it('filters both lists by title or source', async () => {
    await saveLocalArticle({ ...analyze(OWN_STORY), id: 'local-harbour-1' }, new Date('2026-01-01T00:00:00Z'));
    renderLibrary();
    await screen.findByRole('list', { name: 'Your articles' });
    const filter = screen.getByRole('searchbox', { name: 'Filter articles' });
    await userEvent.type(filter, 'ferry');
    expect(screen.getByRole('link', { name: 'Harbour Board approves ferry terminal' })).toBeInTheDocument();
    expect(screen.queryByRole('list', { name: 'Articles from Gloss' })).not.toBeInTheDocument();
    await userEvent.clear(filter);
    await userEvent.type(filter, 'afp');
    expect(await screen.findByRole('list', { name: 'Articles from Gloss' })).toBeInTheDocument();
    expect(screen.queryByRole('list', { name: 'Your articles' })).not.toBeInTheDocument();
  });

  it('removes one of the reader’s articles, and Undo brings it back', async () => {
    await saveLocalArticle({ ...analyze(OWN_STORY), id: 'local-harbour-1' }, new Date('2026-01-01T00:00:00Z'));
    renderLibrary();
    const mine = await screen.findByRole('list', { name: 'Your articles' });
    await userEvent.click(within(mine).getByRole('button', { name: 'Remove “Harbour Board approves ferry terminal”' }));
    await waitFor(() => expect(screen.queryByRole('list', { name: 'Your articles' })).not.toBeInTheDocument());
    expect(screen.getByRole('status')).toHaveTextContent('Removed “Harbour Board approves ferry terminal”.');
    await userEvent.click(screen.getByRole('button', { name: 'Undo' }));
    expect(
      await within(await screen.findByRole('list', { name: 'Your articles' })).findByRole('link', {
        name: 'Harbour Board approves ferry terminal',
      }),
    ).toBeInTheDocument();
  });

  it('shipped articles have no Remove button', async () => {
    renderLibrary();
    await screen.findByRole('list', { name: 'Articles from Gloss' });
    expect(screen.queryByRole('button', { name: /Remove/ })).not.toBeInTheDocument();
  });

  it('opens the import panel from a labelled, keyboard-reachable button', async () => {
    renderLibrary();
    const open = screen.getByRole('button', { name: 'Open your own article' });
    expect(open).toHaveAttribute('aria-expanded', 'false');
    await userEvent.tab();
    expect(open).toHaveFocus();
    await userEvent.keyboard('{Enter}');
    expect(await screen.findByRole('region', { name: 'Open your own article' })).toBeInTheDocument();
    expect(open).toHaveAttribute('aria-expanded', 'true');
    expect(screen.getByLabelText('Article text')).toBeInTheDocument();
    expect(screen.getByLabelText('Choose a file')).toHaveAttribute('type', 'file');
  });
});
