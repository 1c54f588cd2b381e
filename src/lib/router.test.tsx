import { act, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { flushHistory, navigate, setSearchParams, useLocation, usePathname, useSearchParam } from './router';

afterEach(() => {
  flushHistory();
  window.history.replaceState(null, '', '/');
  vi.useRealTimers();
});

const historyUrl = () => window.location.pathname + window.location.search;

/** Fake timers for the router's writes: their scheduling and their cancelling, on the same held clock. */
const HELD_CLOCK: Parameters<typeof vi.useFakeTimers>[0] = {
  toFake: ['setTimeout', 'clearTimeout', 'requestAnimationFrame', 'cancelAnimationFrame'],
};

function PathText() {
  return <p>{usePathname()}</p>;
}

describe('router hooks', () => {
  it('usePathname re-renders on a new path, not on a new query', () => {
    const rendered = vi.fn();
    function Path() {
      rendered();
      return <p>{usePathname()}</p>;
    }
    render(<Path />);
    const before = rendered.mock.calls.length;
    act(() => navigate('/?entity=x'));
    expect(rendered).toHaveBeenCalledTimes(before);
    act(() => navigate('/articles/a/'));
    expect(screen.getByText('/articles/a/')).toBeInTheDocument();
    expect(rendered).toHaveBeenCalledTimes(before + 1);
  });

  it('useSearchParam re-renders when its parameter changes, not when another one does', () => {
    const rendered = vi.fn();
    function EventParam() {
      rendered();
      return <p>{useSearchParam('event') ?? 'none'}</p>;
    }
    window.history.replaceState(null, '', '/articles/a/?entity=x');
    render(<EventParam />);
    expect(screen.getByText('none')).toBeInTheDocument();
    const before = rendered.mock.calls.length;
    act(() => navigate('/articles/a/?entity=y'));
    expect(rendered).toHaveBeenCalledTimes(before);
    act(() => navigate('/articles/a/?entity=y&event=e2'));
    expect(screen.getByText('e2')).toBeInTheDocument();
    expect(rendered).toHaveBeenCalledTimes(before + 1);
  });

  it('setSearchParams merges into the location shown, even one not yet written to the history', async () => {
    window.history.replaceState(null, '', '/articles/a/?entity=x');
    function Shown() {
      const { pathname, search } = useLocation();
      return <p>{pathname + search}</p>;
    }
    render(<Shown />);
    act(() => setSearchParams({ event: 'e1' }));
    act(() => setSearchParams({ entity: null })); // before the first is written
    expect(screen.getByText('/articles/a/?event=e1')).toBeInTheDocument();
    await vi.waitFor(() => expect(historyUrl()).toBe('/articles/a/?event=e1'));
    act(() => window.history.back());
    await vi.waitFor(() => expect(historyUrl()).toBe('/articles/a/?entity=x&event=e1'));
  });

  it('useSearchParam reads the query, and setSearchParams pushes a merged one', async () => {
    function Params() {
      return (
        <button type="button" onClick={() => setSearchParams({ entity: null, event: 'e1' })}>
          {useSearchParam('entity') ?? 'none'}
        </button>
      );
    }
    window.history.replaceState(null, '', '/articles/a/?entity=x');
    render(<Params />);
    act(() => screen.getByRole('button', { name: 'x' }).click());
    expect(screen.getByRole('button', { name: 'none' })).toBeInTheDocument();
    await vi.waitFor(() => expect(historyUrl()).toBe('/articles/a/?event=e1'));
  });

  it('renders a new location at once and writes it to the history after the next frame', async () => {
    function Where() {
      const { pathname, search } = useLocation();
      return <p>{pathname + search}</p>;
    }
    render(<Where />);
    const entries = window.history.length;
    const frame = vi.spyOn(window, 'requestAnimationFrame');
    act(() => navigate('/articles/a/?entity=x'));
    expect(screen.getByText('/articles/a/?entity=x')).toBeInTheDocument();
    // Not written during the render that shows it, so the click's frame does not wait for it.
    expect(historyUrl()).toBe('/');
    expect(frame).toHaveBeenCalledTimes(1);
    await vi.waitFor(() => expect(historyUrl()).toBe('/articles/a/?entity=x'));
    expect(window.history.length).toBe(entries + 1);
    frame.mockRestore();
  });

  it('writes once, after the frame, and leaves no write pending that could write a later navigation early', async () => {
    vi.useFakeTimers(HELD_CLOCK);
    navigate('/articles/a/');
    expect(vi.getTimerCount()).toBe(2); // the frame, and the timer for a hidden tab that runs none
    await vi.advanceTimersByTimeAsync(20); // the frame, then the task after it
    expect(historyUrl()).toBe('/articles/a/');
    expect(vi.getTimerCount()).toBe(0);
  });

  it('writes navigations made within one frame in order, as pushes and replacements', async () => {
    render(<PathText />);
    const entries = window.history.length;
    act(() => {
      navigate('/articles/a/');
      navigate('/articles/a/?entity=x');
      navigate('/articles/b/', { replace: true });
    });
    expect(screen.getByText('/articles/b/')).toBeInTheDocument();
    await vi.waitFor(() => expect(historyUrl()).toBe('/articles/b/'));
    expect(window.history.length).toBe(entries + 2);
    act(() => window.history.back());
    await vi.waitFor(() => expect(screen.getByText('/articles/a/')).toBeInTheDocument());
  });

  it('a navigation to the URL the page shows makes no new history entry, as in browsers', async () => {
    render(<PathText />);
    const push = vi.spyOn(window.history, 'pushState');
    const replace = vi.spyOn(window.history, 'replaceState');
    act(() => navigate('/articles/a/?entity=x'));
    act(() => navigate('/articles/a/?entity=x')); // e.g. one click answered twice
    await vi.waitFor(() => expect(historyUrl()).toBe('/articles/a/?entity=x'));
    act(() => navigate('/articles/a/?entity=x')); // and once written
    await vi.waitFor(() => expect(replace).toHaveBeenCalledTimes(2));
    expect(push).toHaveBeenCalledTimes(1);
    push.mockRestore();
    replace.mockRestore();
    act(() => window.history.back()); // one Back leaves the page the navigations came from
    await vi.waitFor(() => expect(historyUrl()).toBe('/'));
    expect(screen.getByText('/')).toBeInTheDocument();
  });

  it('Back before the history was written shows the entry the history holds, and drops the unwritten URLs', async () => {
    window.history.replaceState(null, '', '/articles/a/');
    window.history.pushState(null, '', '/articles/b/');
    // Back lands before the URL is written, whatever the machine's load: with the clock held, only the tasks
    // jsdom queues to answer Back (0 ms timers) run, not the frame or the timer that would write the URL.
    vi.useFakeTimers(HELD_CLOCK);
    render(<PathText />);
    act(() => navigate('/articles/c/'));
    expect(screen.getByText('/articles/c/')).toBeInTheDocument();
    const popped = new Promise((resolve) => window.addEventListener('popstate', resolve, { once: true }));
    act(() => window.history.back());
    await vi.advanceTimersByTimeAsync(1);
    await popped;
    vi.useRealTimers();
    await vi.waitFor(() => expect(screen.getByText('/articles/a/')).toBeInTheDocument());
    flushHistory();
    expect(historyUrl()).toBe('/articles/a/');
  });
});
