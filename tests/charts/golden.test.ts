// Golden tests: each case's Vega-Lite spec, SVG, alt text and data table must equal the files in
// cases/<name>/expected/. After an intended change, regenerate with
//   UPDATE_GOLDEN=1 npx vitest run tests/charts/golden.test.ts
// and review the diff (and the PNGs: CHART_PNG_DIR=/tmp/png npx vitest run tests/charts/browser.test.ts).
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderChart } from '../../pipeline/charts/render.ts';
import { golden as goldenFile } from '../golden-file.ts';
import { build, CASES_DIR, caseNames, loadCase } from './cases.ts';

function golden(name: string, file: string, actual: string): void {
  goldenFile(join(CASES_DIR, name, 'expected', file), actual, `${name}/${file}`);
}

describe('chart golden cases', () => {
  for (const name of caseNames()) {
    it(name, async () => {
      const c = loadCase(name);
      const built = build(c);
      const rendered = await renderChart(built.spec, { id: c.id, altText: built.altText });
      expect(rendered.warnings).toEqual([]);
      golden(name, 'spec.vl.json', `${JSON.stringify(built.spec, null, 1)}\n`);
      golden(name, 'chart.svg', `${rendered.svg}\n`);
      golden(name, 'alt.txt', `${built.altText}\n`);
      golden(name, 'data.json', `${JSON.stringify(built.data, null, 1)}\n`);
    });
  }
});
