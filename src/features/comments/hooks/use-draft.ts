import { useCallback, useMemo, useState, useSyncExternalStore } from 'react';
import { clearDraft, parseDraft, readDraftRaw, saveDraft, subscribePrefs, type Draft } from '../../../lib/storage/local-prefs';

const serverSnapshot = () => null;

/**
 * A half-typed comment saved as the reader types, per article and target (`new`, `reply:<id>`,
 * `edit:<id>`). Read through useSyncExternalStore, so a prerendered page hydrates without a mismatch
 * and then shows the stored draft. `error` says when the browser would not keep it.
 */
export function useDraft(articleId: string, target: string, initial: Draft) {
  const raw = useSyncExternalStore(subscribePrefs, () => readDraftRaw(articleId, target), serverSnapshot);
  const stored = useMemo(() => parseDraft(raw), [raw]);
  const draft = stored ?? initial;
  const [error, setError] = useState<string | null>(null);

  const update = useCallback(
    (next: Draft) => {
      const result = saveDraft(articleId, target, next, initial.body !== '');
      setError(result.ok ? null : result.message);
    },
    [articleId, target, initial.body],
  );

  const clear = useCallback(() => {
    clearDraft(articleId, target);
    setError(null);
  }, [articleId, target]);

  return { draft, update, clear, error };
}
