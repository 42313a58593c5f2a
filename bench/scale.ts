// The scale run of `npm run bench`: the stages after the data stages and the fact-sheet batch on the year's
// data (1×) and on 4× the units (synthetic: every kommune replicated under new codes, bench/scale-data.ts),
// each part in a process of its own so that its time and peak memory (the process and its browser, sampled
// from /proc) are its own. What is measured:
//
//   build   the registry computed afresh (every table, figure and fact set; charts to SVG), the Excel tables and
//           the report's HTML, from the loaded (cached) data made `factor` times as large. Loading the data and
//           making the replicas are not in the time: the data stages (ingest … panel) read workbooks whose
//           units the reference data must know, and no real code is free for 3 more copies of every kommune.
//   batch   the fact sheets of a fixed-size sample of the units (every k-th in code order: the country, fylker,
//           kommuner, replicas and bydeler), rendered and written by the batch engine as `npm run factsheets`
//           does, plus the run's per-unit work for all units (listing, index). Per sheet × units = the whole batch.
//           `--scale-sample 0` renders every sheet instead (4×: ~1 450 sheets, minutes on 2 cores).
//
// "Grows at most linearly": the 4× figure is at most 4 times the 1× figure (for the batch: per sheet at most
// the same, so the whole batch at most 4 times).
//
// A sheet compares its unit with others: a kommune with the kommuner of its size group across the country, a
// fylke with the other fylker, the country lists every fylke. The position strips keep a bounded number of marks
// (dots up to SMALL.stripDensity.maxDots units, their distribution above), so a kommune's sheet costs the same at
// 4×; the lists (the country's fylker; with `--fylker same` a fylke's kommuner) grow with what they list.
//   node --import tsx bench/scale.ts --part build|batch --factor N --out DIR [--sample K] [--fylker new|same]   (one part; prints JSON)
import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadData } from '../pipeline/build/data.ts';
import { loadRegistry } from '../pipeline/build/registry.ts';
import type { Context } from '../pipeline/context.ts';
import { exportTables } from '../pipeline/export/index.ts';
import { DEFAULT_PATHS, PROJECT_ROOT } from '../pipeline/paths.ts';
import { outputLayout } from '../pipeline/layout.ts';
import { renderReport } from '../pipeline/report/index.ts';
import { installStopHandlers, stopSignal } from '../pipeline/util/stop.ts';
import { peakSampler } from './memory.ts';
import { scaleData, type ReplicaFylker } from './scale-data.ts';

export interface ScalePart {
  part: 'build' | 'batch';
  factor: number;
  /** Units with a fact sheet. */
  units: number;
  /** Sheets rendered (batch). */
  sheets: number;
  seconds: number;
  /** CPU seconds of the process and the processes it started (the browser's); less affected by other load than `seconds`. */
  cpu: number;
  peakPss: number;
  peakRss: number;
}

const quiet = { info: () => undefined, warn: (m: string) => console.error(`warning: ${m}`), error: (m: string) => console.error(`error: ${m}`) };

/** One part in this process: prints its ScalePart as JSON on the last line. */
async function runPart(part: 'build' | 'batch', factor: number, out: string, sample: number, fylker: ReplicaFylker): Promise<void> {
  installStopHandlers({ log: quiet, watchParent: false });
  const ctx: Context = { log: quiet, now: () => new Date('2025-03-01T12:00:00Z'), root: PROJECT_ROOT };
  const data = scaleData(await loadData({ data: DEFAULT_PATHS.data, out }, ctx), factor, fylker);
  const { factsheetUnits } = await import('../pipeline/factsheets/index.ts');
  const units = factsheetUnits(data);
  const memory = peakSampler(process.pid, 250);
  const t0 = performance.now();
  const cpu0 = process.cpuUsage();
  let sheets = 0;
  if (part === 'build') {
    const registry = await loadRegistry(data, { out, cache: false }, ctx);
    await exportTables(registry.artifact, { files: outputLayout(out).year(data.reportYear).tables, created: ctx.now() });
    renderReport({ artifact: registry.artifact, svgs: registry.svgs, now: ctx.now(), missing: 'placeholder' });
  } else {
    const { runFactsheets } = await import('../pipeline/factsheets/run.ts');
    const step = sample > 0 ? Math.max(1, Math.floor(units.length / sample)) : 1;
    const chosen = units.filter((_, i) => i % step === 0).slice(0, sample > 0 ? sample : undefined);
    const r = await runFactsheets({ data: DEFAULT_PATHS.data, out, buildData: data, units: chosen.map((u) => u.code), progress: 'none', force: true }, ctx);
    sheets = r.rendered;
  }
  const seconds = (performance.now() - t0) / 1000;
  const own = process.cpuUsage(cpu0);
  const peak = memory.stop();
  const cpu = (own.user + own.system) / 1e6 + peak.childCpu;
  const result: ScalePart = { part, factor, units: units.length, sheets, seconds, cpu, peakPss: peak.pss, peakRss: peak.rss };
  console.log(JSON.stringify(result));
}

