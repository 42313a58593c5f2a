// Processes of a command under test, found by their parent links (ps), never by name: other people run
// Chrome on the same machine, and a test must count and end only its own.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';

/** Process ids below `pid` (children, grandchildren …). */
export function descendants(pid: number): number[] {
  const rows = spawnSync('ps', ['-eo', 'pid=,ppid='], { encoding: 'utf8' }).stdout.trim().split('\n');
  const children = new Map<number, number[]>();
  for (const row of rows) {
    const [p, pp] = row.trim().split(/\s+/).map(Number) as [number, number];
    children.set(pp, [...(children.get(pp) ?? []), p]);
  }
  const out: number[] = [];
  const walk = (p: number): void => {
    for (const c of children.get(p) ?? []) {
      out.push(c);
      walk(c);
    }
  };
  walk(pid);
  return out;
}

/** The Chrome processes among `pids` (their command line names the browser), with their command lines. */
export function chromeProcesses(pids: readonly number[]): Map<number, string> {
  const found = new Map<number, string>();
  for (const pid of pids) {
    const cmd = commandLine(pid);
    if (cmd !== undefined && /chrom/i.test(cmd)) found.set(pid, cmd);
  }
  return found;
}

/** Which of `procs` still run with the same command line (a recycled pid is another process). */
export function stillRunning(procs: ReadonlyMap<number, string>): number[] {
  return [...procs].filter(([pid, cmd]) => commandLine(pid) === cmd && !isZombie(pid)).map(([pid]) => pid);
}

function commandLine(pid: number): string | undefined {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, 'utf8').replaceAll('\0', ' ').trim() || undefined;
  } catch {
    return undefined;
  }
}

function isZombie(pid: number): boolean {
  const file = `/proc/${pid}/stat`;
  if (!existsSync(file)) return true;
  try {
    return readFileSync(file, 'utf8').split(') ')[1]?.startsWith('Z') ?? true;
  } catch {
    return true;
  }
}

/** Waits until `check()` is true or `ms` passed; returns the milliseconds it took, or undefined. */
export async function waitFor(check: () => boolean, ms: number, every = 50): Promise<number | undefined> {
  const t0 = performance.now();
  while (performance.now() - t0 < ms) {
    if (check()) return performance.now() - t0;
    await new Promise((r) => setTimeout(r, every));
  }
  return check() ? performance.now() - t0 : undefined;
}

/** Sends `signal` to every process in `pids` that still runs as recorded (cleanup after a failed test). */
export function killAll(procs: ReadonlyMap<number, string>): void {
  for (const pid of stillRunning(procs)) {
    try {
      process.kill(pid, 'SIGKILL');
    } catch {
      // gone
    }
  }
}
