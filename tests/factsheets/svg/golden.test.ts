// Golden tests of the fact sheets' hand-drawn charts: each case's SVG must equal cases/<name>/expected/chart.svg.
// After an intended change, regenerate with
//   UPDATE_GOLDEN=1 npx vitest run tests/factsheets/svg/golden.test.ts
// and review the diff.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { golden } from '../../golden-file.ts';
import { draw, loadSheetCase, SHEET_CHART_KINDS, sheetCaseNames, SVG_CASES_DIR } from './cases.ts';

describe('fact-sheet chart golden cases', () => {
  for (const name of sheetCaseNames()) {
    it(name, () => {
      const svg = draw(loadSheetCase(name));
      golden(join(SVG_CASES_DIR, name, 'expected', 'chart.svg'), `${svg}\n`, `${name}/chart.svg`);
    });
  }

  it('has a case for every chart kind', () => {
    const kinds = new Set(sheetCaseNames().map((n) => loadSheetCase(n).kind));
    expect([...kinds].sort()).toEqual([...SHEET_CHART_KINDS].sort());
  });
});
