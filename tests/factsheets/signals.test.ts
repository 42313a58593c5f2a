// SIGINT, SIGTERM and SIGHUP stop a running command within 5 s: no new sheet starts, nothing half-written
// is left, its browser is closed, a summary says what was done, and the exit code is 128 + the signal's
// number. Sent to the node process itself, and to `npm run …` (npm passes SIGINT and SIGTERM on; it dies of
// SIGHUP, and the command stops when it finds its npm parent gone). A command killed with SIGKILL takes its
// browser with it (the pipe transport). Chrome processes are counted in the command's own process tree.
import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { constants, tmpdir } from 'node:os';
import { join } from 'node:path';
import { PDFDocument } from 'pdf-lib';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { DEFAULT_PATHS, PROJECT_ROOT } from '../../pipeline/paths.ts';
import { chromeProcesses, descendants, killAll, stillRunning, waitFor } from './process-tree.ts';

const root = mkdtempSync(join(tmpdir(), 'signals-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
const started: ChildProcess[] = [];
const chromes = new Map<number, string>();
afterEach(() => {
  for (const c of started.splice(0)) if (c.exitCode === null && c.signalCode === null) c.kill('SIGKILL');
  killAll(chromes);
  chromes.clear();
});

interface Run {
  child: ChildProcess;
  out: string;
  output: () => string;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null; at: number }>;
}

/** A fresh output folder with the data stages' cache (so the command reaches its batch quickly). */
function outDir(): string {
  const out = mkdtempSync(join(root, 'out-'));
  const cache = join(DEFAULT_PATHS.out, '.cache');
  if (existsSync(cache)) cpSync(cache, join(out, '.cache'), { recursive: true });
  return out;
}

function start(via: 'node' | 'npm' | 'bench', args: string[], out = outDir(), group = false): Run {
  const child =
    via === 'node'
      ? spawn(process.execPath, ['--import', 'tsx', join(PROJECT_ROOT, 'pipeline/cli.ts'), ...args, '--out', out], { cwd: PROJECT_ROOT })
      : via === 'bench'
        ? // The bench's own temporary folders (and its browsers' profiles) in `out`, to see them removed.
          spawn(process.execPath, ['--import', 'tsx', join(PROJECT_ROOT, 'bench/run.ts'), ...args], { cwd: PROJECT_ROOT, env: { ...process.env, TMPDIR: out } })
        : // `group`: a process group of its own, as a terminal gives the command it runs.
          spawn('npm', ['run', '--silent', args[0]!, '--', ...args.slice(1), '--out', out], { cwd: PROJECT_ROOT, detached: group });
  started.push(child);
  let text = '';
  child.stdout.on('data', (d: Buffer) => (text += d.toString()));
  child.stderr.on('data', (d: Buffer) => (text += d.toString()));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null; at: number }>((resolve) =>
    child.once('exit', (code, signal) => resolve({ code, signal, at: performance.now() })),
  );
  return { child, out, output: () => text, exited };
}

const sheetDir = (out: string): string => join(out, '2024', 'faktaark');
const pdfs = (out: string): string[] => (existsSync(sheetDir(out)) ? readdirSync(sheetDir(out)).filter((f) => f.endsWith('.pdf')) : []);

/** Waits until the batch has written `n` sheets, then returns the browser processes in the command's tree. */
async function midBatch(run: Run, n = 3): Promise<Map<number, string>> {
  const took = await waitFor(() => pdfs(run.out).length >= n || run.child.exitCode !== null, 150_000, 50);
  expect(took, run.output()).toBeDefined();
  expect(run.child.exitCode, run.output()).toBeNull();
  const browser = chromeProcesses(descendants(run.child.pid!));
  for (const [pid, cmd] of browser) chromes.set(pid, cmd);
  expect(browser.size).toBeGreaterThan(0);
  return browser;
}

/** What a stopped batch must leave: complete PDFs, no temporary files, a manifest of files that exist. */
async function leftClean(out: string): Promise<number> {
  const dir = sheetDir(out);
  const files = readdirSync(dir);
  expect(files.filter((f) => f.endsWith('.tmp'))).toEqual([]);
  for (const f of files.filter((x) => x.endsWith('.pdf'))) expect((await PDFDocument.load(readFileSync(join(dir, f)))).getPageCount()).toBeGreaterThanOrEqual(2);
  const manifest = JSON.parse(readFileSync(join(dir, '.manifest.json'), 'utf8')) as { entries: Record<string, { files: string[] }> };
  for (const entry of Object.values(manifest.entries)) for (const f of entry.files) expect(existsSync(join(dir, f))).toBe(true);
  return Object.keys(manifest.entries).length;
}

