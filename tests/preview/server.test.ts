// The preview server over raw HTTP with the stand-in project: traversal attempts, Host and CSRF checks,
// the review gate (approve → review.json; a data change resets the approval), incremental re-rendering,
// and that review.json is the only file the server writes.
import { mkdirSync, readdirSync, readFileSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { memoryLogger } from '../../pipeline/context.ts';
import { startPreview, type Preview } from '../../pipeline/preview/index.ts';
import type { PdfPrinter } from '../../pipeline/preview/pdf.ts';
import { approvalChecker, contentHash, readReviewState } from '../../pipeline/review/index.ts';
import { BERGEN_COMMENT, createFixture, type Fixture, type FixtureUnit } from './fixture.ts';

interface Reply {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

/** A request with the path sent exactly as given (no URL normalisation, unlike fetch). */
function raw(base: string, method: string, path: string, opts: { headers?: Record<string, string>; body?: string } = {}): Promise<Reply> {
  const u = new URL(base);
  return new Promise((resolve, reject) => {
    const req = request({ host: u.hostname, port: u.port, method, path, headers: opts.headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString('utf8') }));
    });
    req.on('error', reject);
    if (opts.body !== undefined) req.write(opts.body);
    req.end();
  });
}

function listFiles(dir: string): Map<string, number> {
  const out = new Map<string, number>();
  const walk = (d: string) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const p = join(d, e.name);
      if (e.isDirectory()) walk(p);
      else if (!e.isSymbolicLink()) out.set(relative(dir, p), statSync(p).mtimeMs);
    }
  };
  walk(dir);
  return out;
}

async function waitForChange(preview: Preview, count: number): Promise<void> {
  for (let i = 0; i < 200 && preview.changes.count <= count; i++) await new Promise((r) => setTimeout(r, 25));
  expect(preview.changes.count).toBeGreaterThan(count);
  await preview.changes.last;
}

/** A stand-in printer: the "PDF" names the file and holds the document it was printed from. */
const fakePdf: PdfPrinter = { print: async (doc) => new TextEncoder().encode(`%PDF-fake ${doc.fileName}\n${doc.html}`), close: async () => undefined };
/** What the viewer of a printable page shows: the PDF printed from its document. */
const printedPage = async (base: string, page: string): Promise<string> => (await raw(base, 'GET', `/_/print?page=${encodeURIComponent(page)}`)).body;

