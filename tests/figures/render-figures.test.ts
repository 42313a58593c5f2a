// renderFigures renders again only the figures whose model changed since its last call (the preview renders
// the registry after each data change): unchanged ones are the very same objects, changed ones are new and
// equal to a fresh render.
import { describe, expect, it } from 'vitest';
import { renderChart } from '../../pipeline/charts/index.ts';
import { renderFigures } from '../../pipeline/charts/figures.ts';
import type { FigureModel } from '../../pipeline/registry/index.ts';

function bars(id: string, values: number[]): FigureModel {
  return {
    id,
    title: id,
    altText: `Søyler for ${id}`,
    notes: [],
    source: 'test',
    spec: {
      width: 200,
      height: 100,
      data: { values: values.map((v, i) => ({ k: `k${i}`, v })) },
      mark: 'bar',
      encoding: { x: { field: 'k', type: 'nominal' }, y: { field: 'v', type: 'quantitative' } },
    },
  } as unknown as FigureModel;
}

describe('renderFigures', () => {
  it('keeps the figures whose model did not change and renders the changed one again', async () => {
    const first = await renderFigures({ a: bars('a', [1, 2, 3]), b: bars('b', [4, 5, 6]) });
    const second = await renderFigures({ a: bars('a', [1, 2, 3]), b: bars('b', [4, 5, 7]) });
    expect(second['a']).toBe(first['a']);
    expect(second['b']).not.toBe(first['b']);
    expect(second['b']!.svg).not.toBe(first['b']!.svg);
    const fresh = await renderChart(bars('b', [4, 5, 7]).spec, { id: 'b', altText: 'Søyler for b' });
    expect(second['b']!.svg).toBe(fresh.svg);
    // Only the last call is remembered: a figure left out in between is rendered anew.
    await renderFigures({ b: bars('b', [4, 5, 7]) });
    const third = await renderFigures({ a: bars('a', [1, 2, 3]) });
    expect(third['a']).not.toBe(first['a']);
    expect(third['a']!.svg).toBe(first['a']!.svg);
  });
});
