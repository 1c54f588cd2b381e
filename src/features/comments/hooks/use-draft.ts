import { useCallback, useState } from 'react';
import { clearDraft, loadDraft, saveDraft, type Draft } from '../../../lib/storage/local-prefs';

/**
 * A half-typed comment saved as the reader types, per article and target (`new`, `reply:<id>`,
 * `edit:<id>`). `error` says when the browser would not keep it.
 */
export function useDraft(articleId: string, target: string, initial: Draft) {
  const [draft, setDraft] = useState<Draft>(() => loadDraft(articleId, target) ?? initial);
  const [error, setError] = useState<string | null>(null);

  const update = useCallback(
    (next: Draft) => {
      setDraft(next);
      const result = saveDraft(articleId, target, next);
      setError(result.ok ? null : result.message);
    },
    [articleId, target],
  );

  const clear = useCallback(() => {
    clearDraft(articleId, target);
    setDraft({ body: '', anchor: null });
    setError(null);
  }, [articleId, target]);

  return { draft, update, clear, error };
}
