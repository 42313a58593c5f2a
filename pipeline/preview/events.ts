// Server-Sent Events to the open pages: each page subscribes with its page id (/_/events?page=…); a change
// is pushed as `event: change` with the ids of the pages whose content changed (or '*'), and the page
// reloads itself if it is one of them. A page subscribes once it has been laid out, so a new subscription
// after a publish tells that the page is back (`settled`). A comment line every 15 s keeps idle connections
// open.
import type { IncomingMessage, ServerResponse } from 'node:http';

export interface EventHub {
  /** Answers an EventSource request and keeps the connection until the client goes away. */
  subscribe(req: IncomingMessage, res: ServerResponse, page: string): void;
  /** Page ids with at least one open connection. */
  open(): string[];
  /** Tells the open pages what changed. */
  publish(pages: readonly string[] | '*'): void;
  /**
   * Resolves when the pages told of the last `publish` have come back (a page subscribes again once it has
   * reloaded and been laid out), or after `timeoutMs`.
   */
  settled(timeoutMs: number): Promise<void>;
  close(): void;
}

export function createEventHub(keepAliveMs = 15_000): EventHub {
  const clients = new Set<{ res: ServerResponse; page: string }>();
  /** Pages told of the last publish that have not subscribed again yet. */
  let awaited = new Set<string>();
  let onBack: (() => void) | undefined;
  const timer = setInterval(() => {
    for (const c of clients) c.res.write(': keep-alive\n\n');
  }, keepAliveMs);
  timer.unref();
  return {
    subscribe(req, res, page) {
      res.writeHead(200, {
        'content-type': 'text/event-stream; charset=utf-8',
        'cache-control': 'no-store',
        connection: 'keep-alive',
        'x-content-type-options': 'nosniff',
      });
      res.write('retry: 500\n\n');
      const client = { res, page };
      clients.add(client);
      if (awaited.delete(page) && awaited.size === 0) onBack?.();
      req.on('close', () => clients.delete(client));
    },
    open: () => [...new Set([...clients].map((c) => c.page))],
    publish(pages) {
      const data = JSON.stringify({ pages });
      awaited = new Set();
      for (const c of clients) {
        if (pages === '*' || pages.includes(c.page)) {
          c.res.write(`event: change\ndata: ${data}\n\n`);
          awaited.add(c.page);
        }
      }
    },
    settled(timeoutMs) {
      if (awaited.size === 0) return Promise.resolve();
      return new Promise<void>((resolve) => {
        const timer = setTimeout(done, timeoutMs);
        function done() {
          clearTimeout(timer);
          onBack = undefined;
          resolve();
        }
        onBack = done;
      });
    },
    close() {
      clearInterval(timer);
      for (const c of clients) c.res.end();
      clients.clear();
    },
  };
}