describe('preview server', () => {
  let fx: Fixture;
  let preview: Preview;
  const log = memoryLogger();
  let secret: string;

  beforeAll(async () => {
    fx = createFixture();
    // A secret outside the served folders, and symlinks inside the output folder pointing at it.
    secret = join(fx.dir, 'secret.txt');
    writeFileSync(secret, 'TOP-SECRET');
    mkdirSync(join(fx.dir, 'outside'));
    writeFileSync(join(fx.dir, 'outside', 'x.txt'), 'TOP-SECRET');
    symlinkSync(secret, join(fx.out, '2024', 'escape.txt'));
    symlinkSync(join(fx.dir, 'outside'), join(fx.out, '2024', 'linkdir'));
    mkdirSync(join(fx.out, '2024', '.hidden'));
    writeFileSync(join(fx.out, '2024', '.hidden', 'h.txt'), 'TOP-SECRET');
    preview = await startPreview({ source: fx.source, host: '127.0.0.1', port: 0, dataFiles: /\.json$/, pdf: fakePdf, settleTimeoutMs: 300 }, { log, now: () => new Date('2025-03-01T10:00:00Z'), root: fx.dir });
  });
  afterAll(async () => {
    await preview?.close();
    fx?.cleanup();
  });

  it('binds to loopback on a free port and serves the start page with every unit', async () => {
    expect(preview.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
    const r = await raw(preview.url, 'GET', '/');
    expect(r.status).toBe(200);
    expect(r.headers['content-security-policy']).toContain("script-src 'self'");
    for (const name of ['Oslo', 'Bergen', 'Sogndal', 'Kongsvinger', 'Tromsø', 'Vestland']) expect(r.body).toContain(`>${name}</a>`);
    expect(r.body).toContain('/report');
    expect(r.body).toContain('/quality');
    expect(r.body).toContain('/files/tabeller/tabeller-2024.xlsx');
  });

  it('serves a sheet as a viewer of its printed PDF, with pdf.js from node_modules', async () => {
    const r = await raw(preview.url, 'GET', '/factsheet/4601');
    expect(r.status).toBe(200);
    expect(r.body).toContain('<script type="module" src="/_/viewer.js"></script>');
    expect(r.body).toContain('"pdf":"/_/print?page=factsheet%3A4601"');
    expect(r.body).toContain('<title>Bergen (4601)</title>');
    // The printed PDF is what the printer made of the sheet's own document.
    const printed = await raw(preview.url, 'GET', '/_/print?page=factsheet%3A4601');
    expect(printed.status).toBe(200);
    expect(printed.headers['content-type']).toBe('application/pdf');
    expect(printed.body).toMatch(/^%PDF-fake 4601-bergen\.pdf\n<!DOCTYPE html>/);
    expect(printed.body).toContain('Bergen (4601)');
    expect((await raw(preview.url, 'GET', '/_/print?page=index')).status).toBe(400);
    expect((await raw(preview.url, 'GET', '/_/print?page=factsheet%3A9999')).status).toBe(404);
    for (const asset of ['/_/viewer.js', '/_/pdfjs/pdf.mjs', '/_/pdfjs/pdf.worker.mjs']) {
      const js = await raw(preview.url, 'GET', asset);
      expect(js.status, asset).toBe(200);
      expect(js.headers['content-type'], asset).toMatch(/^text\/javascript/);
    }
    expect((await raw(preview.url, 'GET', '/_/pdfjs/pdf.mjs')).body).toContain('GlobalWorkerOptions');
    expect((await raw(preview.url, 'GET', '/_/pagedjs.js')).status).toBe(404);
    expect((await raw(preview.url, 'GET', '/factsheet/9999')).status).toBe(404);
  });

  it('gives a sheet’s page the unit’s own comment for the reviewer, as data the page cannot run', async () => {
    const dataOf = (body: string) => {
      const json = /<script type="application\/json" id="preview-data">([\s\S]*?)<\/script>/.exec(body)?.[1];
      return JSON.parse(json ?? '{}') as { notes?: { title: string; text: string }[] };
    };
    const bergen = await raw(preview.url, 'GET', '/factsheet/4601');
    expect(dataOf(bergen.body).notes).toEqual([{ title: 'Kommentar fra Bergen i skjemaet for 2024', text: BERGEN_COMMENT }]);
    // The comment's markup is escaped inside the JSON: it can neither end the script block nor start one.
    expect(bergen.body).not.toContain('<script>window.__pwned');
    expect(bergen.body).not.toContain('</script> &');
    // A unit without a comment gets none.
    expect(dataOf((await raw(preview.url, 'GET', '/factsheet/4640')).body).notes).toBeUndefined();
  });

  it('renders the registry tables with Norwegian number formatting', async () => {
    const r = await raw(preview.url, 'GET', '/tables');
    expect(r.body).toContain('17\u00A0436');
    expect(r.body).toMatch(/<tr class="total">/);
  });

  it('refuses traversal attempts', async () => {
    const attempts = [
      '/files/../secret.txt',
      '/files/../../secret.txt',
      '/files/%2e%2e/secret.txt',
      '/files/%2E%2E/%2e%2e/secret.txt',
      '/files/..%2fsecret.txt',
      '/files/..%2F..%2Fsecret.txt',
      '/files/..\\secret.txt',
      '/files/..%5csecret.txt',
      '/files/tabeller/tabeller-2024.xlsx%00.txt',
      '/files/tabeller%00/x',
      '/files/escape.txt',
      '/files/linkdir/x.txt',
      '/files/.hidden/h.txt',
      `/files/${encodeURIComponent(secret)}`,
      `/files/${secret}`,
      `//${secret}`,
      secret,
      '/../secret.txt',
      '/%2e%2e/secret.txt',
      '/_/pdfjs/pdf.mjs/../../secret.txt',
      '/_/print?page=..%2f..%2fsecret.txt',
      '/factsheet/..%2f..%2fsecret.txt',
      '/files/%c0%ae%c0%ae/secret.txt',
      '/files/%',
      '/etc/passwd',
      '/files//etc/passwd',
      '/files/../../../../../../etc/passwd',
    ];
    for (const path of attempts) {
      const r = await raw(preview.url, 'GET', path);
      expect([400, 403, 404], path).toContain(r.status);
      expect(r.body, path).not.toContain('TOP-SECRET');
      expect(r.body, path).not.toContain('root:');
    }
    // An absolute-form request target is no way out either.
    const abs = await raw(preview.url, 'GET', `http://127.0.0.1/files/../secret.txt`);
    expect([400, 403, 404]).toContain(abs.status);
    expect(abs.body).not.toContain('TOP-SECRET');
    // …while a file inside the output folder is served.
    const ok = await raw(preview.url, 'GET', '/files/tabeller/tabeller-2024.xlsx');
    expect(ok.status).toBe(200);
    expect(ok.body).toBe('not really a workbook');
  });

  it('refuses requests for another Host (DNS rebinding) and unknown methods', async () => {
    expect((await raw(preview.url, 'GET', '/', { headers: { host: 'evil.example:80' } })).status).toBe(403);
    expect((await raw(preview.url, 'PUT', '/files/x.txt', { body: 'x' })).status).toBe(405);
    expect((await raw(preview.url, 'DELETE', '/')).status).toBe(405);
  });

  it('refuses review POSTs without the token, from another origin or not as JSON', async () => {
    const body = JSON.stringify({ id: 'factsheet:4601', status: 'approved', comment: '' });
    const json = { 'content-type': 'application/json' };
    const cases: Record<string, string>[] = [
      json,
      { ...json, 'x-preview-token': 'wrong' },
      { ...json, 'x-preview-token': preview.token, origin: 'http://evil.example' },
      { ...json, 'x-preview-token': preview.token, 'sec-fetch-site': 'cross-site' },
      { 'content-type': 'text/plain', 'x-preview-token': preview.token },
      { 'content-type': 'application/x-www-form-urlencoded', 'x-preview-token': preview.token },
    ];
    for (const headers of cases) {
      const r = await raw(preview.url, 'POST', '/_/review', { headers, body });
      expect(r.status, JSON.stringify(headers)).toBe(403);
    }
    expect(readReviewState(fx.reviewFile)).toEqual({});
  });

  it('approves a sheet, writes only review.json, and resets the approval when its data changes', async () => {
    const before = listFiles(fx.dir);
    const headers = { 'content-type': 'application/json', 'x-preview-token': preview.token, origin: preview.url.replace(/\/$/, '') };
    const post = (body: object) => raw(preview.url, 'POST', '/_/review', { headers, body: JSON.stringify(body) });

    expect((await post({ id: 'factsheet:4601', status: 'approved', comment: 'Ser bra ut' })).status).toBe(200);
    expect((await post({ id: 'factsheet:4640', status: 'approved', comment: '' })).status).toBe(200);
    expect((await post({ id: 'factsheet:5501', status: 'needs-changes', comment: '' })).status).toBe(400); // needs a comment
    expect((await post({ id: 'factsheet:5501', status: 'needs-changes', comment: 'Feil navn i tittelen' })).status).toBe(200);
    expect((await post({ id: 'factsheet:9999', status: 'approved', comment: '' })).status).toBe(404);
    expect((await post({ id: 'report:sammendrag', status: 'approved', comment: '' })).status).toBe(200);
    expect((await post({ id: 'factsheet:../../x', status: 'approved', comment: '' })).status).toBe(400);
    expect((await post({ id: 'factsheet:4601', status: 'deleted', comment: '' })).status).toBe(400);

    const file = fx.reviewFile;
    const state = readReviewState(file);
    // The stored hash is the sheet's content hash, computed here independently of the server.
    expect(state['factsheet:4601']).toEqual({ status: 'approved', comment: 'Ser bra ut', at: '2025-03-01T10:00:00.000Z', contentHash: contentHash({ arsverk: 800, name: 'Bergen' }) });
    expect(state['factsheet:5501']?.status).toBe('needs-changes');
    expect(state['report:sammendrag']?.status).toBe('approved');
    const start = await raw(preview.url, 'GET', '/');
    expect(start.body).toMatch(/data-search="4601 bergen"[^>]*data-status="approved"/);
    expect(start.body).toMatch(/data-search="5501 tromsø"[^>]*data-status="needs-changes"/);
    expect(start.body).toContain('Feil navn i tittelen');

    // Nothing but review.json was written.
    const after = listFiles(fx.dir);
    const written = [...after].filter(([f, t]) => before.get(f) !== t).map(([f]) => f);
    expect(written).toEqual([join('review', 'review-2024.json')]);

    // New data for Bergen (a correction): its approval no longer counts; Sogndal's still does.
    const isApprovedBefore = approvalChecker(file, (code) => contentHash({ arsverk: code === '4601' ? 800 : 21, name: code === '4601' ? 'Bergen' : 'Sogndal' }));
    expect(isApprovedBefore('4601')).toBe(true);
    await preview.site.project().then((p) => expect(p.factsheetHash('4601')).toBe(contentHash({ arsverk: 800, name: 'Bergen' })));
    await raw(preview.url, 'GET', '/factsheet/4640'); // memoised, unchanged by the edit below
    await raw(preview.url, 'GET', '/factsheet/4601');
    const n = preview.changes.count;
    fx.setArsverk('4601', 812);
    await waitForChange(preview, n);
    const reset = await raw(preview.url, 'GET', '/');
    expect(reset.body).toMatch(/data-search="4601 bergen"[^>]*data-status="needs-review"/);
    expect(reset.body).toMatch(/data-search="4640 sogndal"[^>]*data-status="approved"/);
    expect(readReviewState(file)['factsheet:4601']?.status).toBe('approved'); // the record stays; it is stale
    const isApproved = approvalChecker(file, (code) => contentHash({ arsverk: code === '4601' ? 812 : 21, name: code === '4601' ? 'Bergen' : 'Sogndal' }));
    expect(isApproved('4601')).toBe(false);
    expect(isApproved('4640')).toBe(true);
    expect(isApproved('0301')).toBe(false);
    expect(await printedPage(preview.url, 'factsheet:4601')).toContain('<span id="arsverk">812</span>');
    expect(fx.loads.data).toBe(1);
  });

  it('tells open pages which pages changed: only the edited unit after a data change, every page after a template change', async () => {
    const seen: string[] = [];
    const listen = (page: string) =>
      new Promise<() => void>((resolve) => {
        const u = new URL(preview.url);
        const req = request({ host: u.hostname, port: u.port, path: `/_/events?page=${encodeURIComponent(page)}` }, (res) => {
          res.setEncoding('utf8');
          res.on('data', (chunk: string) => {
            for (const m of chunk.matchAll(/event: change\ndata: (.*)\n/g)) seen.push(`${page} ${m[1]}`);
          });
          resolve(() => req.destroy());
        });
        req.end();
      });
    const stops = await Promise.all(['factsheet:0301', 'factsheet:4640', 'index'].map(listen));
    let n = preview.changes.count;
    fx.setArsverk('0301', 1501);
    await waitForChange(preview, n);
    await new Promise((r) => setTimeout(r, 100));
    expect(seen.some((s) => s.startsWith('factsheet:0301 '))).toBe(true);
    expect(seen.some((s) => s.startsWith('index '))).toBe(true);
    expect(seen.some((s) => s.startsWith('factsheet:4640 '))).toBe(false);

    seen.length = 0;
    n = preview.changes.count;
    writeFileSync(join(fx.templates, 'factsheet', 'sheet.css'), readFileSync(join(fx.templates, 'factsheet', 'sheet.css'), 'utf8') + '\nh1 { color: red; }');
    await waitForChange(preview, n);
    await new Promise((r) => setTimeout(r, 100));
    expect(seen.filter((s) => s.endsWith('{"pages":"*"}')).length).toBe(3);
    for (const stop of stops) stop();
  });

  it('after a data change tells an open sheet first and the report only once it has been rendered again', async () => {
    await raw(preview.url, 'GET', '/report/sammendrag'); // the report is rendered, so a data change renders it again
    const events: { page: string; pages: unknown; reports: number; start: string }[] = [];
    const u = new URL(preview.url);
    const connections: (() => void)[] = [];
    const listen = (page: string, onChange?: () => void) => {
      const req = request({ host: u.hostname, port: u.port, path: `/_/events?page=${encodeURIComponent(page)}` }, (res) => {
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => {
          for (const m of chunk.matchAll(/event: change\ndata: (.*)\n/g)) {
            // What the start page shows at this moment, and how many times the report has been rendered.
            const count = fx.reports.count;
            void raw(preview.url, 'GET', '/').then((r) => {
              events.push({ page, pages: (JSON.parse(m[1]!) as { pages: unknown }).pages, reports: count, start: r.body });
              onChange?.();
            });
          }
        });
      });
      req.end();
      connections.push(() => req.destroy());
    };
    // The sheet "reloads" when told: it subscribes again, which lets the server go on with the report.
    let resubscribed = 0;
    listen('factsheet:0301', () => {
      resubscribed = performance.now();
      listen('factsheet:0301');
    });
    listen('report:sammendrag');
    await new Promise((r) => setTimeout(r, 100));
    const reportsBefore = fx.reports.count;
    fx.reports.delayMs = 300;
    try {
      const n = preview.changes.count;
      fx.setArsverk('0301', 1777);
      await waitForChange(preview, n);
      await new Promise((r) => setTimeout(r, 200));
    } finally {
      fx.reports.delayMs = 0;
      for (const stop of connections) stop();
    }
    const sheet = events.find((e) => e.page === 'factsheet:0301');
    const report = events.find((e) => e.page === 'report:sammendrag');
    expect(sheet).toBeDefined();
    expect(report).toBeDefined();
    expect(resubscribed).toBeGreaterThan(0);
    // The sheet was told before the report had been rendered for the new data …
    expect(sheet!.reports).toBe(reportsBefore);
    expect(events.indexOf(sheet!)).toBeLessThan(events.indexOf(report!));
    // … and the start page then showed the chapters as being updated (asking for them starts the report).
    expect(sheet!.start).toMatch(/<a href="\/report\/sammendrag">[^<]*<\/a><span class="pv-badge" data-status="pending">/);
    // The report's pages were told once it had been rendered again, with Oslo's new figure.
    expect(report!.reports).toBe(reportsBefore + 1);
    expect(report!.pages).toEqual(expect.arrayContaining(['report:sammendrag', 'report', 'index', 'tables']));
    expect(report!.pages).not.toContain('report:metode'); // its HTML did not change
    expect(report!.start).not.toContain('data-status="pending"');
    expect(await printedPage(preview.url, 'report:sammendrag')).toContain('Oslo har 1777 årsverk');
  });

  it('prints one page to PDF on demand (POST with the token)', async () => {
    const headers = { 'content-type': 'application/json', 'x-preview-token': preview.token };
    const r = await raw(preview.url, 'POST', '/_/pdf', { headers, body: JSON.stringify({ page: 'factsheet:4640' }) });
    expect(r.status).toBe(200);
    expect(r.headers['content-disposition']).toBe('attachment; filename="4640-sogndal.pdf"');
    expect(r.body).toMatch(/^%PDF-fake 4640-sogndal\.pdf\n<!DOCTYPE html>/);
    expect((await raw(preview.url, 'POST', '/_/pdf', { headers: { 'content-type': 'application/json' }, body: '{"page":"report"}' })).status).toBe(403);
    expect((await raw(preview.url, 'POST', '/_/pdf', { headers, body: '{"page":"index"}' })).status).toBe(400);
  });
});

