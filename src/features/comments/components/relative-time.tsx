import { formatFullDate, formatRelative } from '../lib/relative-time';

/** "5 minutes ago", with the full date on hover and for screen readers. */
export function RelativeTime({ iso, now }: { iso: string; now: Date }) {
  const full = formatFullDate(iso);
  return (
    <time dateTime={iso} title={full}>
      <span aria-hidden="true">{formatRelative(iso, now)}</span>
      <span className="sr-only">{full}</span>
    </time>
  );
}
