/**
 * Where a page's first paint spends the main thread: from a Chromium trace of one load, the renderer main
 * thread's CPU time (the trace's thread time, `tdur`, not its wall time) from navigation to the largest
 * contentful paint, by phase. Wall times swing with what else the machine runs; thread time is the work the
 * page asks of the CPU, and varies much less from load to load, so it shows what the LCP ratio is made of.
 */

/** A trace event as Chromium writes it (the fields used here). */
export interface TraceEvent {
  name: string;
  ph: string;
  tid: number;
  ts: number;
  dur?: number;
  tdur?: number;
  args?: { beginData?: { url?: string }; data?: { documentLoaderURL?: string } };
}

export const CPU_PHASES = ['parse', 'script', 'style', 'layout', 'paint'] as const;
export type CpuPhase = (typeof CPU_PHASES)[number];
export type PhaseCpu = Record<CpuPhase | 'total', number>;

/** Trace event names by phase. */
const PHASE_EVENTS: Record<CpuPhase, readonly string[]> = {
  parse: ['ParseHTML'],
  script: ['EvaluateScript', 'v8.evaluateModule', 'FunctionCall', 'TimerFire'],
  style: ['UpdateLayoutTree'],
  layout: ['Layout'],
  paint: ['PrePaint', 'Paint', 'Layerize', 'Commit'],
};

const ms = (us: number | undefined): number => (us ?? 0) / 1000;

/**
 * Milliseconds of main-thread CPU per phase before `lcpMs` (ms from the navigation's start) for the page at
 * `url`. Each event's time counts once, to the innermost phase it was spent in: a script run by the parser
 * counts as script, not parse; a layout forced by a script counts as layout. Throws when the trace has no
 * navigation or parser event for `url`.
 */
export function cpuBeforeLcp(events: readonly TraceEvent[], url: string, lcpMs: number): PhaseCpu {
  const parse = events.find((e) => e.name === 'ParseHTML' && e.args?.beginData?.url === url);
  if (!parse) throw new Error(`cpuBeforeLcp: the trace has no parsing of ${url}`);
  const tid = parse.tid;
  const nav = events.find(
    (e) => e.name === 'navigationStart' && e.tid === tid && e.args?.data?.documentLoaderURL === url,
  );
  if (!nav) throw new Error(`cpuBeforeLcp: the trace has no navigation to ${url}`);
  const from = nav.ts;
  const until = from + lcpMs * 1000;
  const counted = events
    .filter((e) => e.ph === 'X' && e.tid === tid && e.ts >= from && e.ts <= until && phaseOf(e) !== null)
    .sort((a, b) => a.ts - b.ts || (b.dur ?? 0) - (a.dur ?? 0));
  const out: PhaseCpu = { parse: 0, script: 0, style: 0, layout: 0, paint: 0, total: 0 };
  const open: TraceEvent[] = []; // the counted events enclosing the current one, outermost first
  for (const e of counted) {
    while (open.length > 0 && !encloses(open[open.length - 1]!, e)) open.pop();
    const own = ms(e.tdur);
    out[phaseOf(e)!] += own;
    const parent = open[open.length - 1];
    if (parent) out[phaseOf(parent)!] -= own;
    open.push(e);
  }
  out.total = CPU_PHASES.reduce((sum, phase) => sum + out[phase], 0);
  return out;
}

function phaseOf(e: TraceEvent): CpuPhase | null {
  return CPU_PHASES.find((phase) => PHASE_EVENTS[phase].includes(e.name)) ?? null;
}

const encloses = (outer: TraceEvent, inner: TraceEvent): boolean =>
  inner.ts >= outer.ts && inner.ts + (inner.dur ?? 0) <= outer.ts + (outer.dur ?? 0);
