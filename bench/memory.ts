// Memory and CPU of a process and every process it started (Chrome's included), from /proc: the sum of PSS,
// which shares pages mapped by several processes between them, and the sum of RSS, which counts them in each
// process and so overstates Chrome's many processes.
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';

const PAGE = Number(execFileSync('getconf', ['PAGESIZE'], { encoding: 'utf8' }).trim()) || 4096;

export function treeMemory(root: number): { rss: number; pss: number; ticks: Map<number, number> } {
  const procs: { pid: number; ppid: number; rss: number; ticks: number }[] = [];
  for (const d of readdirSync('/proc')) {
    if (!/^\d+$/.test(d)) continue;
    try {
      const f = readFileSync(`/proc/${d}/stat`, 'utf8').split(') ')[1]!.split(' ');
      procs.push({ pid: Number(d), ppid: Number(f[1]), rss: Number(f[21]) * PAGE, ticks: Number(f[11]) + Number(f[12]) });
    } catch {
      // gone meanwhile
    }
  }
  const tree = new Set([root]);
  for (let grew = true; grew; ) {
    grew = false;
    for (const p of procs) {
      if (tree.has(p.ppid) && !tree.has(p.pid)) {
        tree.add(p.pid);
        grew = true;
      }
    }
  }
  let rss = 0;
  let pss = 0;
  const ticks = new Map<number, number>();
  for (const p of procs.filter((p) => tree.has(p.pid))) {
    rss += p.rss;
    if (p.pid !== root) ticks.set(p.pid, p.ticks);
    try {
      pss += Number(/^Pss:\s+(\d+) kB/m.exec(readFileSync(`/proc/${p.pid}/smaps_rollup`, 'utf8'))?.[1] ?? 0) * 1024;
    } catch {
      // gone meanwhile
    }
  }
  return { rss, pss, ticks };
}

const TICK = Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim()) || 100;

/**
 * Samples the peak memory of `root`'s tree every `ms` until stop() (one sample reads all of /proc: ~15 ms of
 * CPU), and the CPU seconds of its descendants as last sampled (a process's last `ms` are missed).
 */
export function peakSampler(root: number, ms = 500): { stop(): { pss: number; rss: number; childCpu: number } } {
  let pss = 0;
  let rss = 0;
  const ticks = new Map<number, number>();
  const before = new Map(treeMemory(root).ticks);
  const sample = (): void => {
    const m = treeMemory(root);
    pss = Math.max(pss, m.pss);
    rss = Math.max(rss, m.rss);
    for (const [pid, t] of m.ticks) ticks.set(pid, t - (before.get(pid) ?? 0));
  };
  sample();
  const timer = setInterval(sample, ms);
  return {
    stop() {
      clearInterval(timer);
      sample();
      return { pss, rss, childCpu: [...ticks.values()].reduce((a, b) => a + b, 0) / TICK };
    },
  };
}
