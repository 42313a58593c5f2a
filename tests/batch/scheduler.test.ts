import { describe, expect, it } from 'vitest';
import { runBatch, type BatchEvent, type BatchJob } from '../../pipeline/batch/index.ts';
import { fakeBackend, never, tick, type FakePrinter } from './fakes.ts';

type Job = BatchJob<FakePrinter, string>;
const okJob = (id: string, ms = 2): Job => ({ id, run: async () => (await tick(ms), `made ${id}`) });
const ids = (n: number, prefix = 'j'): string[] => Array.from({ length: n }, (_, i) => `${prefix}${i}`);
const opts = { concurrency: 2, timeoutMs: 200 };

describe('runBatch with fake printers', () => {
  it('runs every job once on one backend, keeps the job order in the results and closes everything', async () => {
    const backend = fakeBackend();
    const summary = await runBatch(ids(7).map((id) => okJob(id, 1 + (id.length % 3))), backend, opts);
    expect(summary.results.map((r) => r.id)).toEqual(ids(7));
    expect(summary.results.every((r) => r.status === 'ok' && r.attempts === 1)).toBe(true);
    expect(summary.results[3]).toMatchObject({ status: 'ok', value: 'made j3' });
    expect(summary).toMatchObject({ ok: 7, failed: 0, launches: 1, restarts: [] });
    expect(backend.sessions).toHaveLength(1);
    expect(backend.sessions[0]!.closed).toBe(true);
    expect(backend.sessions[0]!.openPrinters).toBe(0);
    expect(backend.sessions[0]!.printersOpened).toBe(2);
  });

  it('launches nothing when there is nothing to do', async () => {
    const backend = fakeBackend();
    const summary = await runBatch([], backend, opts);
    expect(summary).toMatchObject({ results: [], ok: 0, failed: 0, launches: 0 });
    expect(backend.launchCalls).toBe(0);
  });

  it('never runs more jobs at once than the concurrency, and uses all of it', async () => {
    let running = 0;
    let peak = 0;
    const jobs: Job[] = ids(12).map((id) => ({
      id,
      run: async () => {
        peak = Math.max(peak, ++running);
        await tick(3);
        running--;
        return id;
      },
    }));
    await runBatch(jobs, fakeBackend(), { ...opts, concurrency: 3 });
    expect(peak).toBe(3);
  });

  it('retries a job that throws once, and it then succeeds', async () => {
    let calls = 0;
    const flaky: Job = { id: 'flaky', run: async () => (++calls === 1 ? Promise.reject(new Error('boom')) : 'fine') };
    const events: BatchEvent<string>[] = [];
    const summary = await runBatch([okJob('a'), flaky, okJob('b')], fakeBackend(), { ...opts, onEvent: (e) => events.push(e) });
    expect(summary.results[1]).toMatchObject({ id: 'flaky', status: 'ok', attempts: 2, value: 'fine' });
    expect(events.filter((e) => e.kind === 'retry')).toEqual([{ kind: 'retry', id: 'flaky', attempt: 1, reason: 'boom', code: 'error' }]);
    expect(summary.failed).toBe(0);
  });

  it('records a job that always throws as failed after one retry, and the others still run', async () => {
    let calls = 0;
    const bad: Job = { id: 'bad', run: async () => (calls++, Promise.reject(new Error('template missing'))) };
    const jobs = [okJob('a'), bad, ...ids(5, 'x').map((id) => okJob(id))];
    const summary = await runBatch(jobs, fakeBackend(), opts);
    expect(calls).toBe(2);
    expect(summary.results[1]).toMatchObject({ id: 'bad', status: 'failed', attempts: 2, reason: 'template missing', code: 'error' });
    expect(summary.ok).toBe(6);
    expect(summary.failed).toBe(1);
    // A job that throws does not restart the browser.
    expect(summary.launches).toBe(1);
  });

  it('gives up on a hung job after the timeout, retries it on a fresh browser, then records the failure', async () => {
    const backend = fakeBackend();
    let attempts = 0;
    const signals: AbortSignal[] = [];
    const hung: Job = { id: 'hung', run: (_p, signal) => (attempts++, signals.push(signal), never()) };
    const summary = await runBatch([okJob('a'), hung, okJob('b'), okJob('c')], backend, { ...opts, timeoutMs: 50 });
    expect(attempts).toBe(2);
    expect(summary.results[1]).toMatchObject({ status: 'failed', attempts: 2, code: 'timeout' });
    expect((summary.results[1] as { reason: string }).reason).toMatch(/timed out after 50 ms/);
    expect(signals.every((s) => s.aborted)).toBe(true);
    expect(summary.ok).toBe(3);
    // The retry ran on a fresh browser; after the last attempt there was nothing left to launch one for.
    expect(summary.restarts).toEqual(['timeout']);
    expect(backend.sessions).toHaveLength(2);
    expect(backend.sessions.every((s) => s.closed)).toBe(true);
  });

  it('restarts the browser after a crash and retries the job that was running', async () => {
    const backend = fakeBackend();
    let crashed = false;
    const crasher: Job = {
      id: 'crasher',
      run: async (p) => {
        if (!crashed) {
          crashed = true;
          p.session.crash();
          throw new Error('Protocol error: Target closed');
        }
        return 'second time lucky';
      },
    };
    const summary = await runBatch([okJob('a', 5), crasher, ...ids(4, 'x').map((id) => okJob(id))], backend, opts);
    expect(summary.results[1]).toMatchObject({ status: 'ok', attempts: 2, value: 'second time lucky' });
    expect(summary.ok).toBe(6);
    expect(summary.restarts).toEqual(['crash']);
    expect(backend.sessions).toHaveLength(2);
    expect(backend.sessions[0]!.alive).toBe(false);
    expect(backend.sessions.every((s) => s.closed)).toBe(true);
  });

  it('reports a crash that repeats as a failure with the crash as reason', async () => {
    const crasher: Job = { id: 'poison', run: async (p) => (p.session.crash(), Promise.reject(new Error('Target closed'))) };
    const summary = await runBatch([crasher, okJob('a'), okJob('b')], fakeBackend(), opts);
    expect(summary.results[0]).toMatchObject({ status: 'failed', code: 'crash', attempts: 2 });
    expect((summary.results[0] as { reason: string }).reason).toMatch(/crashed/);
    expect(summary.ok).toBe(2);
  });

  it('restarts the browser every N jobs', async () => {
    const backend = fakeBackend();
    const summary = await runBatch(ids(10).map((id) => okJob(id)), backend, { ...opts, restartEvery: 3 });
    expect(summary.ok).toBe(10);
    expect(summary.launches).toBe(4);
    expect(summary.restarts).toEqual(['scheduled', 'scheduled', 'scheduled']);
    expect(backend.sessions.every((s) => s.closed && s.openPrinters === 0)).toBe(true);
  });

  it('fails every job with the reason when the browser cannot start, trying to launch only twice', async () => {
    const backend = fakeBackend({ failLaunch: true });
    const summary = await runBatch(ids(6).map((id) => okJob(id)), backend, opts);
    expect(summary.failed).toBe(6);
    expect(summary.results.every((r) => r.status === 'failed' && r.code === 'launch' && /no browser here/.test(r.reason))).toBe(true);
    expect(backend.launchCalls).toBe(2);
  });

  it('emits one done event per job, counting up to the total', async () => {
    const done: number[] = [];
    await runBatch(ids(5).map((id) => okJob(id)), fakeBackend(), { ...opts, onEvent: (e) => e.kind === 'done' && done.push(e.done) });
    expect(done).toEqual([1, 2, 3, 4, 5]);
  });
});
