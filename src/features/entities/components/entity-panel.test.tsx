import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useLayoutEffect } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { manualFrames } from '../../../../tests/fixtures/manual-frames';
import { markedMentions } from '../../../../tests/fixtures/marked-mentions';
import { sampleArticle as article } from '../../../../tests/fixtures/sample-article';
import { segment } from '../../../core/article/segment';
import type { Article, Entity } from '../../../core/types';
import { EntityLegend } from './entity-legend';
import { EntityPanel, MENTIONS_SHOWN, WARM_UP_SLICE_MS, warmUpEntityPanel } from './entity-panel';

const silva = article.entities.find((e) => e.id === 'person-ana-silva')!;

function renderPanel(overrides: Partial<Parameters<typeof EntityPanel>[0]> = {}) {
  const props = {
    article,
    entity: silva,
    selectedEventId: null,
    onClose: vi.fn(),
    onShowMention: vi.fn(),
    onSelectEntity: vi.fn(),
    onSelectEvent: vi.fn(),
    onComment: vi.fn(),
    ...overrides,
  };
  render(<EntityPanel {...props} />);
  return props;
}

describe('EntityPanel', () => {
  it('is a dialog named by the entity, giving type, role and the introducing sentence', async () => {
    renderPanel();
    const dialog = screen.getByRole('dialog', { name: 'Ana Silva' });
    expect(dialog).toHaveTextContent('Person');
    expect(dialog).toHaveTextContent('Finance Minister');
    expect(within(dialog).getByRole('blockquote')).toHaveTextContent(
      'Finance Minister Ana Silva met the Harbour Board',
    );
    await vi.waitFor(() => expect(screen.getByRole('heading', { name: 'Ana Silva' })).toHaveFocus());
  });

  it('shows its name, type and role in its first render, and its introduction and lists right after', () => {
    const first: { text: string; quote: boolean; lists: number }[] = [];
    // A sibling's layout effect runs in the panel's first commit, before the deferred render that follows it.
    function FirstCommit() {
      useLayoutEffect(() => {
        const dialog = screen.getByRole('dialog');
        first.push({
          text: dialog.textContent ?? '',
          quote: dialog.querySelector('blockquote') !== null,
          lists: dialog.querySelectorAll('ul').length,
        });
      }, []);
      return null;
    }
    render(
      <>
        <EntityPanel
          article={article}
          entity={silva}
          selectedEventId={null}
          onClose={vi.fn()}
          onShowMention={vi.fn()}
          onSelectEntity={vi.fn()}
          onSelectEvent={vi.fn()}
        />
        <FirstCommit />
      </>,
    );
    expect(first).toEqual([
      { text: expect.stringMatching(/Ana Silva.*Person.*Finance Minister/), quote: false, lists: 0 },
    ]);
    const dialog = screen.getByRole('dialog', { name: 'Ana Silva' });
    expect(within(dialog).getByRole('blockquote')).toBeInTheDocument();
    expect(within(dialog).getAllByRole('list').length).toBeGreaterThan(0);
  });

  it('lists every mention as a snippet with the mention marked; choosing one shows it', async () => {
    const props = renderPanel();
    const list = screen.getByRole('heading', { name: '3 mentions' }).nextElementSibling as HTMLElement;
    const items = within(list).getAllByRole('button');
    expect(items).toHaveLength(3);
    expect(items[2]).toHaveTextContent('Silva said the port would grow.');
    expect(items[2]!.querySelector('mark')).toHaveTextContent('Silva');
    await userEvent.click(items[2]!);
    expect(props.onShowMention).toHaveBeenCalledWith(expect.objectContaining(silva.mentions[2]));
  });

  it('switches to a related entity and selects its events', async () => {
    const props = renderPanel();
    await userEvent.click(screen.getByRole('button', { name: 'Harbour Board, Organisation, together in 2 sentences' }));
    expect(props.onSelectEntity).toHaveBeenCalledWith('organization-harbour-board');
    await userEvent.click(screen.getByRole('button', { name: /Silva meets Harbour Board/ }));
    expect(props.onSelectEvent).toHaveBeenCalledWith('e-meets');
  });

  it('closes from its close button and offers a comment', async () => {
    const props = renderPanel();
    await userEvent.click(screen.getByRole('button', { name: 'Close' }));
    expect(props.onClose).toHaveBeenCalled();
    await userEvent.click(screen.getByRole('button', { name: 'Comment on Ana Silva' }));
    expect(props.onComment).toHaveBeenCalledWith(silva);
  });
});

