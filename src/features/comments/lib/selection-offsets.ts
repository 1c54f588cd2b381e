/**
 * Maps a DOM selection inside the article body to `{start, end}` offsets into `article.text`.
 *
 * Contract with the reader: the body element carries `data-article-text`, and every text node inside it
 * lies within an element with `data-offset="N"` whose text content is the article text from offset N on
 * (the reader puts it on each sentence and on the whitespace between sentences). A text node's offset is
 * its owner's N plus the length of the text before it in that owner: counted within one sentence, never
 * across the page, so a stray node elsewhere cannot shift the offsets.
 */

export interface TextSpan {
  start: number;
  end: number;
}

export const ARTICLE_TEXT_SELECTOR = '[data-article-text]';

function ownOffset(owner: Element): number | null {
  const raw = owner.getAttribute('data-offset');
  return raw != null && /^\d+$/.test(raw) ? Number(raw) : null;
}

const isText = (node: Node): node is Text => node.nodeType === 3;
const isElement = (node: Node): node is Element => node.nodeType === 1;

function elementOf(node: Node): Element | null {
  return isElement(node) ? node : node.parentElement;
}

/** The article body that holds both ends of the range, or null when the selection is elsewhere. */
export function articleRootOf(range: Range): Element | null {
  const start = elementOf(range.startContainer)?.closest(ARTICLE_TEXT_SELECTOR) ?? null;
  const end = elementOf(range.endContainer)?.closest(ARTICLE_TEXT_SELECTOR) ?? null;
  return start && start === end ? start : null;
}

interface MappedText {
  node: Text;
  offset: number;
}

function mappedTexts(root: Element): MappedText[] {
  const doc = root.ownerDocument;
  const walker = doc.createTreeWalker(root, 4 /* NodeFilter.SHOW_TEXT */);
  const out: MappedText[] = [];
  // Text seen so far in each owner: nodes come in document order, so this is the text before the next one.
  const seen = new Map<Element, number>();
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (!isText(node)) continue;
    const owner = node.parentElement?.closest('[data-offset]');
    const start = owner ? ownOffset(owner) : null;
    if (!owner || start === null) continue;
    const before = seen.get(owner) ?? 0;
    seen.set(owner, before + node.data.length);
    if (node.data.length > 0) out.push({ node, offset: start + before });
  }
  return out;
}

/** Where `point` lies relative to the start of `node`: negative before, 0 at, positive after. */
function comparePointToNodeStart(container: Node, offset: number, node: Text): number {
  const probe = node.ownerDocument.createRange();
  probe.setStart(container, offset);
  probe.collapse(true);
  // comparePoint(node, 0): -1 if node's start is before the probe, 0 if at it, 1 if after.
  return -probe.comparePoint(node, 0);
}

/**
 * Offsets for one boundary point. `side` says which way to snap when the point falls between mapped
 * text (e.g. between paragraphs): a start snaps forwards, an end backwards.
 */
function boundaryOffset(texts: MappedText[], container: Node, offset: number, side: 'start' | 'end'): number | null {
  if (isText(container)) {
    const hit = texts.find((t) => t.node === container);
    if (hit) return hit.offset + Math.min(offset, hit.node.data.length);
  }
  if (side === 'start') {
    // First mapped text starting at or after the point.
    for (const t of texts) {
      if (comparePointToNodeStart(container, offset, t.node) <= 0) return t.offset;
    }
    return null;
  }
  // Last mapped text starting before the point: the point is after it (or inside, handled above).
  for (let i = texts.length - 1; i >= 0; i -= 1) {
    const t = texts[i]!;
    if (comparePointToNodeStart(container, offset, t.node) > 0) return t.offset + t.node.data.length;
  }
  return null;
}

/**
 * Maps a range to text offsets, trimmed of surrounding whitespace when `text` is given.
 * Returns null when the range is collapsed, outside the article body, or covers no text.
 */
export function rangeToOffsets(range: Range, text?: string): TextSpan | null {
  if (range.collapsed) return null;
  const root = articleRootOf(range);
  if (!root) return null;
  const texts = mappedTexts(root);
  if (texts.length === 0) return null;
  const start = boundaryOffset(texts, range.startContainer, range.startOffset, 'start');
  const end = boundaryOffset(texts, range.endContainer, range.endOffset, 'end');
  if (start === null || end === null || end <= start) return null;
  let s = start;
  let e = end;
  if (text !== undefined) {
    e = Math.min(e, text.length);
    while (s < e && /\s/.test(text.charAt(s))) s += 1;
    while (e > s && /\s/.test(text.charAt(e - 1))) e -= 1;
  }
  return e > s ? { start: s, end: e } : null;
}

/** Maps the current selection (its first range) to text offsets; see `rangeToOffsets`. */
export function selectionToOffsets(selection: Selection | null, text?: string): TextSpan | null {
  if (!selection || selection.rangeCount === 0 || selection.isCollapsed) return null;
  return rangeToOffsets(selection.getRangeAt(0), text);
}
