import { afterEach, describe, expect, it } from 'vitest';
import { rangeToOffsets, selectionToOffsets } from './selection-offsets';

// Every text node lies in an element carrying data-offset, the offset in article.text of that element's
// first character. Here each text node is its owner's only text; `mountSentences` nests them the way the
// reader renders an article (one offset per sentence, mentions and marks inside it).
const TEXT = 'Kerry in Moscow\n\nJohn Kerry met Vladimir Putin on Tuesday.\n\nThey talked about Syria.';

function mount(): HTMLElement {
  const host = document.createElement('div');
  host.innerHTML = `
    <h1 data-offset="0">Kerry in Moscow</h1>
    <div data-article-text>
      <p id="p1"><span data-offset="17">John Kerry</span><span data-offset="27"> met </span><mark data-offset="32">Vladimir Putin</mark><span data-offset="46"> on Tuesday.</span></p>
      <p id="p2"><span data-offset="60">They talked about </span><button data-offset="78">Syria</button><span data-offset="83">.</span></p>
    </div>
    <p id="outside">Not the article</p>`;
  document.body.append(host);
  return host;
}

const textOf = (host: HTMLElement, offset: number): Text => {
  const node = host.querySelector(`[data-offset="${offset}"]`)?.firstChild;
  if (!node || node.nodeType !== Node.TEXT_NODE) throw new Error(`no text at ${offset}`);
  return node as Text;
};

function range(start: [Node, number], end: [Node, number]): Range {
  const r = document.createRange();
  r.setStart(...start);
  r.setEnd(...end);
  return r;
}

afterEach(() => {
  document.body.innerHTML = '';
  document.getSelection()?.removeAllRanges();
});

describe('rangeToOffsets: text-node boundaries', () => {
  it('maps a selection inside one text node', () => {
    const host = mount();
    const t = textOf(host, 17);
    const span = rangeToOffsets(range([t, 5], [t, 10]), TEXT);
    expect(span).toEqual({ start: 22, end: 27 });
    expect(TEXT.slice(22, 27)).toBe('Kerry');
  });

  it('maps a selection across elements', () => {
    const host = mount();
    const span = rangeToOffsets(range([textOf(host, 17), 5], [textOf(host, 32), 8]), TEXT);
    expect(TEXT.slice(span!.start, span!.end)).toBe('Kerry met Vladimir');
  });

  it('maps a selection across paragraphs, including the gap between them', () => {
    const host = mount();
    const span = rangeToOffsets(range([textOf(host, 46), 4], [textOf(host, 78), 5]), TEXT);
    expect(TEXT.slice(span!.start, span!.end)).toBe('Tuesday.\n\nThey talked about Syria');
  });

  it('trims surrounding whitespace when given the text', () => {
    const host = mount();
    const span = rangeToOffsets(range([textOf(host, 27), 0], [textOf(host, 27), 5]), TEXT);
    expect(span).toEqual({ start: 28, end: 31 });
  });
});

// The reader's markup: the offset on each sentence and gap; text, mention buttons and a marked piece inside.
function mountSentences(): HTMLElement {
  const host = document.createElement('div');
  host.innerHTML = `
    <div data-article-text>
      <p><span data-offset="17"><button>John Kerry</button> met <span class="mark">Vladimir <b>Putin</b></span> on Tuesday.<button aria-label="Timeline event"><svg></svg></button></span></p>
      <p><span data-offset="60">They talked about <button>Syria</button>.</span></p>
    </div>`;
  document.body.append(host);
  return host;
}

const textIn = (host: HTMLElement, data: string): Text => {
  const walker = document.createTreeWalker(host, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode())
    if ((node as Text).data === data) return node as Text;
  throw new Error(`no text node ${JSON.stringify(data)}`);
};

describe('rangeToOffsets: text nested in a sentence that carries the offset', () => {
  it('counts the text before a node within its sentence', () => {
    const host = mountSentences();
    const onTuesday = textIn(host, ' on Tuesday.');
    expect(rangeToOffsets(range([onTuesday, 4], [onTuesday, 11]), TEXT)).toEqual({ start: 50, end: 57 });
    expect(TEXT.slice(50, 57)).toBe('Tuesday');
    const putin = textIn(host, 'Putin');
    expect(rangeToOffsets(range([putin, 0], [putin, 5]), TEXT)).toEqual({ start: 41, end: 46 });
  });

  it('maps a selection from a mention in one sentence into another sentence', () => {
    const host = mountSentences();
    const span = rangeToOffsets(range([textIn(host, 'John Kerry'), 5], [textIn(host, 'Syria'), 5]), TEXT);
    expect(TEXT.slice(span!.start, span!.end)).toBe('Kerry met Vladimir Putin on Tuesday.\n\nThey talked about Syria');
  });

  it('restarts the count at each sentence, so an extra node in one cannot shift the next', () => {
    const host = mountSentences();
    host.querySelector('b')!.append(' (sic)');
    const syria = textIn(host, 'Syria');
    expect(rangeToOffsets(range([syria, 0], [syria, 5]), TEXT)).toEqual({ start: 78, end: 83 });
  });
});

describe('rangeToOffsets: element boundaries (triple click, select-all of a paragraph)', () => {
  it('snaps a start between paragraphs forwards and an end backwards', () => {
    const host = mount();
    const p1 = host.querySelector('#p1')!;
    const p2 = host.querySelector('#p2')!;
    const span = rangeToOffsets(range([p1, 0], [p2, 0]), TEXT);
    expect(TEXT.slice(span!.start, span!.end)).toBe('John Kerry met Vladimir Putin on Tuesday.');
  });

  it('maps a whole paragraph selected by its element children', () => {
    const host = mount();
    const p2 = host.querySelector('#p2')!;
    const span = rangeToOffsets(range([p2, 0], [p2, p2.childNodes.length]), TEXT);
    expect(TEXT.slice(span!.start, span!.end)).toBe('They talked about Syria.');
  });
});

describe('rangeToOffsets: negative cases', () => {
  it('returns null for a collapsed selection', () => {
    const host = mount();
    const t = textOf(host, 17);
    expect(rangeToOffsets(range([t, 3], [t, 3]), TEXT)).toBeNull();
  });

  it('returns null outside the article body (the title is not in it)', () => {
    const host = mount();
    const title = textOf(host, 0);
    expect(rangeToOffsets(range([title, 0], [title, 5]), TEXT)).toBeNull();
  });

  it('returns null when the selection starts inside and ends outside', () => {
    const host = mount();
    const outside = host.querySelector('#outside')!.firstChild!;
    expect(rangeToOffsets(range([textOf(host, 17), 0], [outside, 3]), TEXT)).toBeNull();
  });

  it('returns null for whitespace only', () => {
    const host = mount();
    const t = textOf(host, 27);
    expect(rangeToOffsets(range([t, 0], [t, 1]), TEXT)).toBeNull();
  });
});

describe('selectionToOffsets', () => {
  it('reads the document selection', () => {
    const host = mount();
    const selection = document.getSelection()!;
    selection.removeAllRanges();
    selection.addRange(range([textOf(host, 32), 0], [textOf(host, 32), 14]));
    expect(selectionToOffsets(selection, TEXT)).toEqual({ start: 32, end: 46 });
  });

  it('returns null with no selection', () => {
    mount();
    expect(selectionToOffsets(null)).toBeNull();
    expect(selectionToOffsets(document.getSelection())).toBeNull();
  });
});
