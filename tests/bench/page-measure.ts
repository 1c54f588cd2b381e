/**
 * Browser measurements for the page benchmark, in Debian's Chromium with the CPU slowed through the
 * DevTools protocol: paint timings, when the page became interactive (React attached to the markup), the
 * time from a click to the next paint showing its effect, and long main-thread tasks.
 */
import { chromium, type Browser, type BrowserContext, type Locator, type Page } from '@playwright/test';
import { CHROMIUM_FLAGS, CHROMIUM_PATH } from '../chromium.mjs';
import { lcpFrame, type AnimationFrame, type LcpFrame } from './lcp-frame';
import { cpuBeforeLcp, type PhaseCpu, type TraceEvent } from './trace-cpu';

export const CPU_SLOWDOWN = 4;
const VIEWPORT = { width: 1280, height: 800 };

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: [...CHROMIUM_FLAGS],
  });
}

/**
 * Runs in the page before its own scripts: paint, long-task, frame-rendering and "interactive" observers.
 * Page-side code is kept as source text: tsx's transform wraps named functions in a helper the page does not
 * have.
 * "Interactive" means React has attached to the app's markup (a hydrated or client-rendered node has a fiber).
 */
const OBSERVE = `(() => {
  const bench = { lcp: 0, hydrated: null, tasks: [], frames: [] };
  window.__bench = bench;
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) bench.lcp = e.startTime;
  }).observe({ type: 'largest-contentful-paint', buffered: true });
  // Long tasks, and the rendering of long animation frames: from its start (frame callbacks, style, layout,
  // paint) to the frame's end, which nothing interrupts. A frame whose rendering alone is long is no long task
  // (no script ran in it), and input waits for it all the same. A frame's other tasks count only as long
  // tasks: between a transition's 5 ms slices, input is handled.
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) bench.tasks.push([e.startTime, e.duration]);
  }).observe({ type: 'longtask', buffered: true });
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) {
      bench.frames.push({ start: e.startTime, renderStart: e.renderStart, end: e.startTime + e.duration });
      if (e.renderStart > 0) bench.tasks.push([e.renderStart, e.startTime + e.duration - e.renderStart]);
    }
  }).observe({ type: 'long-animation-frame', buffered: true });
  const poll = () => {
    const root = document.getElementById('root');
    if (!root) return;
    const el = root.querySelector('[data-entity-id]') || root.querySelector('a, button');
    if (el && Object.keys(el).some((k) => k.startsWith('__reactFiber'))) bench.hydrated = performance.now();
    else setTimeout(poll, 5);
  };
  document.addEventListener('DOMContentLoaded', poll);
})()`;

export interface OpenedPage {
  context: BrowserContext;
  page: Page;
}

/** A fresh context (no cache, no service worker) with the CPU slowed, at `url`, once it has loaded. */
export async function openPage(browser: Browser, url: string, timeoutMs = 60_000): Promise<OpenedPage> {
  const context = await browser.newContext({ viewport: VIEWPORT, serviceWorkers: 'block' });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
  await page.addInitScript(OBSERVE);
  await page.goto(url, { waitUntil: 'load', timeout: timeoutMs });
  return { context, page };
}

export interface LoadMetrics {
  fcp: number;
  lcp: number;
  /** When React had attached to the markup, ms from navigation; null for a page without the app. */
  interactive: number | null;
  /** Longest main-thread task or frame rendering up to then (0: none over 50 ms). */
  longestTask: number;
  /** The LCP by the frame that painted it (lcp-frame.ts); null when no reported frame painted it. */
  lcpFrame: LcpFrame | null;
}

/** Waits until the page is interactive (if it has the app) and has settled, then reads its load metrics. */
export async function loadMetrics(page: Page, hasApp: boolean, timeoutMs = 60_000): Promise<LoadMetrics> {
  if (hasApp)
    await page.waitForFunction('window.__bench && window.__bench.hydrated != null', null, { timeout: timeoutMs });
  await page.waitForTimeout(300); // let LCP settle: the last candidate is reported after its paint
  const { frames, ...metrics } = await page.evaluate<
    Omit<LoadMetrics, 'lcpFrame'> & { frames: AnimationFrame[] }
  >(`(() => {
    const b = window.__bench;
    const paint = performance.getEntriesByName('first-contentful-paint')[0];
    const until = b.hydrated == null ? Infinity : b.hydrated;
    const tasks = b.tasks.filter(([start]) => start <= until).map(([, d]) => d);
    return { fcp: paint ? paint.startTime : NaN, lcp: b.lcp, interactive: b.hydrated, longestTask: Math.max(0, ...tasks), frames: b.frames };
  })()`);
  return { ...metrics, lcpFrame: lcpFrame(frames, metrics.lcp) };
}

/**
 * One load of `url` (fresh context, CPU slowed) under Chromium's tracing: the main thread's CPU time before
 * its LCP, by phase (see trace-cpu.ts). Tracing slows the page down, so these loads give no paint times.
 */
export async function tracedLoad(browser: Browser, url: string): Promise<PhaseCpu> {
  const { context, page } = await openPage(browser, 'about:blank');
  try {
    await browser.startTracing(page, {
      categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'blink.user_timing', 'loading'],
    });
    let trace: Buffer;
    try {
      await page.goto(url, { waitUntil: 'load' });
      await page.waitForTimeout(300); // as loadMetrics: the last LCP candidate is reported after its paint
    } finally {
      trace = await browser.stopTracing();
    }
    const lcp = await page.evaluate<number>('window.__bench.lcp');
    const { traceEvents } = JSON.parse(trace.toString()) as { traceEvents: TraceEvent[] };
    return cpuBeforeLcp(traceEvents, page.url(), lcp);
  } finally {
    await context.close();
  }
}

