// Stopping a batch (the process got SIGINT, SIGTERM or SIGHUP): no job starts after the stop, running jobs
// are given up with their signal aborted (so they write nothing), the browser that is closed under them is
// not taken for a crash (no restart, no retry), and the summary counts what was not done as stopped.
import { describe, expect, it } from 'vitest';
import { runBatch, type BatchJob } from '../../pipeline/batch/index.ts';
import { fakeBackend, never, tick, type FakePrinter } from './fakes.ts';

type Job = BatchJob<FakePrinter, string>;

describe('a stopped batch', () => {
  it('starts no job after the stop, gives up the running ones and does not restart the browser', async () => {
    const stop = new AbortController();
    const backend = fakeBackend();
    const started: string[] = [];
    const aborted: string[] = [];
    let wrote = 0;
    let startedAfterStop = 0;
    const jobs: Job[] = Array.from({ length: 20 }, (_, i) => ({
      id: `j${i}`,
      run: async (printer, signal) => {
        if (stop.signal.aborted) startedAfterStop++;
        started.push(`j${i}`);
        signal.addEventListener('abort', () => aborted.push(`j${i}`));
        if (i === 5) {
          // The stop arrives while j5 (and another job) run; the stop also closes the browser, as the real one does.
          stop.abort('SIGTERM');
          printer.session.crash();
        }
        await tick(5);
        if (signal.aborted) return 'gave up';
        wrote++;
        return `made j${i}`;
      },
    }));
    const t0 = performance.now();
    const summary = await runBatch(jobs, backend, { concurrency: 2, timeoutMs: 10_000, signal: stop.signal });
    expect(performance.now() - t0).toBeLessThan(1_000);
    // j5 and the job running beside it were given up (their signal aborted, nothing written); none started after.
    expect(startedAfterStop).toBe(0);
    expect(aborted).toContain('j5');
    expect(aborted).toHaveLength(2);
    expect(summary.ok).toBe(started.length - 2);
    expect(wrote).toBe(summary.ok);
    expect(summary.failed).toBe(0);
    expect(summary.stopped).toBe(20 - summary.ok);
    const stoppedIds = summary.results.filter((r) => r.status === 'stopped').map((r) => r.id);
    expect(stoppedIds).toEqual(expect.arrayContaining(aborted));
    expect(stoppedIds).toEqual(expect.arrayContaining(Array.from({ length: 14 }, (_, i) => `j${i + 6}`).filter((id) => !started.includes(id))));
    expect(summary.launches).toBe(1);
    expect(summary.restarts).toEqual([]);
    expect(backend.launchCalls).toBe(1);
    expect(backend.sessions[0]!.closed).toBe(true);
  });

  it('gives up a hung job at once instead of waiting for its time limit', async () => {
    const stop = new AbortController();
    const jobs: Job[] = [{ id: 'hung', run: () => (setTimeout(() => stop.abort('SIGINT'), 20), never()) }, { id: 'next', run: async () => 'made' }];
    const t0 = performance.now();
    const summary = await runBatch(jobs, fakeBackend(), { concurrency: 1, timeoutMs: 60_000, signal: stop.signal });
    expect(performance.now() - t0).toBeLessThan(1_000);
    expect(summary.results.map((r) => r.status)).toEqual(['stopped', 'stopped']);
  });

  it('launches nothing when stopped before it began', async () => {
    const stop = new AbortController();
    stop.abort('SIGHUP');
    const backend = fakeBackend();
    const summary = await runBatch([{ id: 'a', run: async () => 'x' }], backend, { concurrency: 2, timeoutMs: 1_000, signal: stop.signal });
    expect(summary).toMatchObject({ ok: 0, failed: 0, stopped: 1, launches: 0 });
    expect(backend.launchCalls).toBe(0);
  });
});

describe('a batch halted by a fatal error', () => {
  it('fails the job once (no retry), runs no further job and reports the error', async () => {
    const full = Object.assign(new Error('cannot write x.pdf: the disk is full'), { full: true });
    let runs = 0;
    const jobs: Job[] = Array.from({ length: 10 }, (_, i) => ({
      id: `j${i}`,
      run: async () => {
        runs++;
        await tick(2);
        if (i === 3) throw full;
        return `made j${i}`;
      },
    }));
    const summary = await runBatch(jobs, fakeBackend(), { concurrency: 1, timeoutMs: 1_000, fatal: (err) => (err as { full?: boolean }).full === true });
    expect(runs).toBe(4);
    expect(summary.results[3]).toMatchObject({ status: 'failed', attempts: 1, reason: 'cannot write x.pdf: the disk is full' });
    expect(summary).toMatchObject({ ok: 3, failed: 1, stopped: 6, fatalError: full });
  });
});
