/** Placeholder with the shape of an article, so nothing jumps when the text arrives. */
export function ArticleSkeleton() {
  return (
    <div
      aria-busy="true"
      aria-label="Loading article"
      role="status"
      className="mx-auto max-w-[65ch] animate-pulse py-10"
    >
      <div className="h-9 w-4/5 rounded bg-stone-200 dark:bg-stone-800" />
      <div className="mt-4 h-4 w-2/5 rounded bg-stone-200 dark:bg-stone-800" />
      {Array.from({ length: 6 }, (_, i) => (
        <div key={i} className="mt-8 space-y-3">
          <div className="h-4 rounded bg-stone-200 dark:bg-stone-800" />
          <div className="h-4 rounded bg-stone-200 dark:bg-stone-800" />
          <div className="h-4 w-3/4 rounded bg-stone-200 dark:bg-stone-800" />
        </div>
      ))}
    </div>
  );
}
