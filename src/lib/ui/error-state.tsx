import type { ReactNode } from 'react';

/** A clear error with a way back: never a blank page. */
export function ErrorState({ title, message, action }: { title: string; message: string; action?: ReactNode }) {
  return (
    <div
      role="alert"
      className="mx-auto my-16 max-w-prose rounded-lg border border-red-300 bg-red-50 p-6 text-red-950 dark:border-red-800 dark:bg-red-950 dark:text-red-50"
    >
      <h2 className="font-sans text-lg font-semibold">{title}</h2>
      <p className="mt-2">{message}</p>
      {action ? <div className="mt-4">{action}</div> : null}
    </div>
  );
}
