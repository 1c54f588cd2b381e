import { useEffect } from 'react';
import { useArticles } from '../features/library/api/get-articles';
import { useLocalArticles } from '../features/library/api/get-local-articles';
import { LibraryView } from '../features/library/components/library-view';
import { articleHref, navigate } from '../lib/router';

/**
 * The home view: the library, except when Gloss holds a single article (the seed, and none of the
 * reader's own) — then that article is the default and opens at once. `/library/` always lists.
 */
export function HomePage() {
  const shipped = useArticles();
  const local = useLocalArticles();
  const only = shipped.data?.length === 1 && local.data?.length === 0 ? shipped.data[0] : undefined;
  useEffect(() => {
    if (only) navigate(articleHref(only.id), { replace: true });
  }, [only]);
  return <LibraryView />;
}
