import {
  lazy,
  memo,
  Suspense,
  useCallback,
  useDeferredValue,
  useEffect,
  useMemo,
  useRef,
  useState,
  type ComponentProps,
} from 'react';
import type { Article, ArticleEvent, Entity, EntityType } from '../core/types';
import { EntityLegend } from '../features/entities/components/entity-legend';
import { ArticleReader } from '../features/reader/components/article-reader';
import {
  paintHighlightedSentence,
  sentenceElementId,
  type SentenceMarker,
} from '../features/reader/components/article-text';
import { ArticleView } from '../features/reader/components/article-view';
import { ReaderToolbar } from '../features/reader/components/reader-toolbar';
import { ReadingProgress } from '../features/reader/components/reading-progress';
import type { TextMark } from '../features/reader/lib/runs';
import type { CommentAnchor } from '../features/comments/model';
import { replayEarlyClicks } from '../lib/early-clicks';
import { afterNextPaint, onIdle } from '../lib/idle';
import { preloadable } from '../lib/preloadable';
import { getSearchParam, setSearchParams, useSearchParam } from '../lib/router';
import { useStableCallback } from '../lib/use-stable-callback';
import { setReaderPrefs } from '../lib/storage/reader-prefs';
import { DeferredComments } from './deferred-comments';
import { useReaderPrefs } from './use-reader-prefs';

// Code the first paint does not need loads in its own chunks: the panel and preview on first use (and
// when the browser is idle), the timeline beside the text (prerendered, hydrated when its chunk arrives),
// comments and their database after the article (the thread itself when it is wanted: see DeferredComments).
// The panel and preview render in the click's own commit once preloaded (see lib/preloadable).
let warmUpEntityPanel: ((article: Article) => void) | undefined;
const { Component: EntityPanel, preload: preloadEntityPanel } = preloadable(() =>
  import('../features/entities/components/entity-panel').then((m) => {
    warmUpEntityPanel = m.warmUpEntityPanel;
    return m.EntityPanel;
  }),
);
const { Component: EntityPreview, preload: preloadEntityPreview } = preloadable(() =>
  import('../features/entities/components/entity-preview').then((m) => m.EntityPreview),
);
const Timeline = lazy(() => import('../features/timeline/components/timeline').then((m) => ({ default: m.Timeline })));

/*
 * The selection lives in the URL (`entity`, `event`), and each slot below reads what it shows from there
 * itself: a click renders the slots it changes, not the workspace around them. Opening a panel renders its
 * slot in the click's frame and its lists in a deferred render right after; the marks in the text and the
 * timeline's emphasis come once the lists have painted (see EntityPanel and Timeline). At 4× CPU, rendering
 * the workspace was ~4.5 ms of a timeline click's script.
 */

/** The article's entity with this id; null for none, or for an id the article lacks (nothing opens). */
const entityById = (article: Article, id: string | null): Entity | null =>
  article.entities.find((e) => e.id === id) ?? null;

/** The entity the URL names, if the article has it. */
function useOpenEntity(article: Article): Entity | null {
  return entityById(article, useSearchParam('entity'));
}

/**
 * The timeline's boundary, memoised: a render of the page before the timeline's chunk has arrived must not
 * reach it, or React discards the prerendered timeline and renders it anew (a click made on it before the
 * app started would be lost with the old buttons). See DeferredComments for the thread.
 */
const TimelineSlot = memo(function TimelineSlot(
  props: Omit<ComponentProps<typeof Timeline>, 'selectedEventId' | 'emphasisEntityId' | 'emphasisName'>,
) {
  const selectedEventId = useSearchParam('event');
  const emphasis = useDeferredValue(useOpenEntity(props.article));
  return (
    // Beside the text, a panel opening above the timeline moves it down: on a layer of its own, it moves
    // without being painted and rastered again (at 4× CPU, 20 entity clicks each: Event Timing's presentation
    // delay 25.8 → 20.2 ms, the click's duration 40 → 32 ms).
    <div className="lg:will-change-transform">
      <Suspense fallback={null}>
        <Timeline
          {...props}
          selectedEventId={selectedEventId}
          emphasisEntityId={emphasis?.id ?? null}
          emphasisName={emphasis?.name ?? null}
        />
      </Suspense>
    </div>
  );
});