/** The article's mentions as the text shows them (features/reader), without that feature. */
function Text({ article: a }: { article: Article }) {
  return (
    <p data-article-text="">
      {a.entities.flatMap((e) =>
        e.mentions.map((m) => (
          <button key={m.start} type="button" data-entity-id={e.id}>
            {a.text.slice(m.start, m.end)}
          </button>
        )),
      )}
    </p>
  );
}

describe("EntityPanel: its entity's mentions marked in the text", () => {
  afterEach(() => vi.unstubAllGlobals());

  /** The article's mentions beside a panel, as on the page. */
  function renderBesideText(a: Article, entity: Entity) {
    const panel = (e: Entity | null) =>
      e ? (
        <EntityPanel
          article={a}
          entity={e}
          selectedEventId={null}
          onClose={vi.fn()}
          onShowMention={vi.fn()}
          onSelectEntity={vi.fn()}
          onSelectEvent={vi.fn()}
        />
      ) : null;
    const view = render(
      <>
        <Text article={a} />
        {panel(entity)}
      </>,
    );
    return {
      container: view.container,
      show: (e: Entity | null) =>
        view.rerender(
          <>
            <Text article={a} />
            {panel(e)}
          </>,
        ),
    };
  }

  it('marks every mention of its entity, and only those, once its lists have painted', async () => {
    const { paint } = manualFrames();
    const { container } = renderBesideText(article, silva);
    // The lists have rendered (a deferred render), and no frame has painted them yet: nothing marked.
    expect(within(screen.getByRole('dialog')).getAllByRole('list').length).toBeGreaterThan(0);
    expect(markedMentions(container)).toEqual([]);
    await paint();
    const marked = markedMentions(container);
    expect(marked.map((b) => b.textContent)).toEqual(['Ana Silva', 'Ana Silva', 'Silva']);
    expect(marked.every((b) => b.matches('[data-article-text] button'))).toBe(true);
  });

  it('moves the marks to the entity it shows next, after a paint, and takes them away when it closes', async () => {
    const { paint } = manualFrames();
    const board = article.entities.find((e) => e.id === 'organization-harbour-board')!;
    const { container, show } = renderBesideText(article, silva);
    await paint();
    expect(markedMentions(container)).toHaveLength(silva.mentions.length);

    show(board);
    expect(markedMentions(container)).toEqual([]);
    await paint();
    expect(markedMentions(container).map((b) => b.getAttribute('data-entity-id'))).toEqual(
      board.mentions.map(() => board.id),
    );

    show(null);
    expect(markedMentions(container)).toEqual([]);
  });

  it('marks the mentions of an entity whose id is no slug, and nothing else (the rule escapes the id)', async () => {
    const odd = 'a"], button, [x="\\ </style>';
    const entities = article.entities.map((e, i) => (i === 0 ? { ...e, id: odd } : e));
    const { container } = renderBesideText({ ...article, entities }, entities[0]!);
    await vi.waitFor(() => expect(markedMentions(container)).toHaveLength(article.entities[0]!.mentions.length));
    expect(markedMentions(container).every((b) => b.getAttribute('data-entity-id') === odd)).toBe(true);
  });
});

