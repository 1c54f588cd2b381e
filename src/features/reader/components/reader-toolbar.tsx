import { memo } from 'react';
import { FONT_SCALES, THEMES, type ReaderPrefs } from '../../../lib/storage/reader-prefs';

const THEME_LABELS: Record<ReaderPrefs['theme'], string> = { system: 'System', light: 'Light', dark: 'Dark' };
const control =
  'cursor-pointer rounded-md px-2.5 py-1 focus-visible:outline-2 focus-visible:outline-offset-1 focus-visible:outline-sky-600 disabled:cursor-not-allowed disabled:opacity-40';

/** Theme and text-size controls. */
export const ReaderToolbar = memo(function ReaderToolbar({
  prefs,
  onChange,
}: {
  prefs: ReaderPrefs;
  onChange: (patch: Partial<ReaderPrefs>) => void;
}) {
  const index = FONT_SCALES.findIndex((s) => s >= prefs.fontScale);
  const at = index === -1 ? FONT_SCALES.length - 1 : index;
  return (
    <div className="flex flex-wrap items-center gap-3 font-sans text-sm print:hidden">
      <div
        role="group"
        aria-label="Theme"
        className="flex rounded-lg border border-stone-300 p-0.5 dark:border-stone-700"
      >
        {THEMES.map((theme) => (
          <button
            key={theme}
            type="button"
            aria-pressed={prefs.theme === theme}
            onClick={() => onChange({ theme })}
            className={`${control} ${prefs.theme === theme ? 'bg-stone-800 text-white dark:bg-stone-200 dark:text-stone-900' : 'hover:bg-stone-100 dark:hover:bg-stone-800'}`}
          >
            {THEME_LABELS[theme]}
          </button>
        ))}
      </div>
      <div
        role="group"
        aria-label="Text size"
        className="flex items-center rounded-lg border border-stone-300 p-0.5 dark:border-stone-700"
      >
        <button
          type="button"
          disabled={at === 0}
          onClick={() => onChange({ fontScale: FONT_SCALES[at - 1] ?? prefs.fontScale })}
          className={`${control} hover:bg-stone-100 dark:hover:bg-stone-800`}
        >
          <span aria-hidden="true">A−</span>
          <span className="sr-only">Smaller text</span>
        </button>
        <span className="min-w-12 text-center tabular-nums" aria-live="polite">
          <span className="sr-only">Text size </span>
          {Math.round(prefs.fontScale * 100)}%
        </span>
        <button
          type="button"
          disabled={at === FONT_SCALES.length - 1}
          onClick={() => onChange({ fontScale: FONT_SCALES[at + 1] ?? prefs.fontScale })}
          className={`${control} text-base hover:bg-stone-100 dark:hover:bg-stone-800`}
        >
          <span aria-hidden="true">A+</span>
          <span className="sr-only">Larger text</span>
        </button>
      </div>
    </div>
  );
});
