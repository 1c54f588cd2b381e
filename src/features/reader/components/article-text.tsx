import { memo, type ReactNode } from 'react';
import type { EntityType, Span } from '../../../core/types';
import { mentionClasses, typeDescriptionId } from '../../../lib/entity-style';
import { buildRuns, type MarkKind, type TextMark, type TextMention } from '../lib/runs';

/** The id of a sentence's element: the timeline scrolls to it, and a prerendered page's first paint waits for one. */
export const sentenceElementId = (sentence: number): string => `sentence-${sentence}`;

/**
 * Shows sentence `id` highlighted now, as `Sentence` renders it once React has the same state: a choice
 * paints in its own frame, and React's render of it follows (see ArticlePage's selectEvent).
 */
export function paintHighlightedSentence(id: number): void {
  document.querySelector('[data-highlighted]')?.removeAttribute('data-highlighted'); // one at most
  document.getElementById(sentenceElementId(id))?.setAttribute('data-highlighted', '');
}

export interface SentenceMarker {
  eventId: string;
  label: string;
}

const MARK_CLASSES: Record<MarkKind, string> = {
  passage: 'bg-amber-100/80 dark:bg-amber-900/50 border-b border-amber-400',
  flash: 'gloss-flash',
};

/**
 * A run's text: unmarked pieces as bare text, marked ones (a passage, the selected entity, a flash) in a
 * span that carries the mark's classes. Offsets are carried by the sentence around them (see `Sentence`).
 */
function Pieces({ text, pieces }: { text: string; pieces: { start: number; end: number; marks: MarkKind[] }[] }) {
  return (
    <>
      {pieces.map((p) =>
        p.marks.length ? (
          <span key={p.start} className={p.marks.map((m) => MARK_CLASSES[m]).join(' ')}>
            {text.slice(p.start, p.end)}
          </span>
        ) : (
          text.slice(p.start, p.end)
        ),
      )}
    </>
  );
}

export interface SentenceProps {
  text: string;
  sentence: Span & { id: number };
  mentions: readonly TextMention[];
  marks: readonly TextMark[];
  hiddenTypes: ReadonlySet<EntityType>;
  highlighted: boolean;
  markers: readonly SentenceMarker[];
}

/**
 * One sentence: plain text and entity mentions as real buttons; memoised so a selection re-renders little.
 * Its element carries `data-offset`, the sentence's start in `article.text`, and holds exactly the text
 * from there to its end (the markers are icons with no text): the selection contract of
 * `features/comments/lib/selection-offsets.ts`. The markup is kept lean, since it is most of the page.
 */
export const Sentence = memo(function Sentence({ highlighted, ...body }: SentenceProps) {
  const { sentence } = body;
  return (
    <span
      id={sentenceElementId(sentence.id)}
      data-sentence={sentence.id}
      data-offset={sentence.start}
      // Styled by `[data-highlighted]` in index.css, not faded in (no transition): the highlight answers a
      // click on the timeline in that click's frame, painted there by paintHighlightedSentence.
      data-highlighted={highlighted ? '' : undefined}
    >
      <SentenceBody {...body} />
    </span>
  );
});

/**
 * A sentence's text, mentions and markers, memoised apart from its highlight: choosing a timeline event
 * re-renders the highlighted sentence's element, not its words and buttons (that render was most of the
 * click's script at 4× CPU).
 */
const SentenceBody = memo(function SentenceBody({
  text,
  sentence,
  mentions,
  marks,
  hiddenTypes,
  markers,
}: Omit<SentenceProps, 'highlighted'>) {
  const visible = mentions.filter((m) => !hiddenTypes.has(m.type));
  const runs = buildRuns(sentence.start, sentence.end, visible, marks);
  return (
    <>
      {runs.map((run) =>
        run.kind === 'text' ? (
          <Pieces key={run.start} text={text} pieces={run.pieces} />
        ) : (
          <button
            key={run.start}
            type="button"
            data-entity-id={run.mention.entityId}
            data-mention-start={run.start}
            aria-describedby={typeDescriptionId(run.mention.type)}
            aria-haspopup="dialog"
            className={mentionClasses(run.mention.type)}
          >
            <Pieces text={text} pieces={run.pieces} />
          </button>
        ),
      )}
      {markers.map((m) => (
        <button
          key={m.eventId}
          type="button"
          data-event-marker={m.eventId}
          aria-label={`Timeline event: ${m.label}`}
          title={`Timeline: ${m.label}`}
          className="mx-0.5 inline-flex size-5 cursor-pointer items-center justify-center rounded-full align-middle text-rose-700 hover:bg-rose-100 focus-visible:outline-2 focus-visible:outline-rose-600 dark:text-rose-300 dark:hover:bg-rose-900/60 print:hidden"
        >
          <svg
            aria-hidden="true"
            viewBox="0 0 16 16"
            className="size-3.5"
            fill="none"
            stroke="currentColor"
            strokeWidth="1.6"
          >
            <circle cx="8" cy="8" r="6.2" />
            <path d="M8 4.5V8l2.4 1.6" strokeLinecap="round" />
          </svg>
        </button>
      ))}
    </>
  );
});

/** Whitespace between sentences, kept inside an offset-carrying element (the selection contract). */
export function Gap({ text, start, end }: { text: string; start: number; end: number }): ReactNode {
  if (end <= start) return null;
  return <span data-offset={start}>{text.slice(start, end)}</span>;
}
