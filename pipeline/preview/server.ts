// The preview's HTTP server (node:http; routing a dozen fixed routes needs no framework):
//
//   GET  /                   start page: report chapters, fact sheets (search, filters), findings, tables
//   GET  /report             the report's cover and contents, as Chrome prints them (a pdf.js viewer of the PDF)
//   GET  /report/<chapter>   one chapter, likewise; /report/all the whole report
//   GET  /factsheet/<code>   one fact sheet, likewise
//   GET  /_/print?page=…     the printed PDF those pages show (printed once per content, kept in memory)
//   GET  /quality, /tables   the data-quality findings; the registry's tables
//   GET  /files/<path>       read-only files of output/<year>/ (e.g. the exported workbooks)
//   GET  /web/<path>         the web edition, output/<year>/web/ (pipeline/web/preview.ts), reloaded when rebuilt
//   GET  /_/events?page=…    Server-Sent Events: live reload
//   POST /_/review           { id, status, comment } → review/review-<year>.json (the only thing the server writes)
//   POST /_/pdf              { page } → the PDF of that page, printed on demand
//
// Safety: binds to 127.0.0.1 unless told otherwise; on loopback, requests naming another Host are refused
// (DNS rebinding); POSTs need JSON, the per-server token in `x-preview-token` and, when the browser sends
// one, a same-origin Origin; files are served only from the year's output folder (safe-path.ts) and a fixed
// list of the preview's own assets.
import { createHash, randomBytes } from 'node:crypto';
import { createReadStream, existsSync, readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createRequire } from 'node:module';
import { dirname, extname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Logger } from '../context.ts';
import { isItemId, ReviewError, MAX_COMMENT } from '../review/index.ts';
import { createEventHub, type EventHub } from './events.ts';
import { documentTitle, escapeHtml } from './html.ts';
import { pdfView, plainView, type ClientData } from './view.ts';
import type { PdfPrinter } from './pdf.ts';
import type { PreviewProject, RenderedDoc } from './project.ts';
import { resolveInside } from './safe-path.ts';
import { isPrintablePage, PreviewError, type PageId, type Site } from './site.ts';
import { startPage } from './start-page.ts';
import { tablesPage } from './tables-page.ts';
import { serveReloadScript, serveWeb, watchWeb, WEB_PAGE_ID, WEB_RELOAD_SCRIPT } from '../web/preview.ts';

export interface ServerOptions {
  host: string;
  /** 0 = any free port. */
  port: number;
  site: Site;
  pdf: PdfPrinter;
  log: Logger;
}

export interface PreviewServer {
  url: string;
  /** The token POSTs must carry (tests). */
  token: string;
  hub: EventHub;
  /**
   * Starts printing the open printable pages among `pages` (not awaited), so the reload they are about to be
   * told of finds their PDF printed or under way instead of asking for it only after loading the viewer.
   */
  preprint(pages: readonly string[] | '*'): void;
  close(): Promise<void>;
}

const HERE = dirname(fileURLToPath(import.meta.url));
const require = createRequire(import.meta.url);
const PDFJS = dirname(require.resolve('pdfjs-dist/package.json'));

/** The preview's own assets: fixed names, read once. */
function loadAssets(): Record<string, { body: Buffer; type: string; etag: string }> {
  const js = 'text/javascript; charset=utf-8';
  const withTags = (assets: Record<string, { body: Buffer; type: string }>) =>
    Object.fromEntries(Object.entries(assets).map(([path, a]) => [path, { ...a, etag: `"${createHash('sha256').update(a.body).digest('base64url').slice(0, 22)}"` }]));
  return withTags({
    '/_/client.js': { body: readFileSync(join(HERE, 'client', 'client.js')), type: js },
    '/_/start.js': { body: readFileSync(join(HERE, 'client', 'start.js')), type: js },
    '/_/viewer.js': { body: readFileSync(join(HERE, 'client', 'viewer.js')), type: js },
    '/_/preview.css': { body: readFileSync(join(HERE, 'client', 'preview.css')), type: 'text/css; charset=utf-8' },
    // pdf.js from node_modules (never a CDN): the library and its worker.
    '/_/pdfjs/pdf.mjs': { body: readFileSync(join(PDFJS, 'build', 'pdf.min.mjs')), type: js },
    '/_/pdfjs/pdf.worker.mjs': { body: readFileSync(join(PDFJS, 'build', 'pdf.worker.min.mjs')), type: js },
  });
}

