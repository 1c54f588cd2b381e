import { memo, useEffect, useMemo, useRef, type KeyboardEvent } from 'react';
import type { Article, ArticleEvent } from '../../../core/types';
import { replayEarlyClicks } from '../../../lib/early-clicks';
import { formatDisplayDate } from '../../../lib/display-date';
import { useAfterPaint } from '../../../lib/use-after-paint';
import { useHydrated } from '../../../lib/use-hydrated';
import { layoutTimeline } from '../lib/layout';
import { resolutionNotes } from '../lib/resolution';

export interface TimelineProps {
  article: Article;
  selectedEventId: string | null;
  /** Events of this entity are emphasised, the others dimmed. */
  emphasisEntityId: string | null;
  emphasisName?: string | null;
  onSelect: (event: ArticleEvent) => void;
}

const ms = (iso: string) => Date.parse(iso);

/** The article's events in date order, on an axis with breaks over long gaps, as a keyboard-navigable list. */
export const Timeline = memo(function Timeline({
  article,
  selectedEventId,
  emphasisEntityId: emphasisAsked,
  emphasisName,
  onSelect,
}: TimelineProps) {
  // An entity's emphasis comes a painted frame after it is asked for: its panel's lists paint first, and
  // together they made the longest task of opening a panel on a long article (see EntityPanel's marks).
  const emphasisEntityId = useAfterPaint(emphasisAsked);
  const events = useMemo(
    () =>
      article.events
        .filter((e) => Number.isFinite(ms(e.date.start)))
        .sort((a, b) => ms(a.date.start) - ms(b.date.start) || ms(a.date.end) - ms(b.date.end)),
    [article],
  );
  const layout = useMemo(
    () => layoutTimeline(events.map((e) => ({ id: e.id, startMs: ms(e.date.start), endMs: ms(e.date.end) }))),
    [events],
  );
  const notes = useMemo(() => resolutionNotes(article), [article]);
  const list = useRef<HTMLOListElement>(null);
  // Hydrated (its chunk loads after the page's): answer the clicks made on it before the app started.
  useEffect(() => {
    replayEarlyClicks(list.current);
  }, []);
  // False in the server's HTML and during hydration, true once the list answers keys (tests wait for it).
  const interactive = useHydrated();
  const selectedIndex = Math.max(
    0,
    events.findIndex((e) => e.id === selectedEventId),
  );
  const involved = (e: ArticleEvent) => emphasisEntityId === null || e.entities.includes(emphasisEntityId);

  const onKeyDown = (event: KeyboardEvent<HTMLOListElement>) => {
    const buttons = [...(list.current?.querySelectorAll<HTMLButtonElement>('button[data-event-id]') ?? [])];
    const current = buttons.findIndex((b) => b === document.activeElement);
    if (current === -1) return;
    const next =
      event.key === 'ArrowDown' || event.key === 'ArrowRight'
        ? Math.min(buttons.length - 1, current + 1)
        : event.key === 'ArrowUp' || event.key === 'ArrowLeft'
          ? Math.max(0, current - 1)
          : event.key === 'Home'
            ? 0
            : event.key === 'End'
              ? buttons.length - 1
              : null;
    if (next === null) return;
    event.preventDefault();
    buttons.forEach((b, i) => (b.tabIndex = i === next ? 0 : -1));
    buttons[next]?.focus();
  };

  if (events.length === 0) return null;
  const byId = new Map(layout.items.map((i) => [i.id, i]));
  const laneHeight = 14;

  return (
    <section
      aria-labelledby="timeline-heading"
      data-timeline=""
      data-interactive={interactive}
      className="font-sans text-sm"
    >
      <h2 id="timeline-heading" className="text-base font-bold">
        Timeline
      </h2>
      {emphasisEntityId && emphasisName ? (
        <p className="mt-1 text-stone-600 dark:text-stone-400">Events with {emphasisName} are emphasised.</p>
      ) : null}
      <div aria-hidden="true" className="relative mt-3 mb-8" style={{ height: layout.lanes * laneHeight + 8 }}>
        <div className="absolute inset-x-0 bottom-2 h-px bg-stone-300 dark:bg-stone-600" />
        {layout.breaks.map((x) => (
          <div
            key={x}
            className="absolute bottom-0 h-5 w-2 -translate-x-1/2 bg-stone-50 dark:bg-stone-950"
            style={{ left: `${x * 100}%` }}
          >
            <div className="mx-auto h-full w-0.5 skew-x-12 border-x border-stone-400 dark:border-stone-500" />
          </div>
        ))}
        {events.map((e) => {
          const p = byId.get(e.id);
          if (!p) return null;
          const selected = e.id === selectedEventId;
          const tone = selected ? 'bg-rose-600 dark:bg-rose-400' : 'bg-stone-500 dark:bg-stone-400';
          const dim = involved(e) ? '' : 'opacity-30';
          return p.isRange ? (
            <div
              key={e.id}
              className={`absolute h-1.5 rounded-full ${tone} ${dim}`}
              style={{
                left: `${p.x1 * 100}%`,
                width: `${Math.max(0.5, (p.x2 - p.x1) * 100)}%`,
                bottom: 6 + p.lane * laneHeight,
              }}
            />
          ) : (
            <div
              key={e.id}
              className={`absolute bottom-[5px] size-2 -translate-x-1/2 rounded-full ring-2 ring-stone-50 dark:ring-stone-950 ${tone} ${dim} ${selected ? 'scale-150' : ''}`}
              style={{ left: `${p.x1 * 100}%` }}
            />
          );
        })}
        {layout.labels.map((l) => (
          <span
            key={l.text}
            className="absolute top-full -translate-x-1/2 pt-0.5 text-xs text-stone-600 tabular-nums dark:text-stone-400"
            style={{ left: `${l.x * 100}%` }}
          >
            {l.text}
          </span>
        ))}
      </div>
      {/* Roving focus: the list is one tab stop; arrow keys move between events. */}
      {/* eslint-disable-next-line jsx-a11y/no-noninteractive-element-interactions */}
      <ol ref={list} onKeyDown={onKeyDown} className="space-y-1" aria-label="Events in date order">
        {events.map((e, index) => (
          <EventItem
            key={e.id}
            event={e}
            note={notes.get(e.id) ?? ''}
            selected={e.id === selectedEventId}
            tabbable={index === selectedIndex}
            emphasis={emphasisEntityId && involved(e) ? (emphasisName ?? '') : null}
            onSelect={onSelect}
          />
        ))}
      </ol>
    </section>
  );
});

