/**
 * The article's paragraphs in blocks: the unit that the page leaves unrendered while it is far from the
 * screen (`content-visibility: auto`, in index.css).
 *
 * Why blocks and not paragraphs: the browser tracks every such element on every frame, and lays out
 * their parent again whenever one comes into view. A 1 MB article has ~5,500 paragraphs; skipped one by
 * one, scrolling its page ran at one frame per ~300 ms at 4× CPU (Chromium 156, without script), and in
 * blocks of 16 at one per ~40 ms. A block of 16 paragraphs is still a small fraction of a long article.
 *
 * The first blocks are smaller: the first holds a phone's first screen, and the first two a wide
 * screen's, so that the first screen is rendered in the first frame and nothing below it is.
 */
export const FIRST_BLOCK_SIZES: readonly number[] = [4, 4];
export const BLOCK_SIZE = 16;

/** The paragraphs, in order, cut into blocks of `FIRST_BLOCK_SIZES` and then `BLOCK_SIZE`. */
export function paragraphBlocks<T>(paragraphs: readonly T[]): T[][] {
  const blocks: T[][] = [];
  for (let start = 0; start < paragraphs.length;) {
    const size = FIRST_BLOCK_SIZES[blocks.length] ?? BLOCK_SIZE;
    blocks.push(paragraphs.slice(start, start + size));
    start += size;
  }
  return blocks;
}
