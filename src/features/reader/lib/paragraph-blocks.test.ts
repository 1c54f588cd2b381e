import { describe, expect, it } from 'vitest';
import { BLOCK_SIZE, FIRST_BLOCK_SIZES, paragraphBlocks } from './paragraph-blocks';

const numbers = (n: number) => Array.from({ length: n }, (_, i) => i);

describe('paragraphBlocks', () => {
  it('gives no block for no paragraph', () => {
    expect(paragraphBlocks([])).toEqual([]);
  });

  it('keeps a short article in its first, small blocks', () => {
    expect(paragraphBlocks(numbers(3))).toEqual([[0, 1, 2]]);
    expect(paragraphBlocks(numbers(6))).toEqual([
      [0, 1, 2, 3],
      [4, 5],
    ]);
  });

  it('cuts a long article into blocks of the block size after the first ones, in order and losing none', () => {
    const first = FIRST_BLOCK_SIZES.reduce((a, b) => a + b, 0);
    const paragraphs = numbers(first + 12 * BLOCK_SIZE + 3);
    const blocks = paragraphBlocks(paragraphs);
    expect(blocks.flat()).toEqual(paragraphs);
    expect(blocks.map((b) => b.length)).toEqual([...FIRST_BLOCK_SIZES, ...Array<number>(12).fill(BLOCK_SIZE), 3]);
  });
});