/** An article naming one person in `count` sentences, each saying which one it is. */
function manyMentions(count: number): { article: Article; entity: Entity } {
  const sentences = Array.from({ length: count }, (_, i) => `Silva spoke (part ${i + 1}).`);
  const base = segment(['Silva speaks', '3 March 2021', sentences.join(' ')].join('\n\n'));
  const mentions = [...base.text.matchAll(/Silva/g)].map((m) => {
    const sentence = base.sentences.find((s) => s.start <= m.index && s.end > m.index)!;
    return { start: m.index, end: m.index + 5, sentence: sentence.id };
  });
  const entity: Entity = { ...silva, mentions, related: [], description: null };
  return { article: { ...base, entities: [entity], events: [], timexes: [] }, entity };
}

describe('EntityPanel with many mentions', () => {
  it(`lists the first ${MENTIONS_SHOWN}, and all of them on "Show all", focusing the first one revealed`, async () => {
    const { article: long, entity } = manyMentions(MENTIONS_SHOWN + 7);
    renderPanel({ article: long, entity });
    const count = MENTIONS_SHOWN + 8; // the headline names him too
    const section = screen.getByRole('region', { name: `${count} mentions` });
    const items = () => within(section).getAllByRole('listitem');
    expect(items()).toHaveLength(MENTIONS_SHOWN);
    expect(items()[MENTIONS_SHOWN - 1]).toHaveTextContent(`(part ${MENTIONS_SHOWN - 1})`);

    await userEvent.click(within(section).getByRole('button', { name: `Show all ${count} mentions` }));
    expect(items()).toHaveLength(count);
    expect(items()[count - 1]).toHaveTextContent(`(part ${count - 1})`);
    expect(within(section).queryByRole('button', { name: /Show all/ })).toBeNull();
    expect(within(items()[MENTIONS_SHOWN]!).getByRole('button')).toHaveFocus();
  });

  it('keeps "Show all" for its entity, without taking the focus again when the panel comes back to it', async () => {
    const { article: long, entity } = manyMentions(MENTIONS_SHOWN + 7);
    const other: Entity = { ...entity, id: 'person-other', name: 'Other', mentions: entity.mentions.slice(0, 2) };
    const props = {
      article: { ...long, entities: [entity, other] },
      selectedEventId: null,
      onClose: vi.fn(),
      onShowMention: vi.fn(),
      onSelectEntity: vi.fn(),
      onSelectEvent: vi.fn(),
    };
    const { rerender } = render(<EntityPanel {...props} entity={entity} />);
    await userEvent.click(await screen.findByRole('button', { name: /Show all/ }));
    rerender(<EntityPanel {...props} entity={other} />);
    screen.getByRole('button', { name: 'Close' }).focus();
    rerender(<EntityPanel {...props} entity={entity} />);
    const items = within(screen.getByRole('region', { name: `${MENTIONS_SHOWN + 8} mentions` })).getAllByRole(
      'listitem',
    );
    expect(items).toHaveLength(MENTIONS_SHOWN + 8);
    expect(screen.getByRole('button', { name: 'Close' })).toHaveFocus();
  });

  it('offers no "Show all" when every mention is listed', () => {
    const { article: short, entity } = manyMentions(MENTIONS_SHOWN - 1);
    renderPanel({ article: short, entity });
    expect(
      within(screen.getByRole('region', { name: `${MENTIONS_SHOWN} mentions` })).getAllByRole('listitem'),
    ).toHaveLength(MENTIONS_SHOWN);
    expect(screen.queryByRole('button', { name: /Show all/ })).toBeNull();
  });
});

