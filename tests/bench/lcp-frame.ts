/**
 * What a page's largest contentful paint is made of, from its Long Animation Frame entries: when the frame
 * that painted it began, how long that frame's tasks ran before its rendering (parsing, inline scripts),
 * how long the rendering took (style, layout, paint, on the main thread), and how long after that the paint
 * reached the screen (the LCP time is the frame's presentation: compositing and raster, off the main thread).
 * The four parts add up to the LCP. Untraced loads, so they include waits that thread time leaves out, such
 * as the renderer asking the browser process for a font.
 */

/** A long animation frame as the page records it: ms from navigation. */
export interface AnimationFrame {
  start: number;
  /** 0 when the frame did no rendering. */
  renderStart: number;
  end: number;
}

export interface LcpFrame {
  /** From navigation to the frame's first task. */
  before: number;
  /** The frame's tasks before its rendering. */
  tasks: number;
  /** Its rendering on the main thread. */
  rendering: number;
  /** From the end of that rendering to the paint's presentation (the LCP time). */
  presentation: number;
}

/**
 * The frame that painted the LCP: the last frame that rendered and ended by `lcp`. Null when there is none,
 * or when the page painted after it in a frame too short to be reported (over 50 ms is reported), which a
 * first paint's frame at a slowed CPU is not; `maxPresentation` bounds the gap to tell the two apart.
 */
export function lcpFrame(frames: readonly AnimationFrame[], lcp: number, maxPresentation = 250): LcpFrame | null {
  let found: AnimationFrame | null = null;
  for (const f of frames) if (f.renderStart > 0 && f.end <= lcp && (found === null || f.end > found.end)) found = f;
  if (found === null || lcp - found.end > maxPresentation) return null;
  return {
    before: found.start,
    tasks: found.renderStart - found.start,
    rendering: found.end - found.renderStart,
    presentation: lcp - found.end,
  };
}
