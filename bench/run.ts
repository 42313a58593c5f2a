// `npm run bench`: the fact-sheet batch on this machine, against a naive baseline that starts a browser for
// every sheet. Prints, for both: sheets per second cold (fresh output folder, browser start included) and
// warm, the time to regenerate one sheet including the browser start, the rerun with nothing changed, and
// peak memory (this process + every process it started, Chrome's included, sampled every 0,5 s from /proc:
// the sum of PSS, which shares pages mapped by several processes between them, and the sum of RSS, which
// counts them in each process and so overstates Chrome's many processes).
//
// The naive baseline renders a sample of sheets (--naive-sample, default 20) and is extrapolated to the
// full batch. The rerun is also measured as a real `npm run factsheets` process (process start and loading
// the cached data included). Works in a temporary output folder that starts with a copy of output/.cache.
//
// Then the preview's live reload (bench/preview.ts): from saving a workbook or a stylesheet to the open page
// reloaded and laid out, for a fact sheet, the start page and a report chapter.
//
// Then the scale run (bench/scale.ts): the build after the data stages and the fact-sheet batch on the year's
// units and on 4× as many (synthetic replicas), time and peak memory, and how much they grew.
//
// SIGINT, SIGTERM, SIGHUP stop it like every command (pipeline/util/stop.ts): what was measured is printed,
// the browsers are closed, the temporary folder removed, exit 130/143/129.
//
//   npm run bench [-- --naive-sample 20 --keep --only factsheets|preview|scale --tabs N --scale-factor 4 --scale-sample 100 --scale-fylker new|same]
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadData } from '../pipeline/build/data.ts';
import type { BuildData } from '../pipeline/types.ts';
import type { Context } from '../pipeline/context.ts';
import { factsheetUnits } from '../pipeline/factsheets/index.ts';
import { outputLayout } from '../pipeline/layout.ts';
import { defaultTabs, runFactsheets, type FactsheetOptions, type FactsheetResult } from '../pipeline/factsheets/run.ts';
import { DEFAULT_PATHS, PROJECT_ROOT } from '../pipeline/paths.ts';
import { installStopHandlers, StoppedError } from '../pipeline/util/stop.ts';
import { treeMemory } from './memory.ts';
import { benchPreviewReload } from './preview.ts';
import { benchScale } from './scale.ts';

if (process.argv.includes('--help') || process.argv.includes('-h')) {
  console.log(`Usage: npm run bench [-- options]

Benchmarks the fact-sheet batch (cold, warm, one sheet, no-change rerun, peak memory, against a naive
browser-per-sheet baseline) and the preview's live reload, and prints the figures against their targets.

Options:
  --only factsheets|preview|scale   run only that part
  --scale-factor N            the scale run's multiple of the units (default 4)
  --scale-sample N            sheets the scale run renders at each size (default 100; 0: every sheet)
  --scale-fylker new|same     the replicas form new fylker (default) or join their kommune's fylke
  --tabs N                    tabs for the batch engine (default: cores + 2)
  --naive-sample N            sheets the naive baseline renders before extrapolating (default 20)
  --keep                      keep the temporary output folder`);
  process.exit(0);
}

const arg = (name: string): string | undefined => {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
};
const naiveSample = Number(arg('--naive-sample') ?? 20);
const keep = process.argv.includes('--keep');
/** `factsheets`, `preview` or `scale`: only that part. */
const only = arg('--only');
const part = (name: string): boolean => only === undefined || only === name;
const stop = installStopHandlers({ log: { info: (m) => console.log(m), warn: (m) => console.warn(`warning: ${m}`), error: (m) => console.error(`error: ${m}`) } });
/** The parts finished, for the summary of a stopped run. */
const finished: string[] = [];
/** Temporary folders to remove however the run ends. */
const temporary: string[] = [];
const stopped = (): never => {
  for (const dir of temporary) rmSync(dir, { recursive: true, force: true });
  console.log(`\nbench stopped by ${String(stop.signal.reason)}; finished: ${finished.join(', ') || 'nothing'} (figures above)`);
  process.exit(stop.exitCode(1));
};
const checkStop = (what: string): void => {
  if (stop.signal.aborted) stopped();
  finished.push(what);
};
process.on('unhandledRejection', (err) => {
  if (err instanceof StoppedError || stop.signal.aborted) stopped();
  throw err;
});
/** Tabs for the batch engine; default the engine's own (defaultTabs()). */
const tabs = arg('--tabs') !== undefined ? Number(arg('--tabs')) : defaultTabs();

