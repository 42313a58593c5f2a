// Server-Sent Events to the open pages: each page subscribes with its page id (/_/events?page=…); a change
// is pushed as `event: change` with the ids of the pages whose content changed (or '*'), and the page
// reloads itself if it is one of them. A comment line every 15 s keeps idle connections open.
import type { IncomingMessage, ServerResponse } from 'node:http';

export interface EventHub {
  /** Answers an EventSource request and keeps the connection until the client goes away. */
  subscribe(req: IncomingMessage, res: ServerResponse, page: string): void;
  /** Page ids with at least one open connection. */
  open(): string[];
  /** Tells the open pages what changed. */
  publish(pages: readonly string[] | '*'): void;
  close(): void;
}

export function createEventHub(keepAliveMs = 15_000): EventHub {
  const clients = new Set<{ res: ServerResponse; page: string }>();
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
      req.on('close', () => clients.delete(client));
    },
    open: () => [...new Set([...clients].map((c) => c.page))],
    publish(pages) {
      const data = JSON.stringify({ pages });
      for (const c of clients) {
        if (pages === '*' || pages.includes(c.page)) c.res.write(`event: change\ndata: ${data}\n\n`);
      }
    },
    close() {
      clearInterval(timer);
      for (const c of clients) c.res.end();
      clients.clear();
    },
  };
}
