import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { deferEntryScript } from './prerender-plugin';

/**
 * Runs the page's startup script (the inline module at the end of its body) against a fake browser that
 * logs what it requests: timers and paint entries are driven by the test.
 */
function fakePage(html: string) {
  const script = /<script type="module">([^<]+)<\/script>\n<\/body>/.exec(html)?.[1];
  if (!script) throw new Error('no startup script at the end of the body');
  const log: string[] = [];
  let timers: { at: number; run: () => void }[] = [];
  let now = 0;
  const observers: ((list: { getEntriesByName: (name: string) => unknown[] }, o: { disconnect(): void }) => void)[] =
    [];
  class PerformanceObserver {
    constructor(private callback: (typeof observers)[number]) {}
    observe() {
      observers.push(this.callback);
    }
  }
  const sandbox = {
    PerformanceObserver,
    setTimeout: (run: () => void, ms = 0) => timers.push({ at: now + ms, run }),
    document: {
      createElement: () => ({ rel: '', href: '' }),
      head: { append: (l: { rel: string; href: string }) => log.push(`${l.rel} ${l.href}`) },
    },
    imp: (url: string) => {
      log.push(`import ${url}`);
      return Promise.resolve();
    },
  };
  // `import()` is not available in a vm context without a module loader: the fake logs it instead.
  runInNewContext(script.replaceAll('import(', 'imp('), sandbox);
  return {
    log,
    observePaint(name: string) {
      for (const callback of [...observers]) {
        const disconnect = () => observers.splice(observers.indexOf(callback), 1);
        callback({ getEntriesByName: (wanted) => (wanted === name ? [{ name }] : []) }, { disconnect });
      }
    },
    /** Runs the timers due by `until` ms from the start (0: those due now), in order. */
    runTimers(until = now) {
      now = until;
      for (;;) {
        const next = timers.filter((t) => t.at <= now).sort((a, b) => a.at - b.at)[0];
        if (!next) return;
        timers = timers.filter((t) => t !== next);
        next.run();
      }
    },
  };
}

const built = `<!doctype html><html><head>
<script type="module" crossorigin src="/assets/index-abc.js"></script>
<link rel="modulepreload" crossorigin href="/assets/react-def.js">
</head><body><div id="root"><p>Words</p></div></body></html>`;

describe('deferEntryScript', () => {
  it('requests nothing before the first paint: no modulepreload or module script is left in the head', () => {
    const html = deferEntryScript(built);
    const head = html.slice(0, html.indexOf('</head>'));
    expect(head).not.toContain('modulepreload');
    expect(head).not.toContain('type="module"');
    expect(head).not.toContain('.js');
  });

  it('after the first paint preloads the other chunks at once and imports the entry, from the end of the body', () => {
    const html = deferEntryScript(built);
    expect(html).toMatch(/<p>Words<\/p><\/div><script type="module">[^<]+<\/script>\n<\/body>/);
    const page = fakePage(html);
    page.observePaint('first-paint');
    page.runTimers();
    expect(page.log).toEqual([]); // no request before the first contentful paint
    page.observePaint('first-contentful-paint');
    expect(page.log).toEqual([]); // not inside the observer's callback: in a task of its own
    page.runTimers();
    expect(page.log).toEqual(['modulepreload /assets/react-def.js', 'import /assets/index-abc.js']);
    page.observePaint('first-contentful-paint');
    page.runTimers(5000);
    expect(page.log).toHaveLength(2); // once only
  });

  it('starts after 5 s on a page that is not painted (a tab opened in the background)', () => {
    const hidden = fakePage(deferEntryScript(built));
    hidden.runTimers(4999);
    expect(hidden.log).toEqual([]);
    hidden.runTimers(5000);
    expect(hidden.log).toEqual(['modulepreload /assets/react-def.js', 'import /assets/index-abc.js']);
    hidden.observePaint('first-contentful-paint');
    hidden.runTimers(6000);
    expect(hidden.log).toHaveLength(2); // once only
  });

  it('evaluates the chunks it is given first, each in a task of its own, and the entry last (preloaded meanwhile)', () => {
    const html = deferEntryScript(built, (entry) => (entry === '/assets/index-abc.js' ? ['/assets/react-def.js'] : []));
    expect(html).toContain('for(const u of ["/assets/index-abc.js"])');
    expect(html).toContain('import("/assets/react-def.js").then(()=>setTimeout(()=>import("/assets/index-abc.js")))');
  });

  it('leaves a page without an entry module script as it is', () => {
    const page = '<html><head><script src="/classic.js"></script></head><body></body></html>';
    expect(deferEntryScript(page)).toBe(page);
  });
});
