/**
 * Open your own article: paste text, or choose or drop a .txt file or a saved web page. Loaded only
 * when the reader opens it, with the extractor; the analyser itself runs in a worker.
 */
import { useQueryClient } from '@tanstack/react-query';
import { useRef, useState, type DragEvent, type FormEvent } from 'react';
import { articleHref, navigate } from '../../../lib/router';
import { importArticle, IMPORT_STAGES, STAGE_LABELS, type ImportStage } from '../import/import-article';
import { readImportFile, readPastedText, type ImportSource } from '../import/read-input';

type Status =
  | { kind: 'idle' }
  | { kind: 'busy'; stage: ImportStage; what: string }
  | { kind: 'error'; message: string }
  | { kind: 'cancelled' };

const ACCEPT = '.txt,.text,.md,.html,.htm,text/plain,text/html';

function messageOf(error: unknown): string {
  if (error instanceof Error && error.message) return error.message;
  return 'Something went wrong. Your text is still here; try again.';
}

const isAbort = (error: unknown): boolean => error instanceof DOMException && error.name === 'AbortError';

export function ImportPanel({ onClose }: { onClose?: () => void }) {
  const client = useQueryClient();
  const [text, setText] = useState('');
  const [status, setStatus] = useState<Status>({ kind: 'idle' });
  const [dragging, setDragging] = useState(false);
  const controller = useRef<AbortController | null>(null);
  const busy = status.kind === 'busy';

  async function run(read: () => ImportSource | Promise<ImportSource>, what: string) {
    if (controller.current) return;
    const abort = new AbortController();
    controller.current = abort;
    setStatus({ kind: 'busy', stage: 'reading', what });
    try {
      const source = await read();
      const { article } = await importArticle(source, {
        signal: abort.signal,
        onStage: (stage) => setStatus({ kind: 'busy', stage, what }),
      });
      client.setQueryData(['article', article.id], article);
      await client.invalidateQueries({ queryKey: ['local-articles'] });
      navigate(articleHref(article.id));
    } catch (error) {
      setStatus(isAbort(error) ? { kind: 'cancelled' } : { kind: 'error', message: messageOf(error) });
    } finally {
      controller.current = null;
    }
  }

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    void run(() => readPastedText(text), 'the pasted text');
  }

  function openFile(file: File | undefined) {
    if (!file) return;
    void run(() => readImportFile(file), `“${file.name}”`);
  }

  function onDrop(event: DragEvent) {
    event.preventDefault();
    setDragging(false);
    if (busy) return;
    openFile(event.dataTransfer.files[0]);
  }

  const button =
    'rounded-lg px-4 py-2 text-sm font-medium focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-stone-500 disabled:opacity-50';
  const primary = `${button} bg-stone-900 text-white hover:bg-stone-700 dark:bg-stone-100 dark:text-stone-900 dark:hover:bg-stone-300`;
  const secondary = `${button} border border-stone-300 bg-white hover:bg-stone-100 dark:border-stone-700 dark:bg-stone-900 dark:hover:bg-stone-800`;

  return (
    <section
      aria-labelledby="import-heading"
      aria-busy={busy}
      className="mt-6 rounded-xl border border-stone-200 bg-stone-50 p-5 dark:border-stone-800 dark:bg-stone-900/60"
    >
      <div className="flex items-start justify-between gap-4">
        <h2 id="import-heading" className="text-lg font-semibold">
          Open your own article
        </h2>
        {onClose ? (
          <button type="button" onClick={onClose} className={`${button} -mt-1 text-stone-600 dark:text-stone-400`}>
            Close
          </button>
        ) : null}
      </div>
      <p className="mt-1 text-sm text-stone-600 dark:text-stone-400">
        An English news story: its text, a .txt file, or the page saved from your browser (.html). It is analysed on
        this device and kept in your library here; nothing is uploaded.
      </p>

      <form onSubmit={onSubmit} className="mt-4">
        <label htmlFor="import-text" className="block text-sm font-medium">
          Article text
        </label>
        <textarea
          id="import-text"
          value={text}
          onChange={(event) => setText(event.target.value)}
          readOnly={busy}
          rows={7}
          placeholder={'Headline\n\n7 May 2013\n\nFirst paragraph…'}
          className="mt-1 block w-full rounded-lg border border-stone-300 bg-white p-3 font-serif text-base dark:border-stone-700 dark:bg-stone-950"
        />
        <button type="submit" disabled={busy} className={`${primary} mt-3`}>
          Analyse text
        </button>
      </form>

      <div
        onDragOver={(event) => {
          event.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={onDrop}
        data-testid="drop-zone"
        className={`mt-5 flex flex-wrap items-center gap-3 rounded-lg border-2 border-dashed p-4 text-sm ${
          dragging ? 'border-stone-500 bg-stone-100 dark:bg-stone-800' : 'border-stone-300 dark:border-stone-700'
        }`}
      >
        <span className="text-stone-600 dark:text-stone-400">Drop a .txt or .html file here, or</span>
        <label
          className={`${secondary} cursor-pointer focus-within:outline-2 focus-within:outline-offset-2 focus-within:outline-stone-500`}
        >
          Choose a file
          <input
            type="file"
            accept={ACCEPT}
            disabled={busy}
            className="sr-only"
            onChange={(event) => {
              openFile(event.target.files?.[0]);
              event.target.value = '';
            }}
          />
        </label>
        <span className="text-stone-500">Up to 5 MB.</span>
      </div>

      <div role="status" className="mt-4 text-sm">
        {status.kind === 'busy' ? (
          <div className="flex flex-wrap items-center gap-3">
            <progress
              aria-label="Analysis progress"
              max={IMPORT_STAGES.length}
              value={IMPORT_STAGES.indexOf(status.stage) + 1}
              className="h-2 w-40 accent-stone-700"
            />
            <span>
              {STAGE_LABELS[status.stage]} <span className="sr-only">({status.what})</span>
            </span>
            <button type="button" onClick={() => controller.current?.abort()} className={secondary}>
              Cancel
            </button>
          </div>
        ) : null}
        {status.kind === 'cancelled' ? <p>Analysis cancelled. Nothing was saved.</p> : null}
      </div>
      {status.kind === 'error' ? (
        <p
          role="alert"
          className="mt-2 rounded-lg border border-red-300 bg-red-50 p-3 text-sm text-red-900 dark:border-red-800 dark:bg-red-950 dark:text-red-100"
        >
          {status.message}
        </p>
      ) : null}
    </section>
  );
}