const quiet = { info: () => undefined, warn: (m: string) => console.warn(`warning: ${m}`), error: (m: string) => console.error(`error: ${m}`) };
const ctx: Context = { log: quiet, now: () => new Date('2025-03-01T12:00:00Z'), root: PROJECT_ROOT };
const seconds = (t0: number): number => (performance.now() - t0) / 1000;
const fmt = (x: number, d = 1): string => x.toFixed(d).replace('.', ',');
const mib = (bytes: number): string => `${Math.round(bytes / 2 ** 20)} MiB`;

// ---- memory and CPU of this process and its descendants ------------------------------------------------
const TICK = Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim()) || 100;
/** CPU seconds of this process alone (its children are counted from the samples: Chrome's renderers are the zygote's children, never reaped by us). */
function ownCpuSeconds(): number {
  const f = readFileSync('/proc/self/stat', 'utf8').split(') ')[1]!.split(' ');
  return (Number(f[11]) + Number(f[12])) / TICK;
}
/** CPU ticks of every descendant seen since the last reset, as last sampled (a process's last < 0,5 s is missed). */
const descendantTicks = new Map<number, number>();
const descendantCpuSeconds = (): number => [...descendantTicks.values()].reduce((a, b) => a + b, 0) / TICK;
let peak = 0;
let peakRss = 0;
const sampleMemory = (): void => {
  const m = treeMemory(process.pid);
  for (const [pid, t] of m.ticks) descendantTicks.set(pid, t);
  peak = Math.max(peak, m.pss);
  peakRss = Math.max(peakRss, m.rss);
};
// Every 0,5 s: one sample reads /proc of every process and smaps_rollup of each of ours (~15 ms of CPU with a
// browser of 4 tabs), so sampling every 0,1 s took ~7 % of a 2-core machine from the batch it measures.
const sampler = setInterval(sampleMemory, 500);
const resetPeak = (): void => {
  peak = 0;
  peakRss = 0;
  sampleMemory();
};