/**
 * Marks a clicked row as the selected one now, as `EventItem` renders it once React has the selection: the
 * row answers in the click's frame, and the page's state follows after that frame (ArticlePage's selectEvent).
 */
function paintSelectedRow(row: HTMLElement): void {
  for (const other of row.closest('ol')?.querySelectorAll('[aria-current]') ?? [])
    other.removeAttribute('aria-current');
  row.setAttribute('aria-current', 'true');
}

/** One event in the list; memoised, so selecting an event re-renders the two rows it changes. */
const EventItem = memo(function EventItem({
  event: e,
  note,
  selected,
  tabbable,
  emphasis,
  onSelect,
}: {
  event: ArticleEvent;
  note: string | null;
  selected: boolean;
  tabbable: boolean;
  /** The emphasised entity's name when this event involves it ('' when unnamed), else null. */
  emphasis: string | null;
  onSelect: (event: ArticleEvent) => void;
}) {
  // No `transition` on the row: the selection shows in the click's own frame. Fading it in started CSS
  // transitions inside the click (~4 ms of style at 4× CPU, and their events through React).
  return (
    <li>
      <button
        type="button"
        data-event-id={e.id}
        tabIndex={tabbable ? 0 : -1}
        aria-current={selected ? 'true' : undefined}
        onClick={(click) => {
          paintSelectedRow(click.currentTarget);
          onSelect(e);
        }}
        // The selected look follows `aria-current`, which a click sets at once (paintSelectedRow).
        className={`w-full cursor-pointer rounded-lg border border-transparent px-3 py-2 text-left not-aria-[current=true]:hover:bg-stone-100 focus-visible:outline-2 focus-visible:outline-offset-1 focus-visible:outline-rose-600 aria-[current=true]:border-rose-300 aria-[current=true]:bg-rose-50 dark:not-aria-[current=true]:hover:bg-stone-800 dark:aria-[current=true]:border-rose-700 dark:aria-[current=true]:bg-rose-950 ${emphasis !== null ? 'border-l-4 border-l-sky-500 aria-[current=true]:border-l-sky-500' : ''}`}
      >
        <span className="block text-xs font-medium text-rose-800 tabular-nums dark:text-rose-300">
          {e.date.approximate ? (
            <>
              <span aria-hidden="true">≈ </span>
              <span className="sr-only">about </span>
            </>
          ) : null}
          <time dateTime={e.date.start}>{formatDisplayDate(e.date)}</time>
        </span>
        <span className="block font-medium text-stone-900 dark:text-stone-100">{e.label}</span>
        {emphasis ? (
          <span className="mt-0.5 inline-block rounded bg-sky-100 px-1.5 text-xs text-sky-900 dark:bg-sky-900 dark:text-sky-100">
            with {emphasis}
          </span>
        ) : null}
        {note ? <span className="block text-xs text-stone-600 dark:text-stone-400">{note}</span> : null}
      </button>
    </li>
  );
});
