import { act, render, screen } from '@testing-library/react';
import { Suspense } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { preloadable } from './preloadable';

function Hello({ name }: { name: string }) {
  return <p>Hello {name}</p>;
}

const withBoundary = (node: React.ReactNode) => <Suspense fallback={<p>Loading</p>}>{node}</Suspense>;

describe('preloadable', () => {
  it('renders in the same commit once preloaded: no fallback, no wait', async () => {
    const { Component, preload } = preloadable(() => Promise.resolve(Hello));
    await preload();
    act(() => {
      render(withBoundary(<Component name="Ana" />));
    });
    expect(screen.getByText('Hello Ana')).toBeInTheDocument();
    expect(screen.queryByText('Loading')).toBeNull();
  });

  it('suspends to the boundary while the chunk loads, then shows it and keeps it mounted', async () => {
    let resolve: (c: typeof Hello) => void = () => undefined;
    const load = vi.fn(() => new Promise<typeof Hello>((r) => (resolve = r)));
    const { Component } = preloadable(load);
    const { rerender } = render(withBoundary(<Component name="Ana" />));
    expect(screen.getByText('Loading')).toBeInTheDocument();
    await act(async () => resolve(Hello));
    const shown = screen.getByText('Hello Ana');
    rerender(withBoundary(<Component name="Ana" />));
    expect(screen.getByText('Hello Ana')).toBe(shown); // the same node: not remounted after the load
    expect(load).toHaveBeenCalledTimes(1);
  });

  it('loads once however often it is preloaded, and tries again after a failed load', async () => {
    const load = vi.fn().mockRejectedValueOnce(new Error('offline')).mockResolvedValue(Hello);
    const { preload } = preloadable(load);
    await expect(preload()).rejects.toThrow('offline');
    await expect(preload()).resolves.toBe(Hello);
    await preload();
    expect(load).toHaveBeenCalledTimes(2);
  });
});