/** The article, with the selected event's sentence highlighted (the open entity's panel marks its mentions). */
const ArticleViewSlot = memo(function ArticleViewSlot(
  props: Omit<ComponentProps<typeof ArticleView>, 'highlightedSentence'>,
) {
  const eventId = useSearchParam('event');
  const sentence = props.article.events.find((e) => e.id === eventId)?.sentence ?? null;
  return <ArticleView {...props} highlightedSentence={sentence} />;
});

/**
 * The open entity's panel (a bottom sheet below the wide layout), with the selected event marked among the
 * entity's events. Escape closes it wherever focus is (the panel handles it itself when focus is inside).
 */
const EntityPanelSlot = memo(function EntityPanelSlot(
  props: Omit<ComponentProps<typeof EntityPanel>, 'selectedEventId' | 'entity'>,
) {
  const entity = useOpenEntity(props.article);
  const selectedEventId = useSearchParam('event');
  const { onClose } = props;
  const open = entity !== null;
  useEffect(() => {
    if (!open) return;
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape' && !event.defaultPrevented) onClose();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [open, onClose]);
  if (!entity) return null;
  return (
    // Its own boundary: while the panel's chunk loads, the timeline beside it stays on screen.
    <Suspense fallback={null}>
      <div className="fixed inset-x-0 bottom-0 z-40 flex max-h-[60vh] flex-col lg:static lg:mb-6 lg:block lg:max-h-none">
        <EntityPanel {...props} entity={entity} selectedEventId={selectedEventId} />
      </div>
    </Suspense>
  );
});

const selectEntity = (id: string) => setSearchParams({ entity: id });
const CommentedPassages = lazy(() => import('./commented-passages').then((m) => ({ default: m.CommentedPassages })));

const FLASH_MS = 1600;

function prefersReducedMotion(): boolean {
  return window.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;
}

/**
 * Brings `el` into view. Below the wide layout an open panel is a bottom sheet over the lower 60% of the
 * screen, so there the target goes to the top (below its scroll margin) instead of the middle, behind it.
 */
function scrollToElement(el: Element | null, sheetOpen = false) {
  if (!el) return;
  const block = sheetOpen ? 'start' : 'center';
  const smooth = !prefersReducedMotion();
  el.scrollIntoView({ block, behavior: smooth ? 'smooth' : 'auto' });
  if (!smooth) return;
  // Paragraphs far down are laid out only as they come near (content-visibility), so their real heights can
  // move the target while a smooth scroll is under way. When that scroll ends (soon, and not because the
  // reader scrolled elsewhere much later), put the target where it was meant to be if it is not in view.
  const started = performance.now();
  window.addEventListener(
    'scrollend',
    () => {
      if (performance.now() - started > 2000 || !el.isConnected) return;
      const rect = el.getBoundingClientRect();
      const bottom = sheetOpen ? window.innerHeight * 0.4 : window.innerHeight;
      if (rect.top < 0 || rect.bottom > bottom) el.scrollIntoView({ block, behavior: 'auto' });
    },
    { once: true },
  );
}

/** Whether the entity panel shows as a bottom sheet: open, and the viewport narrower than the lg layout. */
function isSheet(panelOpen: boolean): boolean {
  return panelOpen && !(window.matchMedia?.('(min-width: 64rem)').matches ?? true);
}

export function ArticlePage({ id }: { id: string }) {
  return <ArticleReader id={id}>{(article) => <Workspace article={article} />}</ArticleReader>;
}

/** The reading workspace: text, legend, entity panel, timeline and comments, wired through the URL. */
function Workspace({ article }: { article: Article }) {
  // The workspace does not read the selection from the URL (the slots above do); its handlers read it when
  // they run.
  const prefs = useReaderPrefs();
  const panelOpen = () => entityById(article, getSearchParam('entity')) !== null;

  const [flash, setFlash] = useState<{ start: number; end: number } | null>(null);
  const [passages, setPassages] = useState<{ start: number; end: number }[]>([]);
  const [pendingAnchor, setPendingAnchor] = useState<CommentAnchor | null>(null);
  const [preview, setPreview] = useState<{ entityId: string; left: number; top: number } | null>(null);
  const [prefsError, setPrefsError] = useState<string | null>(null);
  const returnFocus = useRef<HTMLElement | null>(null);
  const previewTimer = useRef<number | undefined>(undefined);
  const container = useRef<HTMLDivElement>(null);
  const flashTimer = useRef<number | undefined>(undefined);

  const hiddenTypes = useMemo(() => new Set<EntityType>(prefs.hiddenTypes), [prefs.hiddenTypes]);
  const markers = useMemo(() => {
    const map = new Map<number, SentenceMarker[]>();
    for (const e of article.events) {
      if (e.kind !== 'event') continue;
      const list = map.get(e.sentence) ?? [];
      if (!list.some((m) => m.eventId === e.id)) list.push({ eventId: e.id, label: e.label });
      map.set(e.sentence, list);
    }
    return map;
  }, [article]);
  const marks = useMemo<TextMark[]>(
    () => [
      ...passages.map((p) => ({ ...p, kind: 'passage' as const })),
      ...(flash ? [{ ...flash, kind: 'flash' as const }] : []),
    ],
    [passages, flash],
  );

  // Handlers given to the memoised text, legend, timeline and comments keep their identity across renders
  // (useStableCallback), so opening a panel re-renders the panel and what it marks, not the whole page.
  const updatePrefs = useStableCallback((patch: Parameters<typeof setReaderPrefs>[0]) =>
    setPrefsError(setReaderPrefs(patch)),
  );
  const toggleType = useStableCallback((type: EntityType) =>
    updatePrefs({
      hiddenTypes: hiddenTypes.has(type) ? prefs.hiddenTypes.filter((t) => t !== type) : [...prefs.hiddenTypes, type],
    }),
  );

  const flashSpan = (span: { start: number; end: number }) => {
    window.clearTimeout(flashTimer.current);
    setFlash(span);
    flashTimer.current = window.setTimeout(() => setFlash(null), FLASH_MS);
  };

  const openEntity = useStableCallback((id: string, trigger?: HTMLElement | null) => {
    if (!panelOpen())
      returnFocus.current = trigger ?? (document.activeElement instanceof HTMLElement ? document.activeElement : null);
    if (preview) setPreview(null); // a card shown for a hovered mention goes (the only render of the workspace)
    setSearchParams({ entity: id });
    // On a phone the panel is a sheet over the lower 60% of the screen: a mention tapped there moves up above
    // it (mentions have a bottom scroll margin of that height below the wide layout).
    if (trigger && isSheet(true)) afterNextPaint(() => trigger.scrollIntoView({ block: 'nearest' }));
  });

  const closeEntity = useCallback(() => {
    const target = returnFocus.current;
    // A new history entry, as opening made one: Back after a close reopens the panel, as the reader last saw
    // it. (Replacing the entry left two identical ones, and the first Back seemed to do nothing.)
    setSearchParams({ entity: null });
    returnFocus.current = null;
    requestAnimationFrame(() => {
      if (target?.isConnected) target.focus();
    });
  }, []);

  // A chosen event shows in the choice's own frame: its sentence is highlighted here (a timeline row marks
  // itself), and the URL, React's render of the selection and the scroll come once that frame has painted.
  // Rendered first, the selection was most of a timeline click's ~20 ms of script at 4× CPU; scrolled
  // first, the page was laid out once before the highlight and once after. A later choice replaces one
  // still waiting for its frame.
  const cancelChoice = useRef(() => {});
  useEffect(() => () => cancelChoice.current(), []);
  const selectEvent = useStableCallback((event: ArticleEvent) => {
    paintHighlightedSentence(event.sentence);
    cancelChoice.current();
    cancelChoice.current = afterNextPaint(() => {
      setSearchParams({ event: event.id });
      scrollToElement(document.getElementById(sentenceElementId(event.sentence)), isSheet(panelOpen()));
    });
  });
  const selectEventById = useStableCallback((id: string) => {
    const event = article.events.find((e) => e.id === id);
    if (event) selectEvent(event);
  });

  const showMention = useStableCallback((m: { start: number; end: number }) => {
    const el = container.current?.querySelector(`[data-mention-start="${m.start}"]`) ?? null;
    scrollToElement(el, isSheet(true));
    flashSpan(m);
  });
  const commentOnEntity = useStableCallback((e: Entity) =>
    setPendingAnchor({ kind: 'entity', id: e.id, label: e.name }),
  );

  const showPassage = useStableCallback((span: { start: number; end: number }) => {
    const el = [...(container.current?.querySelectorAll<HTMLElement>('[data-offset]') ?? [])].find(
      (node) =>
        Number(node.dataset.offset) <= span.start &&
        Number(node.dataset.offset) + (node.textContent?.length ?? 0) > span.start,
    );
    scrollToElement(el ?? null, isSheet(panelOpen()));
    flashSpan(span);
  });

  // The article page has hydrated: answer the clicks made before the app started (see lib/early-clicks).
  useEffect(() => {
    replayEarlyClicks(container.current);
  }, []);

  // The panel's chunk loads as soon as the page is idle after hydrating, and at the first sign of intent (a
  // mention hovered or focused): fetched on the click itself, a panel took ~400 ms to appear at 4× CPU. At the
  // next idle time a panel is rendered once out of sight, so the first real one is not the first ever.
  useEffect(() => {
    let stopped = false;
    let cancel = onIdle(
      () =>
        void Promise.all([preloadEntityPanel(), preloadEntityPreview()])
          .then(() => {
            if (!stopped) cancel = onIdle(() => warmUpEntityPanel?.(article), { timeout: 1500, fallbackMs: 300 });
          })
          .catch(() => undefined),
      { timeout: 1500, fallbackMs: 300 },
    );
    return () => {
      stopped = true;
      cancel();
    };
  }, [article]);

  const onMentionPreview = useStableCallback((id: string | null, el: HTMLElement | null) => {
    window.clearTimeout(previewTimer.current);
    if (id) void preloadEntityPanel().catch(() => undefined); // a click is likely next
    if (!id || !el || !container.current) {
      if (preview) setPreview(null); // a blur after a click would otherwise render the page once more
      return;
    }
    // Measured when the card is due, not now: a pointer-down focuses the mention, and measuring here would
    // force a layout of the whole page inside every click on one.
    previewTimer.current = window.setTimeout(() => {
      // No card for the entity whose panel is open.
      if (!el.isConnected || !container.current || id === getSearchParam('entity')) return;
      const box = container.current.getBoundingClientRect();
      const rect = el.getBoundingClientRect();
      const left = Math.min(Math.max(0, rect.left - box.left), Math.max(0, box.width - 256));
      setPreview({ entityId: id, left, top: rect.bottom - box.top + 6 });
    }, 350);
  });
  const onMentionClick = useStableCallback((id: string, _start: number, el: HTMLElement) => openEntity(id, el));
  const onMarkerClick = useStableCallback((id: string) => {
    if (!article.events.some((e) => e.id === id)) return;
    setSearchParams({ event: id });
    document.querySelector<HTMLElement>(`[data-event-id="${CSS.escape(id)}"]`)?.focus();
  });
  const clearPendingAnchor = useStableCallback(() => setPendingAnchor(null));
  const previewEntity = preview ? article.entities.find((e) => e.id === preview.entityId) : null;

  return (
    <div className="mx-auto max-w-6xl py-6 lg:grid lg:grid-cols-[minmax(0,42rem)_minmax(18rem,1fr)] lg:gap-10">
      <div ref={container} data-reading-timeline="" className="relative min-w-0">
        <ReadingProgress />
        <div className="mb-6 flex flex-col gap-3">
          <ReaderToolbar prefs={prefs} onChange={updatePrefs} />
          <EntityLegend entities={article.entities} hiddenTypes={hiddenTypes} onToggle={toggleType} />
          {prefsError ? (
            <p role="status" className="font-sans text-sm text-amber-800 dark:text-amber-300">
              {prefsError}
            </p>
          ) : null}
        </div>
        <ArticleViewSlot
          article={article}
          hiddenTypes={hiddenTypes}
          marks={marks}
          markers={markers}
          fontScale={prefs.fontScale}
          onMentionClick={onMentionClick}
          onMentionPreview={onMentionPreview}
          onMarkerClick={onMarkerClick}
        />
        {previewEntity && preview ? (
          <Suspense fallback={null}>
            <EntityPreview entity={previewEntity} anchor={preview} />
          </Suspense>
        ) : null}
        <Suspense fallback={null}>
          <CommentedPassages articleId={article.id} onChange={setPassages} />
        </Suspense>
      </div>
      <aside
        aria-label="Context"
        className="mt-10 lg:sticky lg:top-4 lg:mt-0 lg:max-h-[calc(100vh-2rem)] lg:self-start lg:overflow-y-auto print:hidden"
      >
        <EntityPanelSlot
          article={article}
          onClose={closeEntity}
          onShowMention={showMention}
          onSelectEntity={selectEntity}
          onSelectEvent={selectEventById}
          onComment={commentOnEntity}
        />
        <TimelineSlot article={article} onSelect={selectEvent} />
      </aside>
      <DeferredComments
        article={article}
        pendingAnchor={pendingAnchor}
        onPendingAnchorHandled={clearPendingAnchor}
        onShowPassage={showPassage}
        onShowEntity={openEntity}
        onShowEvent={selectEventById}
      />
    </div>
  );
}
