import { linkify } from '../lib/linkify';

/** Comment text as React text (never HTML), line breaks kept, http(s) links clickable. */
export function CommentBody({ text }: { text: string }) {
  return (
    <p className="font-sans text-[0.95rem] leading-relaxed break-words whitespace-pre-wrap text-stone-800 dark:text-stone-200">
      {linkify(text).map((segment, i) =>
        segment.kind === 'link' ? (
          <a
            key={i}
            href={segment.href}
            target="_blank"
            rel="nofollow noopener noreferrer ugc"
            className="text-teal-700 underline decoration-teal-700/40 underline-offset-2 hover:decoration-teal-700 dark:text-teal-300 dark:decoration-teal-300/40"
          >
            {segment.text}
          </a>
        ) : (
          <span key={i}>{segment.text}</span>
        ),
      )}
    </p>
  );
}
