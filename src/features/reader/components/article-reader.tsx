import type { ReactNode } from 'react';
import type { Article } from '../../../core/types';
import { Link } from '../../../lib/router';
import { ErrorState } from '../../../lib/ui/error-state';
import { useArticle } from '../api/get-article';
import { ArticleSkeleton } from './article-skeleton';
import { ArticleView } from './article-view';

/** Loads an article: a skeleton while loading, a clear error with a way back, then `children(article)`. */
export function ArticleReader({ id, children }: { id: string; children?: (article: Article) => ReactNode }) {
  const query = useArticle(id);
  if (query.isPending) return <ArticleSkeleton />;
  if (query.isError) {
    return (
      <ErrorState
        title="This article could not be opened"
        message={query.error.message}
        action={
          <Link href="/library/" className="font-sans underline">
            Back to the library
          </Link>
        }
      />
    );
  }
  return children ? children(query.data) : <ArticleView article={query.data} />;
}