const code = (signal: 'SIGINT' | 'SIGTERM' | 'SIGHUP'): number => 128 + constants.signals[signal];

/** Sends `signal` to the command (`group`: to its whole process group, as a terminal's Ctrl-C) and checks that it exits within 5 s with `exit`. */
async function stopWith(run: Run, signal: 'SIGINT' | 'SIGTERM' | 'SIGHUP', exit = code(signal), group = false): Promise<void> {
  const t0 = performance.now();
  if (group) process.kill(-run.child.pid!, signal);
  else run.child.kill(signal);
  const { code: got, at } = await run.exited;
  expect(at - t0, run.output()).toBeLessThan(5_000);
  expect(got, run.output()).toBe(exit);
}

/** Waits (up to `timeoutMs`) until the command's process tree holds a browser or the command ended; the browser processes seen, kept for clean-up. */
async function browserOf(run: Run, timeoutMs: number): Promise<Map<number, string>> {
  const browser = new Map<number, string>();
  await waitFor(() => {
    for (const [p, c] of chromeProcesses(descendants(run.child.pid!))) browser.set(p, c);
    return browser.size > 0 || run.child.exitCode !== null;
  }, timeoutMs, 20);
  for (const [p, c] of browser) chromes.set(p, c);
  return browser;
}

describe('a signal stops the fact-sheet batch', () => {
  it.each(['SIGTERM', 'SIGINT', 'SIGHUP'] as const)('%s to the node process: within 5 s, exit 128+n, browser closed, summary, nothing half-written', async (signal) => {
    const run = start('node', ['factsheets', '--fylke', '46']);
    const browser = await midBatch(run);
    await stopWith(run, signal);
    expect(stillRunning(browser)).toEqual([]);
    // The summary counts what was made and what was not; what was made is in the folder, whole.
    const m = new RegExp(`(\\d+) selected, (\\d+) rendered, 0 unchanged, 0 failed, (\\d+) not made \\(stopped by ${signal}\\)`).exec(run.output());
    expect(m, run.output()).not.toBeNull();
    expect(Number(m![2]) + Number(m![3])).toBe(Number(m![1]));
    expect(Number(m![3])).toBeGreaterThan(0);
    expect(run.output()).not.toMatch(/browser restarted|crash/);
    expect(run.output()).toMatch(new RegExp(`statistikkpakke: not written \\(stopped by ${signal}\\)`));
    expect(await leftClean(run.out)).toBe(Number(m![2]));
    expect(pdfs(run.out)).toHaveLength(Number(m![2]));
  });

  it.each(['SIGTERM', 'SIGINT'] as const)('%s to `npm run factsheets` reaches the command: npm exits 128+n within 5 s, browser closed', async (signal) => {
    const run = start('npm', ['factsheets', '--fylke', '46']);
    const browser = await midBatch(run);
    const node = descendants(run.child.pid!).find((p) => readFileSync(`/proc/${p}/cmdline`, 'utf8').includes('pipeline/cli.ts'))!;
    await stopWith(run, signal);
    expect(existsSync(`/proc/${node}`) && !readFileSync(`/proc/${node}/stat`, 'utf8').includes(') Z')).toBe(false);
    expect(stillRunning(browser)).toEqual([]);
    expect(run.output()).toMatch(new RegExp(`not made \\(stopped by ${signal}\\)`));
    await leftClean(run.out);
  });

  it('Ctrl-C in a terminal (SIGINT to npm and the command at once; npm passes it on too): a clean stop with its summary, exit 130', async () => {
    const run = start('npm', ['factsheets', '--fylke', '46'], outDir(), true);
    const browser = await midBatch(run);
    await stopWith(run, 'SIGINT', 130, true);
    expect(run.output()).not.toMatch(/again: ending now/);
    expect(run.output()).toMatch(/not made \(stopped by SIGINT\)/);
    expect(stillRunning(browser)).toEqual([]);
    await leftClean(run.out);
  });

  it('the same signal twice within a second is one stop with its summary (as Ctrl-C can arrive through the terminal and npm)', async () => {
    const twice = start('node', ['factsheets', '--fylke', '46']);
    const browser = await midBatch(twice);
    twice.child.kill('SIGINT');
    await new Promise((r) => setTimeout(r, 50));
    twice.child.kill('SIGINT');
    expect((await twice.exited).code, twice.output()).toBe(130);
    expect(twice.output()).not.toMatch(/again: ending now/);
    expect(twice.output()).toMatch(/not made \(stopped by SIGINT\)/);
    expect(stillRunning(browser)).toEqual([]);
  });

  it('SIGHUP to `npm run factsheets`: npm dies of it, the command finds its parent gone and stops within 5 s', async () => {
    const run = start('npm', ['factsheets', '--fylke', '46']);
    const browser = await midBatch(run);
    const node = descendants(run.child.pid!).find((p) => readFileSync(`/proc/${p}/cmdline`, 'utf8').includes('pipeline/cli.ts'))!;
    const nodeCmd = new Map([[node, readFileSync(`/proc/${node}/cmdline`, 'utf8').replaceAll('\0', ' ').trim()]]);
    const t0 = performance.now();
    run.child.kill('SIGHUP');
    const { code: exit, signal } = await run.exited;
    expect(exit ?? 128 + constants.signals[signal!]).toBe(129);
    const gone = await waitFor(() => stillRunning(nodeCmd).length === 0 && stillRunning(browser).length === 0, 5_000 - (performance.now() - t0));
    expect(gone, run.output()).toBeDefined();
    await leftClean(run.out);
  });

  it('SIGKILL of the command: its browser exits within 5 s (driven through a pipe that closes with the process)', async () => {
    const run = start('node', ['factsheets', '--fylke', '46']);
    const browser = await midBatch(run);
    const t0 = performance.now();
    run.child.kill('SIGKILL');
    await run.exited;
    const gone = await waitFor(() => stillRunning(browser).length === 0, 5_000);
    expect(gone, `still running ${performance.now() - t0} ms after SIGKILL: ${stillRunning(browser).join(' ')}`).toBeDefined();
  });
});

