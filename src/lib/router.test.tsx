import { act, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { navigate, usePathname, useSearchParams } from './router';

afterEach(() => window.history.replaceState(null, '', '/'));

describe('router hooks', () => {
  it('usePathname re-renders on a new path, not on a new query', () => {
    let renders = 0;
    function Path() {
      renders += 1;
      return <p>{usePathname()}</p>;
    }
    render(<Path />);
    const before = renders;
    act(() => navigate('/?entity=x'));
    expect(renders).toBe(before);
    act(() => navigate('/articles/a/'));
    expect(screen.getByText('/articles/a/')).toBeInTheDocument();
    expect(renders).toBe(before + 1);
  });

  it('useSearchParams reads the query and pushes a merged one', () => {
    function Params() {
      const [params, set] = useSearchParams();
      return (
        <button type="button" onClick={() => set({ entity: null, event: 'e1' })}>
          {params.get('entity') ?? 'none'}
        </button>
      );
    }
    window.history.replaceState(null, '', '/articles/a/?entity=x');
    render(<Params />);
    act(() => screen.getByRole('button', { name: 'x' }).click());
    expect(window.location.pathname + window.location.search).toBe('/articles/a/?event=e1');
    expect(screen.getByRole('button', { name: 'none' })).toBeInTheDocument();
  });
});
