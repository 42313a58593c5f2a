// The puppeteer backend with a real browser: a killed browser is noticed and replaced, the job that was
// running is retried, and every browser started is gone at the end.
import { describe, expect, it } from 'vitest';
import { browserBackend, runBatch, type BatchJob } from '../../pipeline/batch/index.ts';
import type { Printer } from '../../pipeline/print/index.ts';

const alive = (pid: number): boolean => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

describe('browser backend', () => {
  it('restarts a killed browser and finishes every job', async () => {
    const pids: number[] = [];
    let killed = false;
    const jobs: BatchJob<Printer, number>[] = Array.from({ length: 6 }, (_, i) => ({
      id: `doc${i}`,
      run: async (printer) => {
        if (i === 2 && !killed) {
          killed = true;
          process.kill(pids[0]!, 'SIGKILL');
          await new Promise((r) => setTimeout(r, 200));
        }
        const r = await printer.print({ html: `<!doctype html><html lang="nb"><title>${i}</title><h1>Dokument ${i}</h1>`, mode: 'native', timeoutMs: 20_000 });
        return r.pdf.length;
      },
    }));
    const summary = await runBatch(jobs, browserBackend({ onLaunch: (pid) => pid !== undefined && pids.push(pid) }), { concurrency: 2, timeoutMs: 30_000 });
    expect(summary.failed).toBe(0);
    expect(summary.results.every((r) => r.status === 'ok' && r.value > 500)).toBe(true);
    expect(summary.restarts).toContain('crash');
    expect(summary.results.find((r) => r.id === 'doc2')?.attempts).toBe(2);
    expect(pids.length).toBe(summary.launches);
    await new Promise((r) => setTimeout(r, 300));
    expect(pids.filter(alive)).toEqual([]);
  });
});