describe('a signal stops the other long commands', () => {
  it('SIGTERM during the build (while the report prints): exit 143 within 5 s, a summary of the stages done, no report, browser closed', async () => {
    const run = start('node', ['build']);
    // The report is printed after the tables are written.
    expect(await waitFor(() => /Tables: /.test(run.output()) || run.child.exitCode !== null, 150_000)).toBeDefined();
    const browser = await browserOf(run, 30_000);
    expect(run.child.exitCode, run.output()).toBeNull();
    await stopWith(run, 'SIGTERM', 143);
    expect(run.output()).toMatch(/Build stopped by SIGTERM: done: data, quality report, registry and charts, tables; not done: report, fact sheets, web edition/);
    expect(stillRunning(browser)).toEqual([]);
    const rapport = join(run.out, '2024', 'rapport');
    expect(existsSync(rapport) ? readdirSync(rapport).filter((f) => f.endsWith('.pdf') || f.endsWith('.tmp')) : []).toEqual([]);
  });

  it.each(['SIGTERM', 'SIGHUP'] as const)('%s stops the preview server: exit 128+n within 5 s, port closed', async (signal) => {
    const run = start('node', ['preview', '--port', '0']);
    expect(await waitFor(() => /Preview: http/.test(run.output()) || run.child.exitCode !== null, 150_000)).toBeDefined();
    const url = /Preview: (http\S+)/.exec(run.output())![1]!;
    expect((await fetch(url)).status).toBeLessThan(500);
    await stopWith(run, signal);
    expect(run.output()).toMatch(new RegExp(`Preview stopped by ${signal}`));
    await expect(fetch(url)).rejects.toThrow();
  });

  it('SIGTERM stops the benchmark during its batch: exit 143 within 5 s, what it finished, browser closed, temporary folders removed', async () => {
    const tmp = mkdtempSync(join(root, 'bench-'));
    const run = start('bench', ['--only', 'factsheets'], tmp);
    expect(await waitFor(() => /batch engine:/.test(run.output()) || run.child.exitCode !== null, 150_000)).toBeDefined();
    const browser = await browserOf(run, 60_000);
    expect(run.child.exitCode, run.output()).toBeNull();
    expect(browser.size).toBeGreaterThan(0);
    await stopWith(run, 'SIGTERM', 143);
    expect(run.output()).toMatch(/bench stopped by SIGTERM; finished: nothing/);
    expect(stillRunning(browser)).toEqual([]);
    expect(readdirSync(tmp).filter((f) => f.startsWith('is248-'))).toEqual([]); // (tsx keeps its own cache there)
  });
});