/**
 * Milliseconds from a click on `target` to the first paint after `settled` (a JavaScript expression,
 * evaluated in the page every frame from the click on) is true. Null when the target is not on the page.
 */
export async function clickToPaint(page: Page, target: string, settled: string): Promise<number | null> {
  const times = await clickToPaints(page, target, [settled]);
  return times?.[0] ?? null;
}

/**
 * One click, several conditions: for each, milliseconds from the click to the first paint after it holds
 * (e.g. a panel's first paint, then its complete content). Null when the target is not on the page.
 * - A condition that already holds in the first frame after the click was painted by that frame: its time
 *   is the click's Event Timing duration (the browser's own "input to next paint", as in INP, in 8 ms
 *   steps). Timing it from script would also count whatever tasks were queued behind that paint.
 * - Any other condition is timed from script: checked every frame, then read in a task posted once it
 *   holds, which runs after that frame's paint (and after tasks already queued, so it errs long).
 */
export async function clickToPaints(page: Page, target: string, settled: readonly string[]): Promise<number[] | null> {
  const button = page.locator(target).first();
  if ((await button.count()) === 0) return null;
  const press = await pointAt(page, button);
  await page.evaluate(`(() => {
    const conditions = [${settled.map((c) => `() => (${c})`).join(', ')}];
    const eventEntries = [];
    const observer = new PerformanceObserver((list) => eventEntries.push(...list.getEntries()));
    observer.observe({ type: 'event', durationThreshold: 16, buffered: true });
    window.__click = new Promise((resolve) => {
      window.addEventListener('click', (event) => {
        const t0 = event.timeStamp;
        const times = conditions.map(() => null);
        const inClickFrame = conditions.map(() => false);
        const finish = () => {
          // The click's entry is queued after its paint: give it a moment to arrive.
          setTimeout(() => {
            observer.disconnect();
            const entry = eventEntries.find((e) => e.name === 'click' && Math.abs(e.startTime - t0) < 1);
            resolve(times.map((t, i) => (inClickFrame[i] && entry ? entry.duration : t)));
          }, 300);
        };
        const afterPaint = (i) => {
          const channel = new MessageChannel();
          channel.port1.onmessage = () => {
            times[i] = performance.now() - t0;
            if (times.every((t) => t !== null)) finish();
          };
          channel.port2.postMessage(0);
        };
        const seen = conditions.map(() => false);
        let frame = 0;
        const poll = () => {
          frame += 1;
          conditions.forEach((holds, i) => {
            if (!seen[i] && holds()) {
              seen[i] = true;
              inClickFrame[i] = frame === 1;
              afterPaint(i);
            }
          });
          if (seen.includes(false)) requestAnimationFrame(poll);
        };
        requestAnimationFrame(poll);
      }, { capture: true, once: true });
    });
  })()`);
  await press();
  return page.evaluate<number[]>('window.__click');
}

/**
 * Clicks as a reader does: the pointer moves onto the target's centre and rests there 150 ms (less than the
 * 350 ms after which a mention shows its preview card), then presses and releases. Returns the press, so a
 * caller can set up its timing in between. Not Playwright's `click()`: it sends the move and the press back
 * to back (the hover's handling became the click's input delay), and its actionability checks run in the
 * page inside the click's own events (hit testing that forces a layout), which a reader's click does not.
 */
export async function pointAt(page: Page, target: Locator): Promise<() => Promise<void>> {
  // Checked before any timing starts, and retried while the page still scrolls (a smooth scroll started by an
  // earlier click can carry the target away): the press must land on the target, not on something over it.
  for (let attempt = 0; ; attempt++) {
    await target.scrollIntoViewIfNeeded();
    await page.waitForTimeout(100);
    const box = await target.boundingBox();
    const centre = box ? ([box.x + box.width / 2, box.y + box.height / 2] as const) : null;
    const hits =
      centre !== null &&
      (await target.evaluate((el, [x, y]) => el.contains(document.elementFromPoint(x!, y!)), centre));
    if (centre && hits) {
      await page.mouse.move(centre[0], centre[1]);
      await page.waitForTimeout(150);
      break;
    }
    if (attempt === 20) throw new Error('pointAt: the target is not visible, or something covers its centre');
  }
  return async () => {
    await page.mouse.down();
    await page.mouse.up();
  };
}

/** The longest main-thread task or frame rendering while `action` runs (0: none over 50 ms). */
export async function longestTaskDuring(page: Page, action: () => Promise<void>): Promise<number> {
  const from = await page.evaluate<number>('performance.now()');
  await action();
  await page.waitForTimeout(200);
  return page.evaluate<number>(
    `Math.max(0, ...window.__bench.tasks.filter(([s, d]) => s + d >= ${from}).map(([, d]) => d))`,
  );
}

/** Scrolls from top to bottom in about `steps` wheel steps, as a reader flicking through. */
export async function scrollThrough(page: Page, steps = 40): Promise<void> {
  await page.mouse.move(VIEWPORT.width / 2, VIEWPORT.height / 2);
  const height = await page.evaluate<number>('document.documentElement.scrollHeight');
  const delta = Math.max(600, Math.ceil(height / steps));
  for (let i = 0; i < steps; i++) {
    await page.mouse.wheel(0, delta);
    await page.waitForTimeout(40);
    const atEnd = await page.evaluate<boolean>(
      'window.scrollY + window.innerHeight >= document.documentElement.scrollHeight - 2',
    );
    if (atEnd) break;
  }
}
