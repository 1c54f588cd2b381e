import { act } from '@testing-library/react';
import { hydrateRoot } from 'react-dom/client';
import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { ReadingProgress } from './reading-progress';

describe('ReadingProgress', () => {
  it('is not in the prerendered page, and appears, decorative, once the app has hydrated it', async () => {
    const html = renderToString(<ReadingProgress />);
    expect(html).toBe('');
    const container = document.body.appendChild(document.createElement('div'));
    container.innerHTML = html;
    const errors: unknown[] = [];
    let root: ReturnType<typeof hydrateRoot> | undefined;
    await act(async () => {
      root = hydrateRoot(container, <ReadingProgress />, { onRecoverableError: (e) => errors.push(e) });
    });
    expect(errors).toEqual([]);
    const bar = container.querySelector('[data-reading-progress]');
    expect(bar).not.toBeNull();
    expect(bar!.closest('[aria-hidden="true"]')).not.toBeNull();
    act(() => root!.unmount());
    container.remove();
  });
});
