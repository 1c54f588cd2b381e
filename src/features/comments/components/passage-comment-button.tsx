import { useEffect, useRef, useState } from 'react';
import { selectionToOffsets, type TextSpan } from '../lib/selection-offsets';
import { MAX_QUOTE_LENGTH, type CommentAnchor } from '../model';

interface Floating {
  span: TextSpan;
  top: number;
  left: number;
}

/** The quote stored with a passage anchor: the selected text, shortened if very long. */
export function passageAnchor(text: string, span: TextSpan): CommentAnchor {
  const quote = text.slice(span.start, span.end);
  return {
    kind: 'passage',
    start: span.start,
    end: span.end,
    quote: quote.length > MAX_QUOTE_LENGTH ? `${quote.slice(0, MAX_QUOTE_LENGTH - 1)}…` : quote,
  };
}

function place(selection: Selection): { top: number; left: number } {
  const range = selection.getRangeAt(0);
  const rect = typeof range.getBoundingClientRect === 'function' ? range.getBoundingClientRect() : null;
  if (!rect || (rect.width === 0 && rect.height === 0)) return { top: 16, left: window.innerWidth / 2 };
  const top = rect.top > 56 ? rect.top - 48 : rect.bottom + 8;
  const left = Math.min(Math.max(rect.left + rect.width / 2, 110), window.innerWidth - 110);
  return { top, left };
}

/**
 * While the reader selects text in the article body, a small floating "Comment on this passage" button.
 * It stays in the tab order while a selection exists, so a keyboard user who selects with Shift+arrows
 * can reach it with Tab.
 */
export function PassageCommentButton({
  articleText,
  onComment,
}: {
  articleText: string;
  onComment: (anchor: CommentAnchor) => void;
}) {
  const [floating, setFloating] = useState<Floating | null>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    const update = () => {
      const selection = document.getSelection();
      const span = selectionToOffsets(selection, articleText);
      if (!span || !selection) {
        // Focusing the button must not hide it.
        if (document.activeElement !== buttonRef.current) setFloating(null);
        return;
      }
      setFloating({ span, ...place(selection) });
    };
    // Scrolling and resizing move the selection, not what it covers: only the button's place is computed
    // again: mapping a selection to offsets walks every text node of the article, and ran on every scroll
    // event while text was selected.
    const reposition = () => {
      const selection = document.getSelection();
      if (!selection || selection.rangeCount === 0 || selection.isCollapsed) return;
      setFloating((current) => (current ? { ...current, ...place(selection) } : current));
    };
    update(); // a selection made before this loaded (it loads with the thread, on the first selection)
    document.addEventListener('selectionchange', update);
    window.addEventListener('scroll', reposition, { passive: true, capture: true });
    window.addEventListener('resize', reposition);
    return () => {
      document.removeEventListener('selectionchange', update);
      window.removeEventListener('scroll', reposition, { capture: true });
      window.removeEventListener('resize', reposition);
    };
  }, [articleText]);

  if (!floating) return null;
  return (
    <button
      ref={buttonRef}
      type="button"
      style={{ top: floating.top, left: floating.left }}
      className="fixed z-40 -translate-x-1/2 rounded-full bg-stone-900 px-3.5 py-1.5 font-sans text-sm font-medium text-white shadow-lg ring-1 ring-black/10 hover:bg-stone-700 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-teal-500 dark:bg-stone-100 dark:text-stone-900 dark:hover:bg-white"
      // Keep the selection when the button is pressed.
      onMouseDown={(event) => event.preventDefault()}
      onClick={() => {
        onComment(passageAnchor(articleText, floating.span));
        setFloating(null);
      }}
      onKeyDown={(event) => {
        if (event.key === 'Escape') setFloating(null);
      }}
    >
      Comment on this passage
    </button>
  );
}