describe('warmUpEntityPanel', () => {
  it('renders a whole panel out of sight, inert and hidden from assistive technology, then removes it', async () => {
    const focused = document.activeElement;
    // What the copy showed when its layout was forced (reading offsetHeight is what makes the browser lay out).
    const laidOut: { heading: string | null | undefined; lists: boolean; shown: number; all: number }[] = [];
    vi.spyOn(HTMLElement.prototype, 'offsetHeight', 'get').mockImplementation(function (this: HTMLElement) {
      const elements = [...this.querySelectorAll<HTMLElement | SVGElement>('*')];
      const isShown = (el: Element | null): boolean =>
        el === this ||
        (el instanceof HTMLElement || el instanceof SVGElement
          ? el.style.display !== 'none' && isShown(el.parentElement)
          : false);
      laidOut.push({
        heading: this.querySelector('h2')?.textContent,
        lists: this.querySelector('section ul li') !== null,
        shown: elements.filter(isShown).length,
        all: elements.length,
      });
      return 0;
    });
    warmUpEntityPanel(article);
    const copy = document.body.lastElementChild as HTMLElement;
    expect(copy).toHaveAttribute('aria-hidden', 'true');
    expect(copy).toHaveAttribute('inert');
    expect(copy.style.visibility).toBe('hidden');
    // Rendered while not displayed: the browser styles and lays out none of it in a frame of its own.
    expect(copy.style.display).toBe('none');
    await vi.waitFor(() => expect(copy.isConnected).toBe(false));
    // It was an entity's panel with its lists (they render in a deferred pass), laid out an element at a
    // time in document order: one more element shown at each layout, the last with all of them.
    const name = laidOut[0]?.heading;
    expect(article.entities.map((e) => e.name)).toContain(name);
    expect(laidOut.length).toBeGreaterThan(10);
    expect(laidOut).toEqual(
      laidOut.map((_, i) => ({ heading: name, lists: true, shown: i + 1, all: laidOut[0]!.all })),
    );
    expect(laidOut.at(-1)!.shown).toBe(laidOut.at(-1)!.all);
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(document.activeElement).toBe(focused);
  });

  it("marks nothing in the page: the copy's entity is not one the reader opened", async () => {
    render(<Text article={article} />);
    const styles: Element[] = [];
    const observer = new MutationObserver((records) => {
      for (const r of records)
        for (const n of r.addedNodes) if (n instanceof Element && n.matches('style, :has(style)')) styles.push(n);
    });
    observer.observe(document.body, { childList: true, subtree: true });
    warmUpEntityPanel(article);
    const copy = document.body.lastElementChild as HTMLElement;
    await vi.waitFor(() => expect(copy.isConnected).toBe(false));
    observer.disconnect();
    expect(styles).toEqual([]);
  });

  it('forces layouts for at most its slice of time in a task, then yields', async () => {
    // Each forced layout takes 2 ms on this clock: a task may hold two, as the second passes the slice.
    let now = 0;
    vi.spyOn(performance, 'now').mockImplementation(() => now);
    let task = 0;
    const setTimeoutOf = window.setTimeout.bind(window);
    vi.spyOn(window, 'setTimeout').mockImplementation(((run: () => void, ms?: number) =>
      setTimeoutOf(() => {
        task++;
        run();
      }, ms)) as typeof window.setTimeout);
    const tasks: number[] = [];
    vi.spyOn(HTMLElement.prototype, 'offsetHeight', 'get').mockImplementation(() => {
      tasks.push(task);
      now += 2;
      return 0;
    });
    warmUpEntityPanel(article);
    const copy = document.body.lastElementChild as HTMLElement;
    await vi.waitFor(() => expect(copy.isConnected).toBe(false));
    const perTask = [...tasks.reduce((m, t) => m.set(t, (m.get(t) ?? 0) + 1), new Map<number, number>()).values()];
    expect(perTask.length).toBeGreaterThan(5);
    expect(Math.max(...perTask)).toBe(Math.ceil(WARM_UP_SLICE_MS / 2));
  });

  it("leaves the reader's focus where it is, in a browser without inert too", async () => {
    // jsdom does not implement inert: like such a browser, it would let the copy's heading take the focus.
    const button = document.body.appendChild(document.createElement('button'));
    button.focus();
    const lost = vi.fn();
    button.addEventListener('blur', lost);
    warmUpEntityPanel(article);
    const copy = document.body.lastElementChild as HTMLElement;
    await vi.waitFor(() => expect(copy.isConnected).toBe(false));
    expect(lost).not.toHaveBeenCalled();
    expect(button).toHaveFocus();
    button.remove();
  });

  it('lays out only a few rows of each list, however long the lists are', async () => {
    const { article: long } = manyMentions(MENTIONS_SHOWN + 10);
    const rowsLaidOut: number[] = [];
    vi.spyOn(HTMLElement.prototype, 'offsetHeight', 'get').mockImplementation(function (this: HTMLElement) {
      const rows = [...this.querySelectorAll<HTMLElement>('li')];
      rowsLaidOut.push(rows.filter((row) => row.style.display !== 'none').length);
      return 0;
    });
    warmUpEntityPanel(long);
    const copy = document.body.lastElementChild as HTMLElement;
    await vi.waitFor(() => expect(copy.isConnected).toBe(false));
    await vi.waitFor(() => expect(copy.querySelectorAll('li')).toHaveLength(0)); // then unmounted
    expect(rowsLaidOut.length).toBeGreaterThan(0);
    expect(Math.max(...rowsLaidOut)).toBe(3);
  });

  it('warms up with the entity of fewest mentions that has a role and relations, not the leading one', async () => {
    const { article: long, entity: leading } = manyMentions(MENTIONS_SHOWN + 10);
    const minor: Entity = {
      ...leading,
      id: 'person-minor',
      name: 'Minor Figure',
      mentions: leading.mentions.slice(0, 2),
      role: 'Deputy',
      related: [{ id: leading.id, count: 1 }],
    };
    const headings: (string | null | undefined)[] = [];
    vi.spyOn(HTMLElement.prototype, 'offsetHeight', 'get').mockImplementation(function (this: HTMLElement) {
      headings.push(this.querySelector('h2')?.textContent);
      return 0;
    });
    warmUpEntityPanel({ ...long, entities: [{ ...leading, role: 'Minister' }, minor] });
    const copy = document.body.lastElementChild as HTMLElement;
    await vi.waitFor(() => expect(copy.isConnected).toBe(false));
    expect(new Set(headings)).toEqual(new Set(['Minor Figure']));
  });

  it('does nothing for an article without entities', () => {
    const children = document.body.childElementCount;
    warmUpEntityPanel({ ...article, entities: [] });
    expect(document.body.childElementCount).toBe(children);
  });
});

