// Linear scales for charts drawn without Vega (the fact sheets' small charts), by the rule Vega applies to the
// report's charts: Vega's linear scales are d3-scale's, whose `nice` extends a domain to round values and
// whose `ticks` put about `count` ticks at 1, 2 or 5 × 10^k. tests/charts/scale.test.ts checks the ticks
// against an axis Vega renders.
import { scaleLinear } from 'd3-scale';

export interface LinearScale {
  /** The domain after `nice`: its ends are ticks. */
  domain: [number, number];
  ticks: number[];
  /** Maps a value onto [range[0], range[1]]. */
  map: (v: number) => number;
}

/** A nice linear scale over [lo, hi] onto `range`, with about `count` ticks; an empty span becomes [lo, lo + 1]. */
export function linearScale(lo: number, hi: number, range: [number, number], count: number): LinearScale {
  const s = scaleLinear()
    .domain(hi > lo ? [lo, hi] : [lo, lo + 1])
    .range(range)
    .nice(count);
  const [d0, d1] = s.domain() as [number, number];
  return { domain: [d0, d1], ticks: s.ticks(count), map: (v) => s(v) };
}

/** The year axis of a line chart: the first and last year with 0,4 year to spare, so end dots are not cut. */
export function yearDomain(years: readonly number[]): [number, number] {
  return [Math.min(...years) - 0.4, Math.max(...years) + 0.4];
}