if (part('factsheets')) {
  // ---- setup ---------------------------------------------------------------------------------------------
  console.log(`IS-24/8 fact-sheet benchmark: ${availableParallelism()} cores, load average ${loadavg().map((x) => fmt(x)).join(' ')} at start`);
  const out = mkdtempSync(join(tmpdir(), 'is248-bench-'));
  if (!keep) temporary.push(out);
  const cache = outputLayout(DEFAULT_PATHS.out).cache;
  if (existsSync(cache)) cpSync(cache, outputLayout(out).cache, { recursive: true });
  const t0 = performance.now();
  const data: BuildData = await loadData({ data: DEFAULT_PATHS.data, out }, ctx);
  console.log(`data: report year ${data.reportYear}, loaded in ${fmt(seconds(t0), 2)} s${existsSync(cache) ? ' (cached stages)' : ' (no cache: computed)'}`);
  const units = factsheetUnits(data);
  const dir = outputLayout(out).year(data.reportYear).factsheets.dir;

  interface Measure {
    s: number;
    /** CPU seconds: this process, and the processes it started as last sampled (browser, renderers, …). */
    cpu: number;
    /** The part of `cpu` in this process. */
    nodeCpu: number;
    peak: number;
    peakRss: number;
    result: FactsheetResult;
  }
  async function measure(opts: Partial<FactsheetOptions>): Promise<Measure> {
    descendantTicks.clear();
    resetPeak();
    const t = performance.now();
    const c = ownCpuSeconds();
    const result = await runFactsheets({ data: DEFAULT_PATHS.data, out, buildData: data, progress: 'none', concurrency: tabs, ...opts }, ctx);
    const s = seconds(t);
    const nodeCpu = ownCpuSeconds() - c;
    const cpu = nodeCpu + descendantCpuSeconds();
    sampleMemory();
    if (result.failed > 0) console.log(`  (${result.failed} sheets failed: ${result.sheets.filter((x) => x.status === 'failed').map((x) => `${x.unit.code} ${x.reason}`).slice(0, 3).join('; ')})`);
    return { s, cpu, nodeCpu, peak, peakRss, result };
  }

  function subprocess(args: string[]): number {
    const t = performance.now();
    const r = spawnSync('npm', ['run', '--silent', 'factsheets', '--', '--out', out, ...args], { cwd: PROJECT_ROOT, encoding: 'utf8' });
    if (r.status !== 0) console.log(`  npm run factsheets ${args.join(' ')} exited ${r.status}: ${r.stderr.trim().split('\n').slice(-3).join(' | ')}`);
    return seconds(t);
  }

  // ---- the batch engine ----------------------------------------------------------------------------------
  const one = units.find((u) => u.code === '4601') ?? units[0]!;
  console.log(`\nbatch engine: one browser, ${tabs} tabs, ${units.length} sheets`);
  const cold = await measure({});
  checkStop('cold batch');
  console.log(`  cold (fresh folder, browser start included): ${cold.result.rendered} sheets in ${fmt(cold.s)} s = ${fmt(cold.result.rendered / cold.s)} sheets/s, peak ${mib(cold.peak)} PSS / ${mib(cold.peakRss)} RSS`);
  const perSheet = (x: number): number => (x * 1000) / Math.max(1, cold.result.rendered);
  const cpuPerSheet = perSheet(cold.cpu);
  console.log(
    `    CPU ${fmt(cold.cpu)} s = ${fmt(cpuPerSheet, 0)} ms per sheet (Node ${fmt(perSheet(cold.nodeCpu), 0)}, Chrome ${fmt(perSheet(cold.cpu - cold.nodeCpu), 0)}; ` +
      `Chrome sampled every 0,5 s) → at most ${fmt((availableParallelism() * 1000) / cpuPerSheet)} sheets/s on idle cores`,
  );
  const rerun = await measure({});
  checkStop('rerun');
  console.log(`  rerun, nothing changed (in process, data loaded): ${fmt(rerun.s, 2)} s, ${rerun.result.rendered} rendered`);
  const warm = await measure({ force: true });
  checkStop('warm batch');
  console.log(`  warm (--force, same process): ${warm.result.rendered} sheets in ${fmt(warm.s)} s = ${fmt(warm.result.rendered / warm.s)} sheets/s, peak ${mib(warm.peak)} PSS / ${mib(warm.peakRss)} RSS`);
  const single = await measure({ units: [one.code], force: true });
  checkStop('one sheet');
  console.log(`  one sheet (${one.code}, browser start included, data loaded): ${fmt(single.s, 2)} s`);
  const rerunProcess = subprocess([]);
  console.log(`  rerun, nothing changed, as \`npm run factsheets\` (process start + cached data): ${fmt(rerunProcess, 2)} s`);
  const singleProcess = subprocess(['--unit', one.code, '--force']);
  console.log(`  one sheet as \`npm run factsheets -- --unit ${one.code} --force\`: ${fmt(singleProcess, 2)} s`);
  const batchPeak = Math.max(cold.peak, warm.peak, single.peak);
  const batchPeakRss = Math.max(cold.peakRss, warm.peakRss, single.peakRss);

  // ---- naive baseline: a new browser for every sheet -------------------------------------------------------
  const step = Math.max(1, Math.floor(units.length / naiveSample));
  const sample = units.filter((_, i) => i % step === 0).slice(0, naiveSample);
  rmSync(dir, { recursive: true, force: true });
  console.log(`\nnaive baseline: a new browser per sheet, one at a time; ${sample.length} sheets sampled, extrapolated to ${units.length}`);
  const naive = await measure({ units: sample.map((u) => u.code), concurrency: 1, restartEvery: 1 });
  checkStop('naive baseline');
  const naivePerSheet = naive.s / sample.length;
  const naiveFull = naivePerSheet * units.length;
  console.log(`  cold: ${fmt(naivePerSheet, 2)} s per sheet = ${fmt(1 / naivePerSheet, 2)} sheets/s → ${units.length} sheets ≈ ${fmt(naiveFull)} s (extrapolated), peak ${mib(naive.peak)} PSS / ${mib(naive.peakRss)} RSS`);
  console.log(`  warm: the same (no browser is kept); rerun with nothing changed: the same as cold (no manifest) ≈ ${fmt(naiveFull)} s`);
  console.log(`  one sheet: ${fmt(naivePerSheet, 2)} s`);

  // ---- summary -----------------------------------------------------------------------------------------------
  const ratio = naiveFull / cold.s;
  const check = (ok: boolean): string => (ok ? 'ok' : 'MISSED');
  console.log('\nsummary (targets for 2 cores)');
  console.log(`  all sheets cold       ${fmt(cold.s).padStart(7)} s    target ≤ 40 s     ${check(cold.s <= 40)}`);
  console.log(`  one sheet + browser   ${fmt(single.s, 2).padStart(7)} s    target ≤ 1,5 s    ${check(single.s <= 1.5)}`);
  console.log(`  rerun, no change      ${fmt(rerunProcess, 2).padStart(7)} s    target ≤ 3 s      ${check(rerunProcess <= 3)}   (as a process; ${fmt(rerun.s, 2)} s in process)`);
  console.log(`  vs naive (cold)       ${fmt(ratio).padStart(7)} ×    target ≥ 5 ×      ${check(ratio >= 5)}   (warm: ${fmt(naiveFull / warm.s)} ×; no-change rerun: ${fmt(naiveFull / rerunProcess, 0)} ×)`);
  console.log(`  peak memory (PSS)     ${mib(batchPeak).padStart(9)}  target ≤ 2 GiB    ${check(batchPeak <= 2 * 2 ** 30)}   (sum of RSS ${mib(batchPeakRss)}; naive ${mib(naive.peak)} PSS, ${mib(naive.peakRss)} RSS)`);
  console.log(`load average at end: ${loadavg().map((x) => fmt(x)).join(' ')} (above ~2 on 2 cores: other work competed)`);
  if (keep) console.log(`output kept in ${out}`);
  else rmSync(out, { recursive: true, force: true });
}
clearInterval(sampler);

// ---- the preview's live reload ---------------------------------------------------------------------------
if (part('preview')) {
  const edits = 5;
  console.log(`\npreview live reload: from the save to the open page reloaded and laid out (${edits} edits each; median, max)`);
  const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
  const times = await benchPreviewReload({ unit: '4640', edits, ctx });
  for (const t of times) {
    const verdict = `target ≤ 2 s     ${Math.max(...t.ms) <= 2_000 ? 'ok' : 'MISSED'}`;
    console.log(`  ${`${t.what} edit, ${t.page}`.padEnd(34)} ${fmt(median(t.ms) / 1000, 2)} s, max ${fmt(Math.max(...t.ms) / 1000, 2)} s   ${verdict}   [${t.ms.map((x) => fmt(x / 1000, 2)).join(' ')}]`);
  }
}
if (part('preview')) checkStop('preview reload');

// ---- scale: 4× the units ------------------------------------------------------------------------------------
if (part('scale')) {
  const fylker = arg('--scale-fylker') === 'same' ? 'same' : 'new';
  const ok = await benchScale({ factor: Number(arg('--scale-factor') ?? 4), sample: Number(arg('--scale-sample') ?? 100), fylker });
  if (!ok) stopped();
}