describe('EntityLegend', () => {
  it('names each type with its count and toggles it', async () => {
    const onToggle = vi.fn();
    render(<EntityLegend entities={article.entities} hiddenTypes={new Set(['place'])} onToggle={onToggle} />);
    const group = screen.getByRole('group', { name: 'Highlighted entity types' });
    expect(within(group).getByRole('button', { name: 'People 1' })).toHaveAttribute('aria-pressed', 'true');
    expect(within(group).getByRole('button', { name: 'Places 1' })).toHaveAttribute('aria-pressed', 'false');
    expect(within(group).queryByRole('button', { name: /Events/ })).toBeNull();
    await userEvent.click(within(group).getByRole('button', { name: 'Groups 1' }));
    expect(onToggle).toHaveBeenCalledWith('group');
  });
  it('names things made as a type of their own', async () => {
    const onToggle = vi.fn();
    const entities = article.entities.map((e) => (e.type === 'organization' ? { ...e, type: 'thing' as const } : e));
    render(<EntityLegend entities={entities} hiddenTypes={new Set()} onToggle={onToggle} />);
    const group = screen.getByRole('group', { name: 'Highlighted entity types' });
    expect(within(group).queryByRole('button', { name: /Organisations/ })).toBeNull();
    await userEvent.click(within(group).getByRole('button', { name: 'Things 1' }));
    expect(onToggle).toHaveBeenCalledWith('thing');
  });
});