const CSP =
  "default-src 'none'; script-src 'self'; style-src 'self' 'unsafe-inline' data: blob:; img-src 'self' data: blob:; " +
  "font-src 'self' data:; connect-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.pdf': 'application/pdf',
  '.xlsx': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  '.csv': 'text/csv; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.txt': 'text/plain; charset=utf-8',
};

const LOOPBACK = new Set(['127.0.0.1', 'localhost', '::1', '[::1]']);

export function isLoopback(host: string): boolean {
  return LOOPBACK.has(host) || /^127\.\d+\.\d+\.\d+$/.test(host);
}

/** The built files a reviewer may download (the tables, the quality report's workbook, the report's PDF), as paths under /files/. */
function listDownloads(layout: PreviewProject['layout']): string[] {
  return [layout.tables.xlsx, layout.quality.xlsx, layout.report.pdf].filter((f) => existsSync(f)).map((f) => relative(layout.dir, f).split(sep).join('/'));
}

export async function startServer(opts: ServerOptions): Promise<PreviewServer> {
  const assets = loadAssets();
  const token = randomBytes(18).toString('base64url');
  const hub = createEventHub();
  const { site, pdf, log } = opts;
  const checkHost = isLoopback(opts.host);
  let port = opts.port;

  const send = (res: ServerResponse, status: number, type: string, body: string | Buffer | Uint8Array, extra: Record<string, string> = {}) => {
    res.writeHead(status, { 'content-type': type, 'cache-control': 'no-store', ...SECURITY_HEADERS, ...extra });
    res.end(body);
  };
  const sendJson = (res: ServerResponse, status: number, value: unknown) => send(res, status, 'application/json; charset=utf-8', JSON.stringify(value));
  const sendError = (res: ServerResponse, status: number, message: string) => send(res, status, 'text/plain; charset=utf-8', `${status} ${message}\n`);

  const client = (page: string, title: string, printable: boolean, items: ClientData['items'] = []): Omit<ClientData, 'pdf'> => ({
    page,
    token,
    title,
    printable,
    items,
    links: [],
  });

  const reviewItems = (project: PreviewProject, page: string): ClientData['items'] => {
    const ids: { id: string; label: string }[] =
      page === 'report' || page === 'report-all'
        ? project.chapters.map((c) => ({ id: `report:${c.id}`, label: c.title }))
        : [{ id: page, label: project.chapters.find((c) => `report:${c.id}` === page)?.title ?? page }];
    const statuses = site.statuses(project, ids.map((i) => i.id));
    return ids.map(({ id, label }) => {
      const s = statuses.get(id);
      return { id, label, status: s?.status ?? 'needs-review', comment: s?.comment ?? '', ...(s?.at ? { at: s.at } : {}) };
    });
  };

  const pageHtml = async (page: PageId): Promise<string> => {
    const project = await site.project();
    if (page === 'index') {
      const statuses = site.statuses(project);
      const st = (id: string) => statuses.get(id) ?? { status: 'needs-review' as const, comment: '' };
      if (project.chapters.some((c) => statuses.get(`report:${c.id}`)?.pending)) {
        // The chapters' statuses need the report: render it once this page has loaded, then reload it.
        setTimeout(() => void site.renderReport().then((pages) => hub.publish(pages), () => undefined), 1_000).unref();
      }
      return plainView(
        startPage({
          year: project.year,
          synthetic: project.synthetic,
          units: project.units.map((u) => ({ ...u, ...st(`factsheet:${u.code}`) })),
          chapters: project.chapters.map((c) => ({ ...c, ...st(`report:${c.id}`) })),
          fylker: project.fylker,
          downloads: listDownloads(project.layout),
        }),
        client('index', `Oversikt ${project.year}`, false),
      );
    }
    if (page === 'quality') return plainView(project.quality(), client('quality', 'Datakvalitet', false));
    if (page === 'tables') return plainView(tablesPage(await project.tables(), listDownloads(project.layout), project.year), client('tables', 'Tabeller', false));
    const doc = await site.doc(project, page);
    const unit = page.startsWith('factsheet:') ? project.units.find((u) => `factsheet:${u.code}` === page) : undefined;
    const chapter = project.chapters.find((c) => `report:${c.id}` === page);
    const title = unit ? `${unit.name} (${unit.code})` : chapter ? chapter.title : (documentTitle(doc.html) ?? 'Rapporten');
    const links = page.startsWith('report')
      ? [
          { href: '/report', label: 'Forside og innhold', current: page === 'report' },
          ...project.chapters.map((c) => ({ href: `/report/${c.id}`, label: c.title, current: page === `report:${c.id}` })),
          { href: '/report/all', label: 'Hele rapporten (tar lang tid)', current: page === 'report-all' },
        ]
      : [];
    const notes = unit ? (project.comments?.(unit.code) ?? []).map((c) => ({ title: `Kommentar fra ${unit.name} i skjemaet for ${c.year}`, text: c.text })) : [];
    return pdfView({ ...client(page, title, true, reviewItems(project, page)), links, ...(notes.length > 0 ? { notes } : {}) }, /<html[^>]*\slang="([^"]+)"/i.exec(doc.html)?.[1]);
  };

  /** Each document's printed PDF, printed once (the site keeps a document object while its content is the same). */
  const printedDocs = new WeakMap<RenderedDoc, Promise<Uint8Array>>();
  const printed = (doc: RenderedDoc): Promise<Uint8Array> => {
    let bytes = printedDocs.get(doc);
    if (bytes === undefined) {
      const started = performance.now();
      bytes = pdf.print(doc);
      printedDocs.set(doc, bytes);
      bytes.then(
        () => log.info(`printed ${doc.fileName} in ${((performance.now() - started) / 1000).toFixed(1)} s`),
        () => printedDocs.delete(doc), // not kept: the next request tries again
      );
    }
    return bytes;
  };

  const errorPage = (page: string, err: unknown): string => {
    const message = err instanceof Error ? err.message : String(err);
    return plainView(
      `<!DOCTYPE html><html lang="nb"><head><meta charset="utf-8"><title>Feil</title></head><body style="font:15px system-ui,sans-serif;margin:24px">` +
        `<h1>Siden kunne ikke lages</h1><pre style="white-space:pre-wrap;background:#fbe3d6;padding:12px">${escapeHtml(message)}</pre>` +
        `<p>Siden lastes på nytt av seg selv når malen eller dataene endres.</p></body></html>`,
      client(page, 'Feil', false),
    );
  };

  const routePage = (path: string): PageId | undefined => {
    if (path === '/') return 'index';
    if (path === '/report') return 'report';
    if (path === '/report/all') return 'report-all';
    const chapter = /^\/report\/([a-z0-9-]{1,64})$/.exec(path);
    if (chapter) return `report:${chapter[1]}`;
    if (path === '/quality') return 'quality';
    if (path === '/tables') return 'tables';
    const m = /^\/factsheet\/([0-9A-Za-z]{1,12})$/.exec(path);
    return m ? `factsheet:${m[1]}` : undefined;
  };

  const readBody = (req: IncomingMessage, limit = 16_384): Promise<string> =>
    new Promise((resolve, reject) => {
      let size = 0;
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => {
        size += c.length;
        if (size > limit) {
          reject(new PreviewError('preview.bad-request', 'request body too large'));
          req.destroy();
        } else chunks.push(c);
      });
      req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
      req.on('error', reject);
    });

  /** CSRF: JSON only, the server's token, and a same-origin Origin when there is one. */
  const postAllowed = (req: IncomingMessage): string | undefined => {
    if (!/^application\/json\b/i.test(req.headers['content-type'] ?? '')) return 'expected application/json';
    if (req.headers['x-preview-token'] !== token) return 'missing or wrong token';
    const origin = req.headers.origin;
    if (origin !== undefined && origin !== `http://${req.headers.host ?? ''}`) return 'cross-origin request';
    if (req.headers['sec-fetch-site'] !== undefined && !['same-origin', 'none'].includes(String(req.headers['sec-fetch-site']))) return 'cross-site request';
    return undefined;
  };

  const handle = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const rawUrl = req.url ?? '/';
    if (checkHost) {
      const host = (req.headers.host ?? '').replace(/:\d+$/, '');
      if (!isLoopback(host)) return sendError(res, 403, 'unexpected Host header');
    }
    const q = rawUrl.indexOf('?');
    const path = q >= 0 ? rawUrl.slice(0, q) : rawUrl;
    const query = new URLSearchParams(q >= 0 ? rawUrl.slice(q + 1) : '');

    if (req.method === 'POST') {
      const refused = postAllowed(req);
      if (refused) return sendJson(res, 403, { error: refused });
      let body: Record<string, unknown>;
      try {
        const parsed: unknown = JSON.parse(await readBody(req));
        if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) throw new Error('expected an object');
        body = parsed as Record<string, unknown>;
      } catch (err) {
        return sendJson(res, 400, { error: `bad JSON: ${(err as Error).message}` });
      }
      if (path === '/_/review') {
        const { id, status, comment } = body;
        if (typeof id !== 'string' || !isItemId(id)) return sendJson(res, 400, { error: 'unknown item id' });
        if (status !== 'approved' && status !== 'needs-changes') return sendJson(res, 400, { error: 'status must be approved or needs-changes' });
        if (comment !== undefined && (typeof comment !== 'string' || comment.length > MAX_COMMENT)) return sendJson(res, 400, { error: 'bad comment' });
        try {
          const result = await site.decide(id, { status, comment: comment ?? '' });
          log.info(`review: ${id} → ${result.status}${result.comment ? ` (${result.comment})` : ''}`);
          hub.publish(['index']);
          return sendJson(res, 200, { id, ...result });
        } catch (err) {
          if (err instanceof PreviewError) return sendJson(res, 404, { error: err.message });
          if (err instanceof ReviewError) return sendJson(res, err.code === 'review.invalid-file' ? 500 : 400, { error: err.message });
          throw err;
        }
      }
      if (path === '/_/pdf') {
        const page = body.page;
        if (typeof page !== 'string' || !isPrintablePage(page)) return sendJson(res, 400, { error: 'not a printable page' });
        try {
          const project = await site.project();
          // Any part of the report prints the whole report.
          const doc = await site.doc(project, page.startsWith('report') ? 'report-all' : page);
          const bytes = await printed(doc);
          return send(res, 200, 'application/pdf', Buffer.from(bytes), {
            'content-disposition': `attachment; filename="${doc.fileName.replace(/[^\w.-]/g, '_')}"`,
          });
        } catch (err) {
          if (err instanceof PreviewError) return sendJson(res, 404, { error: err.message });
          return sendJson(res, 500, { error: err instanceof Error ? err.message : String(err) });
        }
      }
      return sendJson(res, 404, { error: 'no such endpoint' });
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') return sendError(res, 405, 'method not allowed');

    const asset = assets[path];
    if (asset) {
      // Revalidated, not re-sent: a reload then takes pdf.js (1,5 MB) from the browser's cache, compiled.
      const cache = { 'cache-control': 'no-cache', etag: asset.etag };
      if (req.headers['if-none-match'] === asset.etag) return send(res, 304, asset.type, '', cache);
      return send(res, 200, asset.type, asset.body, cache);
    }
    if (path === '/_/events') return hub.subscribe(req, res, query.get('page') ?? 'index');
    if (path === '/_/print') {
      const page = query.get('page') ?? '';
      if (!isPrintablePage(page)) return sendError(res, 400, 'not a printable page');
      try {
        const bytes = await printed(await site.doc(await site.project(), page));
        return send(res, 200, 'application/pdf', Buffer.from(bytes));
      } catch (err) {
        if (err instanceof PreviewError) return sendError(res, 404, err.message);
        log.warn(`${rawUrl}: ${err instanceof Error ? err.message : String(err)}`);
        return send(res, 500, 'text/plain; charset=utf-8', err instanceof Error ? err.message : String(err));
      }
    }
    if (path === '/favicon.ico') return send(res, 204, 'text/plain', '');
    if (path === WEB_RELOAD_SCRIPT) return serveReloadScript(res);
    if (path === '/web') return send(res, 302, 'text/plain', '', { location: '/web/' });
    if (path.startsWith('/web/')) {
      const { layout } = await site.project();
      watchWeb(layout.web.dir, () => hub.publish([WEB_PAGE_ID]));
      return serveWeb(res, layout.web.dir, path.slice('/web/'.length));
    }
    if (path.startsWith('/files/')) {
      const project = await site.project();
      const r = resolveInside(project.layout.dir, path.slice('/files/'.length));
      if (!r.ok) return sendError(res, r.status, r.status === 404 ? 'not found' : r.status === 400 ? 'bad request' : 'forbidden');
      res.writeHead(200, { 'content-type': TYPES[extname(r.file).toLowerCase()] ?? 'application/octet-stream', 'cache-control': 'no-store', ...SECURITY_HEADERS });
      createReadStream(r.file).pipe(res);
      return;
    }
    const page = routePage(path);
    if (page === undefined) return sendError(res, path.includes('..') || /%2e|%5c|%00|\\/i.test(path) ? 403 : 404, 'not found');
    try {
      return send(res, 200, 'text/html; charset=utf-8', await pageHtml(page));
    } catch (err) {
      if (err instanceof PreviewError) return send(res, 404, 'text/html; charset=utf-8', errorPage(page, err));
      log.warn(`${path}: ${err instanceof Error ? err.message : String(err)}`);
      return send(res, 500, 'text/html; charset=utf-8', errorPage(page, err));
    }
  };

  const server: Server = createServer((req, res) => {
    handle(req, res).catch((err: unknown) => {
      log.error(`${req.url}: ${err instanceof Error ? err.message : String(err)}`);
      if (!res.headersSent) sendError(res, 500, 'internal error');
      else res.end();
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, opts.host, () => resolve());
  });
  port = (server.address() as AddressInfo).port;
  const hostInUrl = opts.host.includes(':') ? `[${opts.host}]` : opts.host;
  return {
    url: `http://${hostInUrl}:${port}/`,
    token,
    hub,
    preprint(pages) {
      const open = hub.open().filter((p): p is PageId => isPrintablePage(p) && (pages === '*' || pages.includes(p)));
      for (const page of open) {
        void site
          .project()
          .then((project) => site.doc(project, page))
          .then(printed)
          .catch(() => undefined); // the page's own request shows the error
      }
    },
    async close() {
      hub.close();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

const SECURITY_HEADERS: Record<string, string> = {
  'content-security-policy': CSP,
  'x-content-type-options': 'nosniff',
  'x-frame-options': 'DENY',
  'referrer-policy': 'no-referrer',
  'cross-origin-resource-policy': 'same-origin',
};
