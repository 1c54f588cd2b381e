import { startTransition, useDeferredValue, useEffect, useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import type { Article, Entity } from '../../../core/types';
import { ENTITY_TYPE_LABELS, SWATCH_CLASSES } from '../../../lib/entity-style';
import { formatDisplayDate } from '../../../lib/display-date';
import { afterNextPaint } from '../../../lib/idle';
import { useAfterPaint } from '../../../lib/use-after-paint';
import { entityContext } from '../lib/entity-context';
import { selectedMentionsCss } from '../lib/selected-mentions-css';

export interface EntityPanelProps {
  article: Article;
  entity: Entity;
  selectedEventId: string | null;
  onClose: () => void;
  onShowMention: (mention: { start: number; end: number; sentence: number }) => void;
  onSelectEntity: (id: string) => void;
  onSelectEvent: (id: string) => void;
  onComment?: (entity: Entity) => void;
  /** Whether the panel marks its entity's mentions in the page (true; not in the warm-up's hidden copy). */
  marksMentions?: boolean;
}

/**
 * Mentions listed before "Show all": a name in a long article can have hundreds, and laying out every quoted
 * sentence at once made opening its panel one of the longest tasks on a 200-paragraph page.
 */
export const MENTIONS_SHOWN = 20;

const sectionHeading = 'font-sans text-xs font-semibold tracking-wide text-stone-600 uppercase dark:text-stone-400';
const listButton =
  'w-full cursor-pointer rounded-md px-2 py-1.5 text-left hover:bg-stone-100 focus-visible:outline-2 focus-visible:outline-sky-600 dark:hover:bg-stone-800';

/** Who or what an entity is, as the article states it: role, introduction, mentions, relations, events. */
export function EntityPanel({ article, entity, selectedEventId, marksMentions = true, ...on }: EntityPanelProps) {
  const ctx = entityContext(article, entity);
  const headingId = `panel-${entity.id}`;
  const heading = useRef<HTMLHeadingElement>(null);
  // Progressive: the name, type and role paint in the frame of the click that opened the panel; the
  // introduction and the mention, related and event lists (most of its markup) render right after, as a
  // deferred update, so the first paint does not wait for their style and layout. (The introduction, a
  // quoted sentence in the serif face, made that first frame dearer: traced at 4× CPU, 9 clicks each, the
  // click's task was ~4 ms longer, its style and layout ~2 ms each.)
  const restShown = useDeferredValue(true, false);
  // The entity's mentions in the text are marked by one style rule naming its id, so marking them re-renders
  // none of the text. The rule comes once the lists have painted: a new rule makes the browser match the
  // page's styles again, and in the lists' frame it made that frame the longest task of opening a panel on a
  // long article, with the timeline's emphasis, which waits likewise (200 paragraphs at 4× CPU, 8 loads of
  // each build alternated: 118 → 79 ms median, scrolling through and opening a panel). While it waits, the
  // marks of the entity shown before are gone.
  const marked = useAfterPaint(restShown && marksMentions ? entity.id : null);
  // "Show all" holds for the entity it was chosen on; the first mention it reveals takes the focus, on the
  // click (not when the panel comes back to that entity later).
  const [allMentionsOf, setAllMentionsOf] = useState<string | null>(null);
  const allMentions = allMentionsOf === entity.id;
  const firstRevealed = useRef<HTMLButtonElement>(null);
  const mentions = allMentions ? ctx.mentions : ctx.mentions.slice(0, MENTIONS_SHOWN);
  // Focus after the panel has painted, without scrolling. In a frame callback the focus, its focus/blur
  // events and the style they change ran before that frame's paint. An inert panel (the warm-up's copy)
  // never takes it: a browser without `inert` would otherwise move the reader's focus to a hidden copy.
  useEffect(
    () =>
      afterNextPaint(() => {
        if (!heading.current?.closest('[inert]')) heading.current?.focus({ preventScroll: true });
      }),
    [entity.id],
  );

  return (
    <div
      role="dialog"
      aria-labelledby={headingId}
      className="flex max-h-full flex-col overflow-hidden rounded-t-2xl border border-stone-200 bg-white font-sans text-sm shadow-xl lg:rounded-2xl lg:shadow-sm dark:border-stone-700 dark:bg-stone-900 print:hidden"
    >
      {marked ? <style>{selectedMentionsCss(marked)}</style> : null}
      <div className="flex items-start justify-between gap-3 border-b border-stone-200 p-4 dark:border-stone-700">
        <div>
          <h2 id={headingId} ref={heading} tabIndex={-1} className="text-lg font-bold focus:outline-none">
            {entity.name}
          </h2>
          <p className="mt-1 flex items-center gap-2 text-stone-600 dark:text-stone-400">
            <span aria-hidden="true" className={`inline-block h-2 w-4 ${SWATCH_CLASSES[entity.type]}`} />
            <span>{ENTITY_TYPE_LABELS[entity.type].one}</span>
            {entity.country && entity.country.name !== entity.name ? <span>· {entity.country.name}</span> : null}
          </p>
        </div>
        <button
          type="button"
          onClick={on.onClose}
          aria-label="Close"
          className="-m-1 cursor-pointer rounded-md p-2 text-stone-600 hover:bg-stone-100 focus-visible:outline-2 focus-visible:outline-sky-600 dark:text-stone-300 dark:hover:bg-stone-800"
        >
          <svg aria-hidden="true" viewBox="0 0 16 16" className="size-4" stroke="currentColor" strokeWidth="2">
            <path d="M3 3l10 10M13 3L3 13" />
          </svg>
        </button>
      </div>
      <div className="space-y-5 overflow-y-auto p-4">
        {entity.role ? (
          <p className="text-base">
            <span className="sr-only">Role: </span>
            <strong className="font-semibold">{entity.role}</strong>
          </p>
        ) : null}
        {restShown && ctx.introduction ? (
          <section aria-label="Introduced in">
            <h3 className={sectionHeading}>Introduced</h3>
            <blockquote className="mt-1 border-l-2 border-stone-300 pl-3 font-serif text-stone-800 dark:border-stone-600 dark:text-stone-200">
              {ctx.introduction}
            </blockquote>
          </section>
        ) : null}
        {restShown ? (
          <>
            <section aria-labelledby={`${headingId}-mentions`}>
              <h3 id={`${headingId}-mentions`} className={sectionHeading}>
                {ctx.mentions.length === 1 ? '1 mention' : `${ctx.mentions.length} mentions`}
              </h3>
              <ul className="mt-1 space-y-0.5">
                {mentions.map((m, i) => (
                  <li key={m.start}>
                    <button
                      type="button"
                      ref={i === MENTIONS_SHOWN ? firstRevealed : undefined}
                      className={`${listButton} font-serif`}
                      onClick={() => on.onShowMention(m)}
                    >
                      {m.before}
                      <mark className="rounded-sm bg-sky-100 px-0.5 text-inherit dark:bg-sky-900">{m.mention}</mark>
                      {m.after}
                    </button>
                  </li>
                ))}
              </ul>
              {mentions.length < ctx.mentions.length ? (
                <button
                  type="button"
                  onClick={() => {
                    flushSync(() => setAllMentionsOf(entity.id));
                    firstRevealed.current?.focus();
                  }}
                  className="mt-1 cursor-pointer rounded-md px-2 py-1 font-medium text-sky-800 hover:bg-stone-100 focus-visible:outline-2 focus-visible:outline-sky-600 dark:text-sky-300 dark:hover:bg-stone-800"
                >
                  Show all {ctx.mentions.length} mentions
                </button>
              ) : null}
            </section>
            {ctx.related.length ? (
              <section aria-labelledby={`${headingId}-related`}>
                <h3 id={`${headingId}-related`} className={sectionHeading}>
                  Related
                </h3>
                <ul className="mt-1 flex flex-wrap gap-1.5">
                  {ctx.related.map(({ entity: other, count }) => (
                    <li key={other.id}>
                      <button
                        type="button"
                        onClick={() => on.onSelectEntity(other.id)}
                        className="inline-flex cursor-pointer items-center gap-1.5 rounded-full border border-stone-300 px-2.5 py-1 hover:bg-stone-100 focus-visible:outline-2 focus-visible:outline-sky-600 dark:border-stone-600 dark:hover:bg-stone-800"
                      >
                        <span aria-hidden="true" className={`inline-block h-1.5 w-3 ${SWATCH_CLASSES[other.type]}`} />
                        {other.name}
                        <span aria-hidden="true" className="text-stone-600 tabular-nums dark:text-stone-400">
                          {count}
                        </span>
                        <span className="sr-only">{`, ${ENTITY_TYPE_LABELS[other.type].one}, together in ${count} ${count === 1 ? 'sentence' : 'sentences'}`}</span>
                      </button>
                    </li>
                  ))}
                </ul>
              </section>
            ) : null}
            {ctx.events.length ? (
              <section aria-labelledby={`${headingId}-events`}>
                <h3 id={`${headingId}-events`} className={sectionHeading}>
                  In the timeline
                </h3>
                <ul className="mt-1 space-y-0.5">
                  {ctx.events.map((event) => (
                    <li key={event.id}>
                      <button
                        type="button"
                        aria-current={event.id === selectedEventId ? 'true' : undefined}
                        onClick={() => on.onSelectEvent(event.id)}
                        className={`${listButton} ${event.id === selectedEventId ? 'bg-rose-50 dark:bg-rose-950' : ''}`}
                      >
                        <span className="block font-medium">{event.label}</span>
                        <span className="block text-stone-600 dark:text-stone-400">
                          {formatDisplayDate(event.date)}
                        </span>
                      </button>
                    </li>
                  ))}
                </ul>
              </section>
            ) : null}
            {on.onComment ? (
              <button
                type="button"
                onClick={() => on.onComment?.(entity)}
                className="cursor-pointer rounded-md border border-stone-300 px-3 py-1.5 hover:bg-stone-100 focus-visible:outline-2 focus-visible:outline-sky-600 dark:border-stone-600 dark:hover:bg-stone-800"
              >
                Comment on {entity.name}
              </button>
            ) : null}
          </>
        ) : null}
      </div>
    </div>
  );
}

const noop = () => undefined;
const WARM_UP_ROWS = 3;
/** The longest a task of the warm-up goes on laying out before it yields to the browser. */
export const WARM_UP_SLICE_MS = 3;

/**
 * Renders a panel once out of sight (for an entity with few mentions), lets the browser style and lay it out,
 * then removes it: the reader's first panel then paints as fast as later ones. A first panel paid for
 * compiling its code, matching its styles and loading its fonts inside the click. At 4× CPU, traced over 7
 * clicks each, the click's task fell from ~71 to ~51 ms (layout 16 → 4 ms) with this done at idle beforehand.
 * The copy is inert and hidden from assistive technology.
 *
 * No step is a long task, so a click made meanwhile does not wait, and the page's blocking time does not
 * grow: the copy is rendered while hidden (`display: none`), then shown an element at a time in document
 * order, the layouts forced in slices of at most `WARM_UP_SLICE_MS`, each slice a task of its own. Shown
 * whole, or a section at a time, its first layout (the frame and heading: new font faces and sizes) was one
 * task of 10–20 ms unthrottled in Lighthouse's traces, 40–80 ms at its 4× CPU: the longest after the first
 * paint on a machine twice as slow.
 */
export function warmUpEntityPanel(article: Article): void {
  // Any panel warms the code, styles and fonts; the cheapest one with every section does it in the least time
  // (in a long article the leading entity has hundreds of mentions and events).
  const byMentions = [...article.entities].sort((a, b) => a.mentions.length - b.mentions.length);
  const entity = byMentions.find((e) => e.related.length > 0 && e.role !== null) ?? byMentions[0];
  if (!entity) return;
  const host = document.createElement('div');
  host.setAttribute('aria-hidden', 'true');
  host.setAttribute('inert', ''); // as an attribute (the property reflects it): the panel's focus looks for it
  // Out of the page's layout (contained, of a fixed size): a layout forced in the copy lays out the copy alone.
  host.style.cssText = 'position:absolute;top:0;left:-9999px;width:24rem;height:40rem;contain:strict;visibility:hidden';
  host.style.display = 'none';
  document.body.append(host);
  const root = createRoot(host);
  // A transition: React renders it in slices of a few milliseconds, so no long task holds up a click.
  startTransition(() =>
    root.render(
      <EntityPanel
        article={article}
        entity={entity}
        selectedEventId={null}
        onClose={noop}
        onShowMention={noop}
        onSelectEntity={noop}
        onSelectEvent={noop}
        onComment={noop}
        marksMentions={false}
      />,
    ),
  );
  // The lists render in a deferred pass of their own: the warm-up waits for them (for a while).
  const layOut = (tries: number) => {
    if (!host.querySelector('ul') && tries > 0) {
      window.setTimeout(() => layOut(tries - 1), 50);
      return;
    }
    // A few rows of each list warm their styles as well as all of them would. (With every row of the leading
    // entity's lists, the warm-up was a 115 ms task at 4× on a 200-paragraph article.)
    const skipped = [...host.querySelectorAll('ul')].flatMap((list) => [...list.children].slice(WARM_UP_ROWS));
    for (const row of skipped) (row as HTMLElement).style.display = 'none';
    const steps = [...host.querySelectorAll<HTMLElement | SVGElement>('*')].filter(
      (el) => !skipped.some((row) => row.contains(el)),
    );
    for (const el of steps) el.style.display = 'none';
    host.style.display = '';
    const slice = () => {
      const started = performance.now();
      for (;;) {
        const el = steps.shift();
        if (!el) break;
        el.style.removeProperty('display');
        void host.offsetHeight;
        if (performance.now() - started >= WARM_UP_SLICE_MS) break;
      }
      if (steps.length > 0) {
        window.setTimeout(slice, 0);
        return;
      }
      host.remove();
      window.setTimeout(() => root.unmount(), 0);
    };
    slice();
  };
  window.setTimeout(() => layOut(20), 50);
}
