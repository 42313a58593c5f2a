// The web edition inside the review server (npm run preview): GET /web/<path> serves output/<year>/web/ as
// it is on disk (the site's own CSP as a header too), and its HTML pages get a small reload script that
// listens on the server's live-reload events: when a build rewrites the site, the open web pages reload.
import { createReadStream, watch, type FSWatcher } from 'node:fs';
import type { ServerResponse } from 'node:http';
import { basename, dirname, extname, sep } from 'node:path';
import { readFile } from 'node:fs/promises';
import { resolveInside } from '../preview/safe-path.ts';
import { CSP } from './layout.ts';

/** The page id the web pages subscribe with (/_/events?page=web). */
export const WEB_PAGE_ID = 'web';
export const WEB_RELOAD_SCRIPT = '/_/web-reload.js';
const RELOAD_JS = `new EventSource('/_/events?page=${WEB_PAGE_ID}').addEventListener('change', () => location.reload());\n`;

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.woff2': 'font/woff2',
  '.csv': 'text/csv; charset=utf-8',
  '.pdf': 'application/pdf',
  '.xlsx': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

const HEADERS = { 'content-security-policy': CSP, 'x-content-type-options': 'nosniff', 'referrer-policy': 'no-referrer', 'cache-control': 'no-cache' };

/** Serves the reload script or a file of the web edition (`rest`: the URL path after /web/). */
export async function serveWeb(res: ServerResponse, webDir: string, rest: string): Promise<void> {
  const r = resolveInside(webDir, rest === '' || rest.endsWith('/') ? `${rest}index.html` : rest);
  if (!r.ok) {
    res.writeHead(r.status, { 'content-type': 'text/plain; charset=utf-8', ...HEADERS });
    res.end(r.status === 404 ? 'Nettutgaven er ikke bygget ennå (npm start), eller siden finnes ikke.' : 'forbidden');
    return;
  }
  const type = TYPES[extname(r.file).toLowerCase()] ?? 'application/octet-stream';
  if (type.startsWith('text/html')) {
    const html = await readFile(r.file, 'utf8');
    res.writeHead(200, { 'content-type': type, ...HEADERS });
    res.end(html.replace('</head>', `<script defer src="${WEB_RELOAD_SCRIPT}"></script>\n</head>`));
    return;
  }
  res.writeHead(200, { 'content-type': type, ...HEADERS });
  createReadStream(r.file).pipe(res);
}

export function serveReloadScript(res: ServerResponse): void {
  res.writeHead(200, { 'content-type': 'text/javascript; charset=utf-8', ...HEADERS });
  res.end(RELOAD_JS);
}

/**
 * Calls `changed` (debounced) when anything under `webDir` is written; started once per folder. Watches the
 * folder above it (the year's), so a web edition built after the preview started is seen too.
 */
const watchers = new Map<string, FSWatcher>();
export function watchWeb(webDir: string, changed: () => void, debounceMs = 400): void {
  if (watchers.has(webDir)) return;
  const name = basename(webDir);
  let timer: NodeJS.Timeout | undefined;
  try {
    const w = watch(dirname(webDir), { recursive: true }, (_event, file) => {
      if (typeof file !== 'string' || (file !== name && !file.startsWith(`${name}${sep}`)) || file.includes('.tmp')) return;
      clearTimeout(timer);
      timer = setTimeout(changed, debounceMs);
    });
    w.unref();
    watchers.set(webDir, w);
  } catch {
    // No year folder yet: the next request tries again.
  }
}
