import { describe, expect, it, vi } from 'vitest';
import { replayEarlyClicks } from './early-clicks';

describe('replayEarlyClicks', () => {
  it('replays each recorded click once, inside the part that asks, and leaves the others for later', async () => {
    document.body.innerHTML =
      '<div id="text"><button>Kim</button></div><ol id="timeline"><li><button>2003</button></li></ol>';
    const [mention, event] = [...document.querySelectorAll('button')];
    const clicks: string[] = [];
    document.addEventListener('click', (e) => clicks.push((e.target as Element).textContent ?? ''));
    const take = vi.fn(() => [event!, mention!]);
    window.__glossEarlyClicks = take;

    expect(replayEarlyClicks(document.getElementById('text'))).toBe(1);
    expect(clicks).toEqual([]); // not from inside the caller (React's commit): in a microtask
    await Promise.resolve();
    expect(clicks).toEqual(['Kim']);
    expect(replayEarlyClicks(document.getElementById('text'))).toBe(0); // once only
    expect(replayEarlyClicks(document.getElementById('timeline'))).toBe(1);
    await Promise.resolve();
    expect(clicks).toEqual(['Kim', '2003']);
    expect(take).toHaveBeenCalledTimes(1); // the recording is taken (and stopped) once
    expect(replayEarlyClicks(null)).toBe(0);
  });
});