describe('preview server under concurrent review', () => {
  let fx: Fixture;
  let preview: Preview;
  const units: FixtureUnit[] = Array.from({ length: 60 }, (_, i) => {
    const code = `5${String(i + 1).padStart(3, '0')}`;
    return { code, name: `Kommune ${code}`, kind: 'kommune', fylke: '55', lang: 'nb', slug: `kommune-${code}`, arsverk: 10 + i };
  });
  beforeAll(async () => {
    fx = createFixture(units);
    preview = await startPreview({ source: fx.source, host: '127.0.0.1', port: 0, dataFiles: /\.json$/, pdf: fakePdf, settleTimeoutMs: 300 }, { log: memoryLogger(), now: () => new Date('2025-03-01T10:00:00Z'), root: fx.dir });
  });
  afterAll(async () => {
    await preview?.close();
    fx?.cleanup();
  });

  it('loses none of 50 approvals posted at the same time, and keeps them outside the output folder', async () => {
    const headers = { 'content-type': 'application/json', 'x-preview-token': preview.token, origin: preview.url.replace(/\/$/, '') };
    const chosen = units.slice(5, 55);
    const replies = await Promise.all(
      chosen.map((u, i) =>
        raw(preview.url, 'POST', '/_/review', { headers, body: JSON.stringify(i % 5 === 0 ? { id: `factsheet:${u.code}`, status: 'needs-changes', comment: `Sjekk ${u.code}` } : { id: `factsheet:${u.code}`, status: 'approved', comment: '' }) }),
      ),
    );
    expect(replies.map((r) => r.status)).toEqual(chosen.map(() => 200));
    const state = readReviewState(fx.reviewFile);
    expect(Object.keys(state).sort()).toEqual(chosen.map((u) => `factsheet:${u.code}`).sort());
    chosen.forEach((u, i) => {
      expect(state[`factsheet:${u.code}`]).toMatchObject({ status: i % 5 === 0 ? 'needs-changes' : 'approved', contentHash: contentHash({ arsverk: u.arsverk, name: u.name }) });
    });
    expect(fx.reviewFile.startsWith(fx.out)).toBe(false);
    expect(readdirSync(join(fx.reviewFile, '..'))).toEqual(['review-2024.json']); // no temporary files left
  });
});
