// Stopping a long command on a signal. SIGINT (Ctrl-C), SIGTERM and SIGHUP ask the running command to stop:
// `stopSignal` aborts, and every part that starts work looks at it (the batch starts no new sheet, the build
// no new stage, every browser is closed: pipeline/print/launch.ts). The command then prints what it did and
// exits with 128 + the signal's number (130, 143, 129). A second signal (a second later or more: Ctrl-C
// reaches a command run by npm twice, from the terminal and from npm), or a command that has not ended
// `graceMs` after the first, ends the process at once (browsers are killed by their exit handler).
//
// Run through npm (`npm run factsheets`), the command is started with `exec`, so it is npm's own child: npm
// passes SIGINT and SIGTERM on to it. npm does not pass SIGHUP on; it dies of it, and the command, finding that
// its npm parent is gone, stops as for SIGHUP (`watchParent`).
//
//   const stop = installStopHandlers({ log });
//   const code = await run({ signal: stop.signal });
//   process.exitCode = stop.exitCode(code);
import { constants } from 'node:os';
import type { Logger } from '../context.ts';
import { PipelineError } from '../errors.ts';

export type StopSignalName = 'SIGINT' | 'SIGTERM' | 'SIGHUP';
export const STOP_SIGNALS: readonly StopSignalName[] = ['SIGINT', 'SIGTERM', 'SIGHUP'];

/** The exit codes of every command (README "Exit codes"). */
export const EXIT = { ok: 0, failure: 1, usage: 2 } as const;

/** 130 for SIGINT, 143 for SIGTERM, 129 for SIGHUP: what a shell reports for a process ended by the signal. */
export function signalExitCode(signal: StopSignalName): number {
  return 128 + constants.signals[signal];
}

const controller = new AbortController();
/** Aborts (its reason: the signal's name) when the process was asked to stop. Never aborts without installStopHandlers. */
export const stopSignal: AbortSignal = controller.signal;

/** The signal that asked the process to stop, if one did. */
export function stoppedBy(): StopSignalName | undefined {
  return stopSignal.aborted ? (stopSignal.reason as StopSignalName) : undefined;
}

/** Thrown by work that was not started because the process is stopping. */
export class StoppedError extends PipelineError {
  constructor(readonly by: StopSignalName) {
    super('stop.stopped', `stopped by ${by}`);
  }
}

/** Throws StoppedError when `signal` has aborted (its reason is the signal's name). */
export function throwIfStopped(signal: AbortSignal = stopSignal): void {
  if (signal.aborted) throw new StoppedError(signal.reason as StopSignalName);
}

export interface StopOptions {
  log: Logger;
  /** Milliseconds from the first signal to ending the process regardless; default 4 000 (a stop takes at most 5 s). */
  graceMs?: number;
  /** Stop as for SIGHUP when the npm process that started this one is gone; default: when run by npm. */
  watchParent?: boolean;
}

export interface StopHandle {
  signal: AbortSignal;
  /** `code` when the command was not stopped, else the signal's exit code. */
  exitCode(code: number): number;
}

let installed = false;

/** Installs the handlers (once per process); later calls return the same handle. */
export function installStopHandlers(opts: StopOptions): StopHandle {
  const handle: StopHandle = { signal: stopSignal, exitCode: (code) => (stoppedBy() !== undefined ? signalExitCode(stoppedBy()!) : code) };
  if (installed) return handle;
  installed = true;
  const graceMs = opts.graceMs ?? 4_000;

  let firstAt = 0;
  const request = (signal: StopSignalName, why: string): void => {
    if (stopSignal.aborted) {
      // Ctrl-C in a terminal reaches this process twice: from the terminal (the whole process group) and
      // passed on by npm. Only a signal sent later is a second one.
      if (performance.now() - firstAt < 1_000) return;
      opts.log.warn(`${signal} again: ending now`);
      process.exit(handle.exitCode(EXIT.failure));
    }
    firstAt = performance.now();
    opts.log.warn(`${why}: stopping (no new work is started; what is unfinished is not written)`);
    controller.abort(signal);
    // Work that does not come back in time (a long synchronous step, a hung close) does not keep the process.
    setTimeout(() => {
      opts.log.error(`not stopped ${graceMs / 1000} s after ${signal}: ending now`);
      process.exit(handle.exitCode(EXIT.failure));
    }, graceMs).unref();
  };
  for (const s of STOP_SIGNALS) process.on(s, () => request(s, s));

  if (opts.watchParent ?? process.env.npm_lifecycle_event !== undefined) {
    const parent = process.ppid;
    const timer = setInterval(() => {
      if (process.ppid !== parent) {
        clearInterval(timer);
        request('SIGHUP', `the npm process that started this command (${parent}) is gone`);
      }
    }, 500);
    timer.unref();
  }
  return handle;
}
