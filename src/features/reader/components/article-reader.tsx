import { Link } from '../../../lib/router';
import { ErrorState } from '../../../lib/ui/error-state';
import { useArticle } from '../api/get-article';
import { ArticleSkeleton } from './article-skeleton';
import { ArticleView } from './article-view';

export function ArticleReader({ id }: { id: string }) {
  const query = useArticle(id);
  if (query.isPending) return <ArticleSkeleton />;
  if (query.isError) {
    return (
      <ErrorState
        title="This article could not be opened"
        message={query.error.message}
        action={
          <Link href="/" className="font-sans underline">
            Back to the library
          </Link>
        }
      />
    );
  }
  return <ArticleView article={query.data} />;
}
