import { describe, expect, it } from 'vitest';
import { cpuBeforeLcp, type TraceEvent } from '../bench/trace-cpu';

const URL = 'http://127.0.0.1:1234/articles/a/';
const MAIN = 7;
const T0 = 1_000_000; // the navigation's start, in µs

/** A complete event on the main thread, `at` and `wall` in ms from the navigation, `cpu` its thread time. */
const ev = (name: string, at: number, wall: number, cpu: number, extra: Partial<TraceEvent> = {}): TraceEvent => ({
  name,
  ph: 'X',
  tid: MAIN,
  ts: T0 + at * 1000,
  dur: wall * 1000,
  tdur: cpu * 1000,
  ...extra,
});

const navigation: TraceEvent = {
  name: 'navigationStart',
  ph: 'R',
  tid: MAIN,
  ts: T0,
  args: { data: { documentLoaderURL: URL } },
};
const parser = (at: number, wall: number, cpu: number) =>
  ev('ParseHTML', at, wall, cpu, { args: { beginData: { url: URL } } });

describe('cpuBeforeLcp', () => {
  it('sums thread time by phase up to the largest paint, leaving out later events and other threads', () => {
    const events = [
      navigation,
      parser(10, 20, 8),
      ev('UpdateLayoutTree', 40, 10, 4),
      ev('Layout', 50, 20, 9),
      ev('PrePaint', 70, 2, 1),
      ev('Paint', 72, 6, 3),
      ev('Layout', 150, 30, 12), // after the largest paint
      { ...ev('Layout', 60, 30, 30), tid: MAIN + 1 }, // another thread
    ];
    expect(cpuBeforeLcp(events, URL, 100)).toEqual({ parse: 8, script: 0, style: 4, layout: 9, paint: 4, total: 25 });
  });

  it('counts each event once, to the innermost phase: an inline script inside the parser, a layout it forces', () => {
    const events = [
      navigation,
      parser(10, 40, 20),
      ev('EvaluateScript', 15, 20, 10),
      ev('Layout', 20, 5, 3), // forced by that script
      ev('TimerFire', 60, 10, 6),
      ev('FunctionCall', 61, 8, 5), // the timer's callback: still script, counted once
    ];
    const cpu = cpuBeforeLcp(events, URL, 100);
    expect(cpu).toEqual({ parse: 10, script: 13, style: 0, layout: 3, paint: 0, total: 26 });
    // Nothing counted twice: the total is the outermost events' thread time.
    expect(cpu.total).toBe(20 + 6);
  });

  it('starts at the navigation to the page measured, not at an earlier page on the same thread', () => {
    const events = [ev('Layout', -50, 10, 10), navigation, parser(10, 10, 5)];
    expect(cpuBeforeLcp(events, URL, 100).total).toBe(5);
  });

  it('says so when the trace holds no load of the page', () => {
    expect(() => cpuBeforeLcp([navigation], URL, 100)).toThrow(/no parsing/);
    expect(() => cpuBeforeLcp([parser(10, 10, 5)], URL, 100)).toThrow(/no navigation/);
  });
});
