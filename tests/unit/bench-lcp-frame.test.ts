import { describe, expect, it } from 'vitest';
import { lcpFrame } from '../bench/lcp-frame';

describe('lcpFrame', () => {
  it('splits the LCP into the time before its frame, the frame’s tasks, its rendering and presentation', () => {
    const frames = [
      { start: 120, renderStart: 180, end: 290 },
      { start: 400, renderStart: 420, end: 480 }, // after the paint
    ];
    expect(lcpFrame(frames, 350)).toEqual({ before: 120, tasks: 60, rendering: 110, presentation: 60 });
  });

  it('takes the last frame that rendered before the paint, not one without rendering', () => {
    const frames = [
      { start: 50, renderStart: 70, end: 90 },
      { start: 100, renderStart: 130, end: 200 },
      { start: 210, renderStart: 0, end: 280 }, // tasks only
    ];
    expect(lcpFrame(frames, 260)?.before).toBe(100);
  });

  it('gives null when no frame ends by the paint, or the nearest ends too long before it', () => {
    expect(lcpFrame([], 300)).toBeNull();
    expect(lcpFrame([{ start: 400, renderStart: 420, end: 480 }], 300)).toBeNull();
    expect(lcpFrame([{ start: 10, renderStart: 20, end: 40 }], 600)).toBeNull();
  });
});
