// Fake backends for the scheduler: sessions that crash, printers that hang or throw, with counters to check
// what the scheduler opened and closed.
import type { BatchBackend, BatchSession } from '../../pipeline/batch/index.ts';

export class FakeSession {
  alive = true;
  closed = false;
  openPrinters = 0;
  printersOpened = 0;
  constructor(readonly number: number) {}
  crash(): void {
    this.alive = false;
  }
}

export class FakePrinter {
  open = true;
  constructor(readonly session: FakeSession) {}
  async close(): Promise<void> {
    if (this.open) this.session.openPrinters--;
    this.open = false;
  }
}

export interface FakeBackend extends BatchBackend<FakePrinter> {
  sessions: FakeSession[];
  launchCalls: number;
}

export function fakeBackend(opts: { failLaunch?: boolean } = {}): FakeBackend {
  const backend: FakeBackend = {
    sessions: [],
    launchCalls: 0,
    async launch(): Promise<BatchSession<FakePrinter>> {
      backend.launchCalls++;
      await tick();
      if (opts.failLaunch) throw new Error('no browser here');
      const s = new FakeSession(backend.sessions.length + 1);
      backend.sessions.push(s);
      return {
        open: async () => {
          await tick();
          if (!s.alive) throw new Error('Target closed');
          s.openPrinters++;
          s.printersOpened++;
          return new FakePrinter(s);
        },
        alive: () => s.alive,
        close: async () => {
          s.closed = true;
        },
      };
    },
  };
  return backend;
}

export const tick = (ms = 1): Promise<void> => new Promise((r) => setTimeout(r, ms));
/** A promise that never settles (a hung tab). */
export const never = (): Promise<never> => new Promise<never>(() => undefined);
