import { memo, Suspense, useMemo, type FocusEvent, type MouseEvent, type PointerEvent } from 'react';
import { ENTITY_TYPES, type Article, type EntityType } from '../../../core/types';
import { ENTITY_TYPE_LABELS, typeDescriptionId } from '../../../lib/entity-style';
import { formatLongDate, readingMinutes } from '../../../lib/format';
import type { TextMark, TextMention } from '../lib/runs';
import { paragraphBlocks } from '../lib/paragraph-blocks';
import { Gap, Sentence, type SentenceMarker } from './article-text';

export interface ArticleDecorations {
  hiddenTypes?: ReadonlySet<EntityType>;
  highlightedSentence?: number | null;
  marks?: readonly TextMark[];
  markers?: ReadonlyMap<number, readonly SentenceMarker[]>;
  fontScale?: number;
  onMentionClick?: (entityId: string, mentionStart: number, element: HTMLElement) => void;
  onMarkerClick?: (eventId: string, element: HTMLElement) => void;
  /** Hover (mouse/pen) or keyboard focus on a mention; null when it ends. Touch never previews. */
  onMentionPreview?: (entityId: string | null, element: HTMLElement | null) => void;
}

const NO_TYPES: ReadonlySet<EntityType> = new Set();
const NO_MARKS: readonly TextMark[] = [];
const NO_MARKERS: readonly SentenceMarker[] = [];
const NO_MENTIONS: readonly TextMention[] = [];
const NO_SENTENCES: readonly ArticleSentence[] = [];

function mentionsBySentence(article: Article): Map<number, TextMention[]> {
  const map = new Map<number, TextMention[]>();
  for (const entity of article.entities) {
    for (const m of entity.mentions) {
      const list = map.get(m.sentence) ?? [];
      list.push({ start: m.start, end: m.end, entityId: entity.id, type: entity.type });
      map.set(m.sentence, list);
    }
  }
  return map;
}

type ArticleSentence = Article['sentences'][number];

interface SentenceDecorations {
  text: string;
  mentions: ReadonlyMap<number, TextMention[]>;
  hiddenTypes: ReadonlySet<EntityType>;
  highlightedSentence: number | null;
  marks: readonly TextMark[];
  markers: ReadonlyMap<number, readonly SentenceMarker[]> | undefined;
}

function renderSentence(s: ArticleSentence, d: SentenceDecorations) {
  return (
    <Sentence
      key={s.id}
      text={d.text}
      sentence={s}
      mentions={d.mentions.get(s.id) ?? NO_MENTIONS}
      marks={d.marks.some((m) => m.start < s.end && m.end > s.start) ? d.marks : NO_MARKS}
      hiddenTypes={d.hiddenTypes}
      highlighted={d.highlightedSentence === s.id}
      markers={d.markers?.get(s.id) ?? NO_MARKERS}
    />
  );
}

/**
 * One paragraph: its sentences and the whitespace between them. Memoised; with its block (below) given
 * only the decorations that touch the block, a selection in a long article re-renders the block or two it
 * changes, and in them only the sentences it changes (Sentence is memoised too). The open entity's
 * mentions are marked by a style rule its panel writes (see EntityPanel), which re-renders none.
 */
const Paragraph = memo(function Paragraph({
  paragraph,
  sentences,
  ...d
}: { paragraph: Article['paragraphs'][number]; sentences: readonly ArticleSentence[] } & SentenceDecorations) {
  let cursor = paragraph.start;
  return (
    <p data-paragraph={paragraph.id}>
      {sentences.map((s) => {
        const gap = <Gap key={`g${cursor}`} text={d.text} start={cursor} end={s.start} />;
        cursor = s.end;
        return [gap, renderSentence(s, d)];
      })}
      <Gap text={d.text} start={cursor} end={paragraph.end} />
    </p>
  );
});

/**
 * A block of paragraphs (see paragraph-blocks.ts), given only the decorations that touch it. Its paragraphs
 * are a Suspense boundary: on a prerendered page React hydrates the page's shell first and each block after
 * it, and a click on a block not yet hydrated hydrates that block at once. As one unit, a long article's
 * hydration was one render of seconds, and a click in it waited for all of it or went unanswered (1 MB at
 * 4× CPU: 0.4–0.7 s, or nothing within 20 s in 9 of 11 clicks). Memoised, so a change elsewhere (a
 * selection, the comments' marks) does not make React hydrate the blocks it does not touch.
 */
const Block = memo(function Block({
  block,
  sentences,
  ...d
}: {
  block: readonly Article['paragraphs'][number][];
  sentences: ReadonlyMap<number, readonly ArticleSentence[]>;
} & SentenceDecorations) {
  return (
    <div className="space-y-[1.1em]">
      <Suspense>
        {block.map((p) => (
          <Paragraph key={p.id} paragraph={p} sentences={sentences.get(p.id) ?? NO_SENTENCES} {...d} />
        ))}
      </Suspense>
    </div>
  );
});

type ContentProps = { article: Article } & Pick<
  ArticleDecorations,
  'hiddenTypes' | 'highlightedSentence' | 'marks' | 'markers'
>;

