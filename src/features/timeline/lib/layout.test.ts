import { describe, expect, it } from 'vitest';
import { layoutTimeline } from './layout';

const d = (iso: string) => Date.parse(`${iso}T00:00:00Z`);
const item = (id: string, start: string, end: string) => ({ id, startMs: d(start), endMs: d(end) });

describe('layoutTimeline', () => {
  const layout = layoutTimeline([
    item('year-2003', '2003-01-01', '2004-01-01'),
    item('conflict', '2011-03-01', '2013-05-07'),
    item('return', '2012-05-07', '2012-05-08'),
    item('mon', '2013-05-06', '2013-05-07'),
    item('tue', '2013-05-07', '2013-05-08'),
    item('wed', '2013-05-08', '2013-05-09'),
  ]);
  const byId = new Map(layout.items.map((i) => [i.id, i]));

  it('keeps date order along the axis', () => {
    const xs = ['year-2003', 'conflict', 'return', 'mon', 'tue', 'wed'].map((id) => byId.get(id)?.x1 ?? -1);
    expect([...xs].sort((a, b) => a - b)).toEqual(xs);
    expect(Math.min(...xs)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...xs)).toBeLessThanOrEqual(1);
  });

  it('breaks the scale across long gaps and keeps days apart', () => {
    expect(layout.breaks.length).toBeGreaterThanOrEqual(2);
    const mon = byId.get('mon')!.x1;
    const tue = byId.get('tue')!.x1;
    // On a linear scale over ten years a day is 0.03% of the axis; here it stays visible.
    expect(tue - mon).toBeGreaterThan(0.02);
  });

  it('draws long intervals as ranges in their own lane, points on the axis', () => {
    expect(byId.get('conflict')).toMatchObject({ isRange: true, lane: 1 });
    expect(byId.get('conflict')!.x2).toBeCloseTo(byId.get('tue')!.x1);
    expect(byId.get('tue')).toMatchObject({ isRange: false, lane: 0 });
  });

  it('labels years without collisions', () => {
    const texts = layout.labels.map((l) => l.text);
    expect(texts).toContain('2003');
    expect(texts).toContain('2013');
    layout.labels.slice(1).forEach((l, i) => expect(l.x - layout.labels[i]!.x).toBeGreaterThanOrEqual(0.09));
  });

  it('handles no items and a single item', () => {
    expect(layoutTimeline([]).items).toEqual([]);
    expect(layoutTimeline([item('a', '2020-01-01', '2020-01-02')]).items[0]).toMatchObject({ x1: 0.5 });
  });
});
