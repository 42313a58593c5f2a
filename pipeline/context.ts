// Side effects passed to the stages: logger, clock and output paths. Stages never write to the
// console or read the clock themselves, so tests can fake and assert on them.
import type { Finding } from './types.ts';

export interface Logger {
  info(message: string): void;
  warn(message: string): void;
  error(message: string): void;
  /** A finding from ingest/validate, for the terminal summary. */
  finding?(finding: Finding): void;
}

export interface Context {
  log: Logger;
  /** The build's timestamp; injected so outputs can be made reproducible. */
  now: () => Date;
  /** Project root (where package.json lives). */
  root: string;
}

export const consoleLogger: Logger = {
  info: (m) => console.log(m),
  warn: (m) => console.warn(`warning: ${m}`),
  error: (m) => console.error(`error: ${m}`),
};

/** A logger that records messages, for tests. */
export function memoryLogger(): Logger & { lines: { level: string; message: string }[] } {
  const lines: { level: string; message: string }[] = [];
  return {
    lines,
    info: (message) => lines.push({ level: 'info', message }),
    warn: (message) => lines.push({ level: 'warn', message }),
    error: (message) => lines.push({ level: 'error', message }),
  };
}
