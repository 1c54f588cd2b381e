import { memo, useCallback, useState } from 'react';
import type { Article } from '../core/types';
import { CommentsThread } from '../features/comments/components/comments-thread';
import { PassageCommentButton } from '../features/comments/components/passage-comment-button';
import type { CommentAnchor } from '../features/comments/model';

export interface CommentsSlotProps {
  article: Article;
  /** Set when the reader chose "Comment on this" in an entity or event panel. */
  pendingAnchor: CommentAnchor | null;
  onPendingAnchorHandled: () => void;
  onShowPassage: (span: { start: number; end: number }) => void;
  onShowEntity: (id: string) => void;
  onShowEvent: (id: string) => void;
}

/**
 * The comments under an article: the floating "Comment on this passage" button for selections in the
 * article body, and the thread. An anchor can come from the app (entity/event panels) or from a selection.
 */
export const CommentsSlot = memo(function CommentsSlot({
  article,
  pendingAnchor,
  onPendingAnchorHandled,
  ...show
}: CommentsSlotProps) {
  const [passage, setPassage] = useState<CommentAnchor | null>(null);
  const handled = useCallback(() => {
    if (passage) setPassage(null);
    else onPendingAnchorHandled();
  }, [passage, onPendingAnchorHandled]);
  return (
    <>
      <PassageCommentButton articleText={article.text} onComment={setPassage} />
      <CommentsThread
        article={article}
        pendingAnchor={passage ?? pendingAnchor}
        onPendingAnchorHandled={handled}
        {...show}
      />
    </>
  );
});

/** For the reader: the passages with comments, to mark in the text. */
export { useCommentedPassages } from '../features/comments/hooks/use-commented-passages';
