// Progress of a batch: a cli-progress bar on a terminal, plain lines otherwise (CI logs, pipes), nothing when
// told. Plain mode writes a line at every tenth of the way and one for each retry, failure and browser
// restart; the bar shows the counts and leaves the details to the summary.
import cliProgress from 'cli-progress';
import type { Logger } from '../context.ts';
import type { BatchEvent } from './scheduler.ts';

export type ProgressMode = 'bar' | 'lines' | 'none';

export interface ProgressReporter {
  /** Receives the scheduler's events (BatchOptions.onEvent). */
  event(event: BatchEvent<unknown>): void;
  stop(): void;
}

/** 'bar' when stdout is a terminal, otherwise 'lines'. */
export function defaultProgressMode(stream: { isTTY?: boolean } = process.stdout): ProgressMode {
  return stream.isTTY === true ? 'bar' : 'lines';
}

export interface ProgressOptions {
  mode: ProgressMode;
  total: number;
  /** What is being made, e.g. "fact sheets". */
  what: string;
  log: Logger;
  /** A readable name for a job id in messages (e.g. "4601 Bergen"). */
  label?: (id: string) => string;
  /** For the bar; default process.stdout. */
  stream?: NodeJS.WritableStream;
}

export function progressReporter(options: ProgressOptions): ProgressReporter {
  const label = options.label ?? ((id: string) => id);
  if (options.mode === 'none' || options.total === 0) return { event: () => undefined, stop: () => undefined };
  if (options.mode === 'lines') return linesReporter(options, label);

  const bar = new cliProgress.SingleBar(
    {
      format: `${options.what} {bar} {value}/{total} | {failed} failed | {duration_formatted} (ETA {eta_formatted})`,
      stream: options.stream ?? process.stdout,
      hideCursor: true,
      etaBuffer: 50,
    },
    cliProgress.Presets.shades_classic,
  );
  let failed = 0;
  bar.start(options.total, 0, { failed });
  return {
    event(e) {
      if (e.kind !== 'done' || e.result.status === 'stopped') return;
      if (e.result.status === 'failed') failed++;
      bar.update(e.done, { failed });
    },
    stop: () => bar.stop(),
  };
}

function linesReporter(options: ProgressOptions, label: (id: string) => string): ProgressReporter {
  const { log, total, what } = options;
  const started = performance.now();
  let lastTenth = 0;
  return {
    event(e) {
      if (e.kind === 'launch' && e.reason !== 'start') log.info(`browser restarted (${e.reason})`);
      if (e.kind === 'retry') log.warn(`${label(e.id)}: attempt ${e.attempt} failed (${e.reason}); trying again`);
      // A stopped batch reports the jobs it did not do in its summary, not as progress.
      if (e.kind !== 'done' || e.result.status === 'stopped') return;
      if (e.result.status === 'failed') log.error(`${label(e.result.id)}: ${e.result.reason}`);
      const tenth = Math.floor((e.done / total) * 10);
      if (tenth > lastTenth || e.done === total) {
        lastTenth = tenth;
        const s = (performance.now() - started) / 1000;
        log.info(`${what}: ${e.done}/${total} (${Math.round((e.done / total) * 100)} %) in ${s.toFixed(1)} s`);
      }
    },
    stop: () => undefined,
  };
}
