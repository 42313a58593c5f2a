import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { choroplethChart, classify, quantileBreaks } from '../../pipeline/charts/builders/choropleth.ts';
import type { KommuneTopology } from '../../pipeline/charts/builders/choropleth.ts';
import { projectTopology, simplifyLine } from '../../pipeline/charts/map-projection.ts';
import type { Topology } from '../../pipeline/charts/map-projection.ts';
import { renderChart } from '../../pipeline/charts/render.ts';
import { formatDecimal } from '../../pipeline/format/index.ts';
import { PROJECT_ROOT } from '../../pipeline/paths.ts';

const topology = JSON.parse(readFileSync(join(PROJECT_ROOT, 'data', 'reference', 'kommuner.topo.json'), 'utf8')) as KommuneTopology;
const geometries = topology.objects.Kommuner.geometries as { id: string; arcs: unknown }[];
const codes = geometries.map((g) => g.id);

/** Made-up rates: higher in the north and in small places, a few kommuner without a report. */
const rates = codes.map((code, i) => ({
  code,
  value: i % 50 === 7 ? null : 24 + (Number(code.slice(0, 2)) % 13) * 2.1 + (i % 9) * 0.7,
}));

function arcIndices(arcs: unknown): number[] {
  return Array.isArray(arcs) ? arcs.flatMap((a) => (typeof a === 'number' ? [a < 0 ? ~a : a] : arcIndices(a))) : [];
}

function bbox(t: Topology, code: string): [number, number, number, number] {
  const g = geometries.find((x) => x.id === code)!;
  const pts = arcIndices(g.arcs).flatMap((i) => t.arcs[i]!);
  const xs = pts.map((p) => p[0]);
  const ys = pts.map((p) => p[1]);
  return [Math.min(...xs), Math.min(...ys), Math.max(...xs), Math.max(...ys)];
}

describe('map projection', () => {
  const projected = projectTopology(topology as unknown as Topology, 400, 520);

  it('fits the map in the box, keeps every arc and is memoised', () => {
    expect(projected.arcs).toHaveLength(topology.arcs.length);
    const all = projected.arcs.flat();
    expect(Math.min(...all.map((p) => p[0]))).toBeGreaterThanOrEqual(-0.05);
    expect(Math.max(...all.map((p) => p[0]))).toBeLessThanOrEqual(400.05);
    expect(Math.min(...all.map((p) => p[1]))).toBeGreaterThanOrEqual(-0.05);
    expect(Math.max(...all.map((p) => p[1]))).toBeLessThanOrEqual(520.05);
    expect(all.length).toBeLessThan(topology.arcs.flat().length); // simplified
    expect(projectTopology(topology as unknown as Topology, 400, 520)).toBe(projected);
  });

  it('puts kommuner in the right places (north up, east right)', () => {
    const oslo = bbox(projected, '0301');
    const tromso = bbox(projected, '5501');
    const bergen = bbox(projected, '4601');
    const sorVaranger = bbox(projected, '5605');
    expect(tromso[3]).toBeLessThan(oslo[1]); // Tromsø above Oslo
    expect(sorVaranger[0]).toBeGreaterThan(tromso[2]); // Sør-Varanger east of Tromsø
    expect(bergen[2]).toBeLessThan(oslo[0]); // Bergen west of Oslo
  });

  it('simplifies a line within the tolerance, keeping its ends', () => {
    const line: [number, number][] = Array.from({ length: 400 }, (_, i) => [i * 0.3, Math.sin(i / 9) * 4 + ((i * 37) % 7) * 0.05]);
    const simple = simplifyLine(line, 0.25);
    expect(simple[0]).toEqual(line[0]);
    expect(simple[simple.length - 1]).toEqual(line[line.length - 1]);
    expect(simple.length).toBeLessThan(line.length / 3);
    // Every original point lies within the tolerance of the simplified line (independent distance check).
    const dist = (p: [number, number], a: [number, number], b: [number, number]) => {
      const dx = b[0] - a[0];
      const dy = b[1] - a[1];
      const t = Math.max(0, Math.min(1, ((p[0] - a[0]) * dx + (p[1] - a[1]) * dy) / (dx * dx + dy * dy)));
      return Math.hypot(p[0] - a[0] - t * dx, p[1] - a[1] - t * dy);
    };
    for (const p of line) {
      const d = Math.min(...simple.slice(1).map((b, i) => dist(p, simple[i]!, b)));
      expect(d).toBeLessThanOrEqual(0.25 + 1e-9);
    }
  });
});

describe('classes', () => {
  const fmt = (x: number) => formatDecimal(x, 1);
  it('labels ranges without gaps and classifies by the value as shown', () => {
    const { labels, classOf } = classify([30, 35.5, 40], 1, fmt);
    expect(labels).toEqual(['Under 30,0', '30,0\u201335,4', '35,5\u201339,9', '40,0 og over']);
    expect(classOf(29.94)).toBe('Under 30,0');
    expect(classOf(29.96)).toBe('30,0\u201335,4'); // shown as 30,0
    expect(classOf(35.449)).toBe('30,0\u201335,4');
    expect(classOf(35.45)).toBe('35,5\u201339,9');
    expect(classOf(123)).toBe('40,0 og over');
  });

  it('takes quantile breaks and drops duplicates', () => {
    const values = Array.from({ length: 100 }, (_, i) => i + 1);
    expect(quantileBreaks(values, 4, (x) => Math.round(x))).toEqual([26, 51, 75]);
    expect(quantileBreaks([5, 5, 5, 5, 9], 4, (x) => x)).toEqual([5]);
  });
});

describe('choropleth', () => {
  const built = choroplethChart({ topology, values: rates, legendTitle: 'Årsverk per 10 000 innbyggere', format: 'decimal1' });

  it('gives every kommune a class or «Mangler tall», never 0', () => {
    expect(built.data.rows).toHaveLength(357);
    for (const row of built.data.rows) {
      const r = rates.find((x) => x.code === row.cells['code'])!;
      expect(row.cells['value']).toBe(r.value);
      if (r.value === null) expect(row.cells['class']).toBe('Mangler tall');
      else expect(row.cells['class']).not.toBe('Mangler tall');
    }
    expect(built.data.rows.find((r) => r.cells['code'] === '0301')!.cells['name']).toBe('Oslo');
  });

  it('renders one shape per kommune, a legend with the missing class, and the attribution', async () => {
    const { svg, width, height, warnings } = await renderChart(built.spec, { id: 'kart', altText: built.altText });
    expect(warnings).toEqual([]);
    expect([width, height]).toEqual([400, 520]);
    const shapes = /class="mark-shape role-mark[^"]*"[^>]*>(.*?)<\/g>/.exec(svg)![1]!;
    expect((shapes.match(/<path/g) ?? []).length).toBe(357);
    expect(svg).toContain('>© Kartverket (CC BY 4.0)<');
    expect(svg).toContain('>Mangler tall<');
    expect(svg).toContain('>Årsverk per 10 000 innbyggere<');
    expect(built.altText).toMatch(/^Kart over kommunene, årsverk per 10 000 innbyggere i 6 klasser \(antall kommuner: /);
    expect(built.altText).toContain(`Mangler tall: ${rates.filter((r) => r.value === null).length})`);
  });
});
