import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, screen } from '@testing-library/react';
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { analyze } from '../../../core/index';
import { ArticleReader } from './article-reader';

const seed = analyze(readFileSync('seeds/kerry-moscow-2013.txt', 'utf8'));

function renderReader(response: () => Promise<Response>) {
  vi.stubGlobal('fetch', vi.fn(response));
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  return render(
    <QueryClientProvider client={client}>
      <ArticleReader id={seed.id} />
    </QueryClientProvider>,
  );
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('ArticleReader', () => {
  it('shows a skeleton, then the title, dateline, source and every paragraph', async () => {
    renderReader(async () => new Response(JSON.stringify(seed)));
    expect(screen.getByRole('status', { name: 'Loading article' })).toBeInTheDocument();
    expect(await screen.findByRole('heading', { level: 1, name: seed.title })).toBeInTheDocument();
    const time = screen.getByText('7 May 2013');
    expect(time.tagName).toBe('TIME');
    expect(time).toHaveAttribute('datetime', '2013-05-07');
    expect(screen.getByText('© 2013 AFP')).toBeInTheDocument();
    expect(screen.getByText(/min read/)).toBeInTheDocument();
    const article = screen.getByRole('article');
    expect(article.querySelectorAll('[data-paragraph]')).toHaveLength(22);
  });

  it('shows a clear error with a way back when the article is missing', async () => {
    renderReader(async () => new Response('Not found', { status: 404 }));
    expect(await screen.findByRole('alert')).toHaveTextContent(/could not be opened.*not found/i);
    expect(screen.getByRole('link', { name: 'Back to the library' })).toHaveAttribute('href', '/library/');
  });

  it('shows an error, not a blank page, when the article data is broken', async () => {
    renderReader(async () => new Response(JSON.stringify({ ...seed, paragraphs: 'nope' })));
    expect(await screen.findByRole('alert')).toHaveTextContent(/article data is invalid/);
  });

  it('rejects offsets outside the text', async () => {
    renderReader(async () => new Response(JSON.stringify({ ...seed, paragraphs: [{ id: 0, start: 0, end: 1e6 }] })));
    expect(await screen.findByRole('alert')).toHaveTextContent(/outside its text/);
  });

  it('renders markup in the article as text', async () => {
    const evil = analyze('Title <b>\n\nHello <img src=x onerror=alert(1)> world.', { verbatim: true });
    renderReader(async () => new Response(JSON.stringify(evil)));
    expect(await screen.findByText(/Hello <img src=x onerror=alert\(1\)> world\./)).toBeInTheDocument();
    expect(document.querySelector('img')).toBeNull();
  });
});
