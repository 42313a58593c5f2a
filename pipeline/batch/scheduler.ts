import { PipelineError } from '../errors.ts';
// The batch scheduler: runs many jobs on a pool of printers (tabs) of one shared backend (a browser), with a
// time limit per attempt, one retry, a backend restart every N jobs, after a crash and after a timeout, and
// per-job results. One failing job never stops the others. Pure logic: the backend is an interface, so tests
// drive it with fake printers that crash, hang or throw (tests/batch/scheduler.test.ts); browser.ts is the
// puppeteer backend.
//
//   const summary = await runBatch(jobs, browserBackend(), { concurrency: 2, timeoutMs: 30_000 });
//
// The backend is launched lazily, when the first job needs a printer: a batch with no jobs starts nothing.
//
// When `signal` aborts (the process is stopping: pipeline/util/stop.ts) no job starts any more, the running
// ones are given up at once (their `signal` aborts, so they write nothing), every backend is closed, and the
// jobs not done are reported as 'stopped' — not as failures, and not retried on a new browser.

/** Something a job prints with (a browser tab); closed by the scheduler. */
export interface Closable {
  close(): Promise<void>;
}

/** One running backend (a browser) that opens printers. */
export interface BatchSession<P extends Closable> {
  open(): Promise<P>;
  /** False once the backend crashed or disconnected. */
  alive(): boolean;
  close(): Promise<void>;
}

export interface BatchBackend<P extends Closable> {
  launch(): Promise<BatchSession<P>>;
}

export interface BatchJob<P, R> {
  id: string;
  /**
   * Does the job's work with one printer. `signal` aborts when the attempt is given up (timed out): a job
   * that is still running in the background must then not write its output.
   */
  run(printer: P, signal: AbortSignal): Promise<R>;
}

export type JobResult<R> =
  | { id: string; status: 'ok'; attempts: number; ms: number; value: R }
  | { id: string; status: 'failed'; attempts: number; ms: number; reason: string; code: FailureCode }
  /** Not done because the batch was stopped (`BatchOptions.signal`). */
  | { id: string; status: 'stopped'; attempts: number };

/** Why an attempt failed. */
export type FailureCode = 'timeout' | 'crash' | 'error' | 'launch';

/** Why a backend was replaced: after `restartEvery` jobs, after a crash, after a job or tab timed out. */
export type RestartReason = 'scheduled' | 'crash' | 'timeout';

export type BatchEvent<R> =
  /** A backend started: the first (`reason` 'start') or a replacement. */
  | { kind: 'launch'; session: number; reason: 'start' | RestartReason }
  | { kind: 'retry'; id: string; attempt: number; reason: string; code: FailureCode }
  | { kind: 'done'; result: JobResult<R>; done: number; total: number };

export interface BatchOptions<R> {
  /** Printers working at the same time. */
  concurrency: number;
  /** Milliseconds for one attempt of one job. */
  timeoutMs: number;
  /** Attempts after the first; default 1. */
  retries?: number;
  /**
   * Restart the backend after this many jobs started on it; default 500. A restart costs ~0,7 s on 2 cores
   * (launch, tabs, fonts, cold caches); Chrome's memory grows ~15 MiB per 100 fact sheets, so all of a year's
   * sheets fit in one browser.
   */
  restartEvery?: number;
  /** Milliseconds for launching the backend and for opening or closing a printer; default 30 000. */
  launchTimeoutMs?: number;
  /** Give up on all remaining jobs after this many launches in a row failed; default 2. */
  maxLaunchFailures?: number;
  onEvent?: (event: BatchEvent<R>) => void;
  /** Stops the batch: no new job starts, running ones are given up; default: never. */
  signal?: AbortSignal;
  /**
   * Errors that no other job can escape either (an output folder that is full or read-only): the job fails
   * with it, is not retried, and the jobs not yet started are not run (reported as stopped).
   */
  fatal?: (err: unknown) => boolean;
}

export interface BatchSummary<R> {
  /** In the order of the jobs. */
  results: JobResult<R>[];
  ok: number;
  failed: number;
  /** Jobs not done because the batch was stopped. */
  stopped: number;
  /** Backends launched (1 + restarts), 0 when there was nothing to do. */
  launches: number;
  /** Why each replacement was launched, in order. */
  restarts: RestartReason[];
  /** The error that halted the batch (`BatchOptions.fatal`), if one did. */
  fatalError?: unknown;
}

export class BatchTimeoutError extends PipelineError {
  constructor(
    readonly what: string,
    readonly ms: number,
  ) {
    super('batch.timeout', `${what} timed out after ${ms} ms`);
  }
}

/** A job given up because the batch was stopped. */
class StopError extends PipelineError {
  constructor() {
    super('batch.stopped', 'stopped');
  }
}