/**
 * The article as a reader sees it: headline, dateline, highlighted body and the source line. Memoised:
 * give it stable handlers and it re-renders only when what it shows changes. The open entity's mentions are
 * marked by a style rule its panel writes (see EntityPanel), so opening a panel re-renders neither the
 * paragraphs nor their list (thousands of them on a long article).
 */
export const ArticleView = memo(function ArticleView({
  fontScale,
  onMentionClick,
  onMarkerClick,
  onMentionPreview,
  ...content
}: { article: Article } & ArticleDecorations) {
  const onClick = (event: MouseEvent<HTMLElement>) => {
    const target = event.target instanceof Element ? event.target : null;
    const mention = target?.closest<HTMLElement>('[data-entity-id]');
    if (mention?.dataset.entityId) {
      onMentionClick?.(mention.dataset.entityId, Number(mention.dataset.mentionStart), mention);
      return;
    }
    const marker = target?.closest<HTMLElement>('[data-event-marker]');
    if (marker?.dataset.eventMarker) onMarkerClick?.(marker.dataset.eventMarker, marker);
  };
  const preview = (event: PointerEvent<HTMLElement> | FocusEvent<HTMLElement>, on: boolean) => {
    if ('pointerType' in event && event.pointerType === 'touch') return;
    const target = event.target instanceof Element ? event.target.closest<HTMLElement>('[data-entity-id]') : null;
    if (!target) return;
    onMentionPreview?.(on ? (target.dataset.entityId ?? null) : null, on ? target : null);
  };

  return (
    // Clicks are delegated from the mention and marker buttons inside; the article itself is not interactive.
    // eslint-disable-next-line jsx-a11y/click-events-have-key-events, jsx-a11y/no-noninteractive-element-interactions
    <article
      className="font-serif leading-relaxed"
      style={{ fontSize: `${1.125 * (fontScale ?? 1)}rem` }}
      onClick={onClick}
      onPointerOver={(e) => preview(e, true)}
      onPointerOut={(e) => preview(e, false)}
      onFocus={(e) => preview(e, true)}
      onBlur={(e) => preview(e, false)}
    >
      <ArticleContent {...content} />
    </article>
  );
});

/** What the article shows, memoised apart from the handlers. */
const ArticleContent = memo(function ArticleContent({ article, ...d }: ContentProps) {
  const byS = useMemo(() => mentionsBySentence(article), [article]);
  const hiddenTypes = d.hiddenTypes ?? NO_TYPES;
  const marks = d.marks ?? NO_MARKS;
  const minutes = readingMinutes(article.wordCount);
  const { text } = article;

  const highlightedSpan = article.sentences.find((s) => s.id === d.highlightedSentence);
  const decorations = (span: { start: number; end: number }): SentenceDecorations => {
    const holds =
      highlightedSpan !== undefined && highlightedSpan.start >= span.start && highlightedSpan.end <= span.end;
    return {
      text,
      mentions: byS,
      hiddenTypes,
      highlightedSentence: holds ? highlightedSpan.id : null,
      marks: marks.some((m) => m.start < span.end && m.end > span.start) ? marks : NO_MARKS,
      markers: d.markers,
    };
  };
  const blocks = useMemo(() => paragraphBlocks(article.paragraphs), [article]);
  const titleSentence = article.sentences.find((s) => s.paragraph === null);
  const sentencesByParagraph = useMemo(() => {
    const map = new Map<number, ArticleSentence[]>();
    for (const s of article.sentences) {
      if (s.paragraph === null) continue;
      const list = map.get(s.paragraph) ?? [];
      list.push(s);
      map.set(s.paragraph, list);
    }
    return map;
  }, [article]);

  return (
    <>
      {ENTITY_TYPES.map((t) => (
        <span key={t} id={typeDescriptionId(t)} hidden>
          {ENTITY_TYPE_LABELS[t].one}
        </span>
      ))}
      <header className="mb-8">
        <h1 className="font-sans text-[1.75em] leading-tight font-bold tracking-tight text-balance">
          {titleSentence ? renderSentence(titleSentence, decorations(titleSentence)) : article.title}
        </h1>
        <p className="mt-3 font-sans text-sm text-stone-600 dark:text-stone-400">
          {article.published ? <time dateTime={article.published}>{formatLongDate(article.published)}</time> : null}
          {article.published && article.source ? ' · ' : null}
          {article.source ? <span>{article.source}</span> : null}
          {article.published || article.source ? ' · ' : null}
          <span>{minutes} min read</span>
          {article.byline ? <span> · By {article.byline}</span> : null}
        </p>
      </header>
      <div data-article-text="" className="space-y-[1.1em]">
        {blocks.map((block) => (
          <Block
            key={block[0]!.id}
            block={block}
            sentences={sentencesByParagraph}
            {...decorations({ start: block[0]!.start, end: block.at(-1)!.end })}
          />
        ))}
      </div>
      {article.copyright ? (
        <footer className="mt-10 border-t border-stone-200 pt-4 font-sans text-sm text-stone-600 dark:border-stone-800 dark:text-stone-400">
          <p>{article.copyright}</p>
        </footer>
      ) : null}
    </>
  );
});
