// Where a line is drawn: runs of consecutive years with a value. A run ends at a missing year and at a break
// where the categories changed (the line is not drawn across it). One rule for the report's line charts
// (builders/line-series.ts) and the fact sheets' (factsheets/svg/line.ts).

/** Index runs into `years`; `has(i)` says whether year i has a value; `hardBreaks` are first years of new series. */
export function lineRuns(years: readonly number[], has: (i: number) => boolean, hardBreaks: ReadonlySet<number>): number[][] {
  const runs: number[][] = [];
  let run: number[] | undefined;
  years.forEach((year, i) => {
    if (!has(i)) {
      run = undefined;
      return;
    }
    if (!run || hardBreaks.has(year)) {
      run = [];
      runs.push(run);
    }
    run.push(i);
  });
  return runs;
}