class LaunchError extends PipelineError {
  constructor(message: string) {
    super('batch.launch-failed', message);
  }
}

interface SessionState<P extends Closable> {
  session: BatchSession<P>;
  number: number;
  /** Jobs started on this session. */
  jobs: number;
  /** Workers holding a printer of this session. */
  holders: number;
  retiring?: RestartReason;
  closed: boolean;
}

interface QueueItem<P, R> {
  index: number;
  job: BatchJob<P, R>;
  attempt: number;
  started: number;
}

export async function runBatch<P extends Closable, R>(
  jobs: readonly BatchJob<P, R>[],
  backend: BatchBackend<P>,
  options: BatchOptions<R>,
): Promise<BatchSummary<R>> {
  const retries = options.retries ?? 1;
  const restartEvery = Math.max(1, options.restartEvery ?? 500);
  const launchTimeout = options.launchTimeoutMs ?? 30_000;
  const maxLaunchFailures = options.maxLaunchFailures ?? 2;
  const emit = (event: BatchEvent<R>): void => options.onEvent?.(event);
  const stop = options.signal;
  let fatalError: unknown;
  let halted = false;
  const stopping = (): boolean => stop?.aborted === true || halted;
  /** Rejects with a StopError as soon as the batch is stopped. */
  const stopped = new Promise<never>((_, reject) => {
    if (stop === undefined) return;
    const fire = (): void => reject(new StopError());
    if (stop.aborted) fire();
    else stop.addEventListener('abort', fire, { once: true });
  });
  stopped.catch(() => undefined);
  const orStop = <T>(promise: Promise<T>, abort?: AbortController): Promise<T> => {
    if (stop === undefined) return promise;
    const onAbort = (): void => abort?.abort();
    if (stop.aborted) onAbort();
    stop.addEventListener('abort', onAbort, { once: true });
    return Promise.race([promise, stopped]).finally(() => stop.removeEventListener('abort', onAbort));
  };

  const queue: QueueItem<P, R>[] = jobs.map((job, index) => ({ index, job, attempt: 1, started: 0 }));
  const results: (JobResult<R> | undefined)[] = new Array<JobResult<R> | undefined>(jobs.length);
  let done = 0;
  let launches = 0;
  let current: SessionState<P> | undefined;
  let launching: Promise<SessionState<P>> | undefined;
  let launchFailuresInRow = 0;
  let fatal: string | undefined;
  let lastRetired: RestartReason | undefined;
  const restarts: RestartReason[] = [];
  const closing = new Set<Promise<unknown>>();

  const record = (item: QueueItem<P, R>, result: JobResult<R>): void => {
    results[item.index] = result;
    done++;
    emit({ kind: 'done', result, done, total: jobs.length });
  };

  const closeSession = (s: SessionState<P>): void => {
    if (s.retiring === undefined || s.holders > 0 || s.closed) return;
    s.closed = true;
    // A session that does not close in time is left to the backend (launchBrowser kills it after 5 s).
    const closed = withTimeout(s.session.close(), launchTimeout, 'closing the browser').catch(() => undefined);
    closing.add(closed);
    void closed.finally(() => closing.delete(closed));
  };

  /** No new jobs on `s`; it closes when its last printer is released. */
  const retire = (s: SessionState<P>, reason: RestartReason): void => {
    if (current === s) current = undefined;
    if (s.retiring === undefined) {
      s.retiring = reason;
      lastRetired = reason;
    }
    closeSession(s);
  };

  const sessionForNewPrinter = (): Promise<SessionState<P>> => {
    if (stopping()) return Promise.reject(new StopError());
    const s = current;
    if (s !== undefined && s.retiring === undefined && s.session.alive()) return Promise.resolve(s);
    if (s !== undefined) retire(s, s.session.alive() ? 'scheduled' : 'crash');
    launching ??= withTimeout(backend.launch(), launchTimeout, 'launching the browser').then(
      (session) => {
        launching = undefined;
        launchFailuresInRow = 0;
        const state: SessionState<P> = { session, number: ++launches, jobs: 0, holders: 0, closed: false };
        current = state;
        if (lastRetired !== undefined) restarts.push(lastRetired);
        emit({ kind: 'launch', session: state.number, reason: lastRetired ?? 'start' });
        return state;
      },
      (err: unknown) => {
        launching = undefined;
        if (++launchFailuresInRow >= maxLaunchFailures) fatal = `the browser could not start: ${messageOf(err)}`;
        throw new LaunchError(`the browser could not start: ${messageOf(err)}`);
      },
    );
    return launching;
  };

  const worker = async (): Promise<void> => {
    let mine: { state: SessionState<P>; printer: P } | undefined;
    const release = async (): Promise<void> => {
      if (mine === undefined) return;
      const { state, printer } = mine;
      mine = undefined;
      // Stopping: the browser is closed with all its tabs.
      if (stopping()) state.retiring ??= 'scheduled';
      else if (state.session.alive()) await withTimeout(printer.close(), launchTimeout, 'closing a tab').catch(() => undefined);
      state.holders--;
      closeSession(state);
    };

    for (let item = queue.shift(); item !== undefined; item = queue.shift()) {
      if (item.started === 0) item.started = performance.now();
      if (stopping()) {
        record(item, { id: item.job.id, status: 'stopped', attempts: item.attempt - 1 });
        continue;
      }
      if (fatal !== undefined) {
        record(item, { id: item.job.id, status: 'failed', attempts: item.attempt - 1, ms: 0, reason: fatal, code: 'launch' });
        continue;
      }
      const abort = new AbortController();
      try {
        if (mine !== undefined && (mine.state.retiring !== undefined || !mine.state.session.alive())) await release();
        if (mine === undefined) {
          const state = await orStop(sessionForNewPrinter());
          state.holders++;
          try {
            mine = { state, printer: await orStop(withTimeout(state.session.open(), launchTimeout, 'opening a tab')) };
          } catch (err) {
            state.holders--;
            retire(state, state.session.alive() ? 'timeout' : 'crash');
            throw err;
          }
        }
        const { state, printer } = mine;
        if (++state.jobs >= restartEvery) retire(state, 'scheduled');
        const value = await orStop(withTimeout(item.job.run(printer, abort.signal), options.timeoutMs, `job ${item.job.id}`, abort), abort);
        record(item, { id: item.job.id, status: 'ok', attempts: item.attempt, ms: performance.now() - item.started, value });
      } catch (err) {
        if (stopping() && !(options.fatal?.(err) ?? false)) {
          // Given up or never begun: not a failure of the job (the browser was closed under it on purpose).
          record(item, { id: item.job.id, status: 'stopped', attempts: item.attempt });
          continue;
        }
        if (options.fatal?.(err) === true) {
          halted = true;
          fatalError ??= err;
          record(item, { id: item.job.id, status: 'failed', attempts: item.attempt, ms: performance.now() - item.started, reason: messageOf(err), code: 'error' });
          continue;
        }
        let code: FailureCode = 'error';
        if (err instanceof LaunchError) code = 'launch';
        else if (mine !== undefined && !mine.state.session.alive()) code = 'crash';
        else if (err instanceof BatchTimeoutError) code = 'timeout';
        // A hung tab may hang the browser: start afresh. After a crash the session is gone anyway.
        if (mine !== undefined && (code === 'crash' || code === 'timeout')) {
          retire(mine.state, code);
          await release();
        }
        const reason = code === 'crash' ? `the browser crashed (${messageOf(err)})` : messageOf(err);
        if (item.attempt <= retries && fatal === undefined) {
          emit({ kind: 'retry', id: item.job.id, attempt: item.attempt, reason, code });
          queue.push({ ...item, attempt: item.attempt + 1 });
        } else {
          record(item, { id: item.job.id, status: 'failed', attempts: item.attempt, ms: performance.now() - item.started, reason, code });
        }
      }
    }
    await release();
  };

  const workers = Math.max(1, Math.min(options.concurrency, jobs.length));
  await Promise.all(Array.from({ length: jobs.length === 0 ? 0 : workers }, () => worker()));
  // A launch still under way when the batch stopped: close what it starts.
  if (launching !== undefined) {
    const late = launching.then((s) => s.session.close(), () => undefined);
    closing.add(late);
    void late.finally(() => closing.delete(late));
  }
  // Every worker released its printer; close the last session and wait for every close.
  if (current !== undefined) {
    current.retiring = 'scheduled';
    closeSession(current);
    current = undefined;
  }
  while (closing.size > 0) await Promise.all(closing);

  const all = results.map((r, i): JobResult<R> => r ?? failedMissing<R>(jobs[i]!.id));
  return {
    results: all,
    ok: all.filter((r) => r.status === 'ok').length,
    failed: all.filter((r) => r.status === 'failed').length,
    stopped: all.filter((r) => r.status === 'stopped').length,
    launches,
    restarts,
    ...(fatalError !== undefined ? { fatalError } : {}),
  };
}

function failedMissing<R>(id: string): JobResult<R> {
  return { id, status: 'failed', attempts: 0, ms: 0, reason: 'the job was never run', code: 'error' };
}

export function messageOf(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}

/** Resolves or rejects like `promise`, or rejects with a BatchTimeoutError after `ms` (and aborts `abort`). */
export function withTimeout<T>(promise: Promise<T>, ms: number, what: string, abort?: AbortController): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      abort?.abort();
      reject(new BatchTimeoutError(what, ms));
    }, ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}