/** Runs a part in a child process (its own memory); undefined when stopped. */
function child(part: 'build' | 'batch', factor: number, out: string, sample: number, fylker: ReplicaFylker): Promise<ScalePart | undefined> {
  return new Promise((resolve, reject) => {
    const p = spawn(process.execPath, ['--import', 'tsx', join(PROJECT_ROOT, 'bench', 'scale.ts'), '--part', part, '--factor', String(factor), '--out', out, '--sample', String(sample), '--fylker', fylker], {
      cwd: PROJECT_ROOT,
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    const onStop = (): void => void p.kill('SIGTERM');
    stopSignal.addEventListener('abort', onStop, { once: true });
    let text = '';
    p.stdout.on('data', (d: Buffer) => (text += d.toString()));
    p.once('exit', (code) => {
      stopSignal.removeEventListener('abort', onStop);
      if (stopSignal.aborted) return resolve(undefined);
      const last = text.trim().split('\n').pop() ?? '';
      if (code !== 0 || !last.startsWith('{')) return reject(new Error(`scale ${part} ×${factor} exited ${code}: ${text.trim().slice(-300)}`));
      resolve(JSON.parse(last) as ScalePart);
    });
  });
}

const fmt = (x: number, d = 1): string => x.toFixed(d).replace('.', ',');
const mib = (bytes: number): string => `${Math.round(bytes / 2 ** 20)} MiB`;

/** The scale run, as `npm run bench` prints it; false when stopped. */
export async function benchScale(opts: { factor: number; sample: number; fylker: ReplicaFylker }): Promise<boolean> {
  const out = mkdtempSync(join(tmpdir(), 'is248-bench-scale-'));
  try {
    const cache = join(DEFAULT_PATHS.out, '.cache');
    if (existsSync(cache)) cpSync(cache, join(out, '.cache'), { recursive: true });
    console.log(
      `\nscale: the year's units (1×) and ${opts.factor}× (every kommune replicated under new codes, in memory, ${opts.fylker === 'new' ? 'in new fylker of today\'s size' : 'in its own fylke'}); each part in a process of its own, peak memory of it and its browser`,
    );
    const parts: Record<string, ScalePart> = {};
    for (const part of ['build', 'batch'] as const) {
      for (const factor of [1, opts.factor]) {
        // The data cache is shared; each part's outputs go to a folder of their own.
        const dir = join(out, `${part}-${factor}`);
        cpSync(join(out, '.cache'), join(dir, '.cache'), { recursive: true });
        const r = await child(part, factor, dir, opts.sample, opts.fylker);
        if (r === undefined) return false;
        parts[`${part}${factor}`] = r;
      }
    }
    const [b1, bN, s1, sN] = [parts.build1!, parts[`build${opts.factor}`]!, parts.batch1!, parts[`batch${opts.factor}`]!];
    // Linear: grows at most as the units do (4× the kommuner is 3,75× the sheets: the fylker and the country stay).
    const units = bN.units / b1.units;
    const check = (ratio: number): string => (ratio <= units * 1.1 ? 'ok' : 'MISSED');
    const growth = (a: number, b: number): string => `${fmt(b / a, 2)} ×`;
    console.log(`  units with a fact sheet: ${b1.units} → ${bN.units} (${fmt(units, 2)} ×; linear growth: at most that, +10 % for noise)`);
    console.log(`  build after the data stages (registry afresh, charts, Excel tables, report HTML):`);
    console.log(`    1×: ${fmt(b1.seconds)} s (CPU ${fmt(b1.cpu)} s), peak ${mib(b1.peakPss)} PSS;  ${opts.factor}×: ${fmt(bN.seconds)} s (CPU ${fmt(bN.cpu)} s), peak ${mib(bN.peakPss)} PSS`);
    console.log(
      `    growth: time ${growth(b1.seconds, bN.seconds)}, CPU ${growth(b1.cpu, bN.cpu)}, memory ${growth(b1.peakPss, bN.peakPss)}   ${check(bN.cpu / b1.cpu)} (CPU) / ${check(bN.peakPss / b1.peakPss)} (memory)`,
    );
    const per = (p: ScalePart, x: number): number => x / p.sheets;
    const what = opts.sample > 0 ? `a sample of ${s1.sheets} and ${sN.sheets} sheets (every k-th unit)` : 'every sheet';
    console.log(`  fact-sheet batch, ${what}, browser start included:`);
    console.log(
      `    1×: ${fmt(s1.seconds)} s = ${fmt(per(s1, s1.seconds) * 1000, 0)} ms a sheet (CPU ${fmt(per(s1, s1.cpu) * 1000, 0)} ms), peak ${mib(s1.peakPss)} PSS;  ` +
        `${opts.factor}×: ${fmt(sN.seconds)} s = ${fmt(per(sN, sN.seconds) * 1000, 0)} ms a sheet (CPU ${fmt(per(sN, sN.cpu) * 1000, 0)} ms), peak ${mib(sN.peakPss)} PSS`,
    );
    // The whole batch is (per sheet) × (units): its growth is the units' times the per-sheet cost's.
    const wall = (per(sN, sN.seconds) * sN.units) / (per(s1, s1.seconds) * s1.units);
    const cpu = (per(sN, sN.cpu) * sN.units) / (per(s1, s1.cpu) * s1.units);
    console.log(
      `    whole batch (per sheet × units): 1× ≈ ${fmt(per(s1, s1.seconds) * s1.units)} s, ${opts.factor}× ≈ ${fmt(per(sN, sN.seconds) * sN.units)} s; ` +
        `growth: time ${fmt(wall, 2)} ×, CPU ${fmt(cpu, 2)} × (per sheet ${growth(per(s1, s1.cpu), per(sN, sN.cpu))}), memory ${growth(s1.peakPss, sN.peakPss)}   ${check(cpu)} (CPU) / ${check(sN.peakPss / s1.peakPss)} (memory)`,
    );
    return true;
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}

const argv = process.argv;
const arg = (name: string): string | undefined => (argv.includes(name) ? argv[argv.indexOf(name) + 1] : undefined);
if (arg('--part') !== undefined) {
  await runPart(arg('--part') as 'build' | 'batch', Number(arg('--factor') ?? 1), arg('--out')!, Number(arg('--sample') ?? 100), (arg('--fylker') ?? 'new') as ReplicaFylker);
}
