// The review server's route to the web edition (pipeline/web/preview.ts), on a real HTTP server over a
// folder made here: files served with the site's CSP, HTML pages given the reload script, nothing outside
// web/ reachable, and a write under web/ reported (what makes the open pages reload).
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { createServer, get, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CSP } from '../../pipeline/web/index.ts';
import { serveReloadScript, serveWeb, watchWeb, WEB_RELOAD_SCRIPT } from '../../pipeline/web/preview.ts';

let yearDir: string;
let server: Server;
let base: string;

beforeAll(async () => {
  yearDir = mkdtempSync(join(tmpdir(), 'web-preview-'));
  mkdirSync(join(yearDir, 'web', 'kapittel'), { recursive: true });
  writeFileSync(join(yearDir, 'web', 'index.html'), '<!doctype html><html><head><title>x</title></head><body>start</body></html>');
  writeFileSync(join(yearDir, 'web', 'kapittel', 'a.html'), '<!doctype html><html><head></head><body>a</body></html>');
  writeFileSync(join(yearDir, 'secret.txt'), 'no');
  server = createServer((req, res) => {
    const path = req.url ?? '/';
    if (path === WEB_RELOAD_SCRIPT) return serveReloadScript(res);
    void serveWeb(res, join(yearDir, 'web'), path.slice('/web/'.length));
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(() => new Promise<void>((r) => server.close(() => r())));

describe('the web edition in the preview', () => {
  it('serves the start page for /web/ with the CSP header and the reload script', async () => {
    const res = await fetch(`${base}/web/`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-security-policy')).toBe(CSP);
    const html = await res.text();
    expect(html).toContain('start');
    expect(html).toContain(`<script defer src="${WEB_RELOAD_SCRIPT}"></script>\n</head>`);
    const js = await (await fetch(`${base}${WEB_RELOAD_SCRIPT}`)).text();
    expect(js).toContain("EventSource('/_/events?page=web')");
  });

  it('serves pages in subfolders and refuses paths out of web/', async () => {
    expect(await (await fetch(`${base}/web/kapittel/a.html`)).text()).toContain('>a<');
    // Raw paths (fetch would normalise the dots away before sending).
    const raw = (path: string) => new Promise<number>((resolve, reject) => get({ host: '127.0.0.1', port: (server.address() as AddressInfo).port, path }, (res) => resolve(res.statusCode ?? 0)).on('error', reject));
    expect(await raw('/web/%2e%2e/secret.txt')).toBe(403);
    expect(await raw('/web/../secret.txt')).toBe(403);
    expect((await fetch(`${base}/web/nope.html`)).status).toBe(404);
  });

  it('reports a write under web/ (once, debounced) and ignores the rest of the year folder', async () => {
    let calls = 0;
    watchWeb(join(yearDir, 'web'), () => calls++, 100);
    writeFileSync(join(yearDir, 'other.txt'), 'x');
    await new Promise((r) => setTimeout(r, 400));
    expect(calls).toBe(0);
    writeFileSync(join(yearDir, 'web', 'index.html'), '<html><head></head><body>new</body></html>');
    writeFileSync(join(yearDir, 'web', 'kapittel', 'a.html'), '<html><head></head><body>new</body></html>');
    await new Promise((r) => setTimeout(r, 600));
    expect(calls).toBe(1);
  });
});
