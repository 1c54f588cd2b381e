import 'fake-indexeddb/auto';
import { QueryClientProvider } from '@tanstack/react-query';
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { analyze, slugify } from '../../src/core';
import { ImportPanel } from '../../src/features/library/components/import-panel';
import { handleAnalyzeMessage, type AnalyzeRequest } from '../../src/features/library/worker/analyze-protocol';
import type * as RunAnalysis from '../../src/features/library/worker/run-analysis';
import { createQueryClient } from '../../src/lib/query-client';
import { listLocalArticles } from '../../src/lib/storage/article-store';
import { parseArticle } from '../../src/lib/article-schema';
import { OWN_STORY, resetArticleStore } from '../fixtures/article-store';

// jsdom has no Web Worker: run the worker's own handler in the page instead, through the same protocol.
vi.mock('../../src/features/library/worker/run-analysis', async (importOriginal) => {
  const original = await importOriginal<typeof RunAnalysis>();
  return {
    ...original,
    runAnalysis: (input: Omit<AnalyzeRequest, 'type'>, options: { onAnalysing?: () => void } = {}) =>
      new Promise((resolve, reject) => {
        handleAnalyzeMessage(
          { type: 'analyze', ...input },
          {
            analyze,
            slugify,
            post: (message) => {
              if (message.type === 'progress') options.onAnalysing?.();
              else if (message.type === 'result') resolve(parseArticle(message.article));
              else reject(new original.AnalysisError(message.code, message.message));
            },
          },
        );
      }),
  };
});

function renderPanel() {
  return render(
    <QueryClientProvider client={createQueryClient()}>
      <ImportPanel />
    </QueryClientProvider>,
  );
}

beforeEach(() => {
  window.history.replaceState(null, '', '/');
});

afterEach(resetArticleStore);

describe('ImportPanel: bad input', () => {
  it('an empty paste: an alert, nothing stored', async () => {
    renderPanel();
    await userEvent.click(screen.getByRole('button', { name: 'Analyse text' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('There is no text to analyse');
    expect(await listLocalArticles()).toEqual([]);
  });

  it('text in another script: an alert, and the pasted text stays', async () => {
    renderPanel();
    const text = 'Госсекретарь США Джон Керри прибыл в Москву для переговоров.';
    await userEvent.type(screen.getByLabelText('Article text'), text);
    await userEvent.click(screen.getByRole('button', { name: 'Analyse text' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(/another script/);
    expect(screen.getByLabelText('Article text')).toHaveValue(text);
    expect(await listLocalArticles()).toEqual([]);
    expect(window.location.pathname).toBe('/');
  });

  it('an image: an alert naming the file', async () => {
    renderPanel();
    const png = new File([new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0])], 'photo.png', { type: 'image/png' });
    await userEvent.upload(screen.getByLabelText('Choose a file'), png, { applyAccept: false });
    expect(await screen.findByRole('alert')).toHaveTextContent('“photo.png” is not text');
    expect(await listLocalArticles()).toEqual([]);
  });

  it('a web page with no article: an alert', async () => {
    renderPanel();
    const page = new File(['<html><body><nav><a href="/">Home</a></nav></body></html>'], 'menu.html', {
      type: 'text/html',
    });
    await userEvent.upload(screen.getByLabelText('Choose a file'), page);
    expect(await screen.findByRole('alert')).toHaveTextContent('No article was found');
  });
});

describe('ImportPanel: a good article', () => {
  it('is analysed, stored and opened at its own local- URL', async () => {
    renderPanel();
    await userEvent.click(screen.getByLabelText('Article text'));
    await userEvent.paste(OWN_STORY);
    await userEvent.click(screen.getByRole('button', { name: 'Analyse text' }));
    await waitFor(() => expect(window.location.pathname).toMatch(/^\/articles\/local-harbour-board-[a-z0-9-]+\/$/));
    const stored = await listLocalArticles();
    expect(stored.map((a) => a.title)).toEqual(['Harbour Board approves ferry terminal']);
    expect(stored[0]?.published).toBe('2024-03-05');
  });

  it('a saved page dropped on the drop zone is extracted and stored with its metadata', async () => {
    const { readFileSync } = await import('node:fs');
    const { resolve } = await import('node:path');
    const html = readFileSync(resolve(__dirname, '../fixtures/harbour-story.html'), 'utf8');
    renderPanel();
    const file = new File([html], 'harbour-story.html', { type: 'text/html' });
    fireEvent.drop(screen.getByTestId('drop-zone'), { dataTransfer: { files: [file] } });
    await waitFor(async () => expect(await listLocalArticles()).toHaveLength(1));
    expect((await listLocalArticles())[0]).toMatchObject({
      title: 'Harbour Board approves new ferry terminal in Portsmouth',
      source: 'The Coastal Times',
      published: '2024-03-05',
    });
  });
});
