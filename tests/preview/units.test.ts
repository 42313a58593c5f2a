// Small parts of the preview: safe paths, the report cut into parts, the viewer page of a printable document,
// the event hub's bookkeeping.
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { afterAll, describe, expect, it } from 'vitest';
import { createEventHub } from '../../pipeline/preview/events.ts';
import { elementEnd, reportChapter, reportFront } from '../../pipeline/preview/report-parts.ts';
import { resolveInside } from '../../pipeline/preview/safe-path.ts';
import { pdfView, printUrl } from '../../pipeline/preview/view.ts';

describe('resolveInside', () => {
  const dir = mkdtempSync(join(tmpdir(), 'is248-safe-'));
  const root = join(dir, 'root');
  mkdirSync(join(root, 'sub'), { recursive: true });
  writeFileSync(join(root, 'sub', 'a b.txt'), 'a');
  writeFileSync(join(dir, 'secret'), 's');
  symlinkSync(join(dir, 'secret'), join(root, 'link'));
  symlinkSync(join(root, 'sub', 'a b.txt'), join(root, 'inner-link'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('finds files inside the root, also through a symlink that stays inside', () => {
    expect(resolveInside(root, 'sub/a%20b.txt')).toEqual({ ok: true, file: join(root, 'sub', 'a b.txt') });
    expect(resolveInside(root, 'inner-link')).toMatchObject({ ok: true });
  });
  it.each([
    ['../secret', 403],
    ['sub/../../secret', 403],
    ['%2e%2e/secret', 403],
    ['..%2fsecret', 403],
    ['..\\secret', 403],
    ['..%5Csecret', 403],
    ['sub/a%00b', 403],
    ['link', 403],
    ['.hidden', 403],
    ['%zz', 400],
    ['', 404],
    ['sub', 404],
    ['nope.txt', 404],
  ])('refuses %s (%i)', (rest, status) => {
    expect(resolveInside(root, rest)).toEqual({ ok: false, status });
  });
});

const REPORT =
  '<html><head><style>x</style></head><body><div class="cover" data-cover><h1>R</h1><div>sub</div></div><main>' +
  '<nav class="toc"><ol><li><a href="#kap-a">A</a> <span data-page-of="kap-a"></span></li></ol></nav>' +
  '<section class="chapter" id="kap-a" data-running-head="1 A &amp; B"><h1>1 A</h1><section id="s"><p>a</p></section></section>' +
  '<section class="chapter" id="kap-b" data-running-head="2 B"><h1>2 B</h1><p>b</p></section>' +
  '</main></body></html>';
const CHAPTERS = [
  { id: 'a', title: '1 A', anchor: 'kap-a' },
  { id: 'b', title: '2 B', anchor: 'kap-b' },
];

describe('report parts', () => {
  it('finds the end of an element with nested elements of the same name', () => {
    const start = REPORT.indexOf('<section class="chapter" id="kap-a"');
    expect(REPORT.slice(start, elementEnd(REPORT, start))).toBe('<section class="chapter" id="kap-a" data-running-head="1 A &amp; B"><h1>1 A</h1><section id="s"><p>a</p></section></section>');
  });
  it('cuts out one chapter, or the front matter', () => {
    const b = reportChapter(REPORT, CHAPTERS, 'b')!;
    expect(b).toContain('<p>b</p>');
    expect(b).not.toContain('<p>a</p>');
    expect(b).not.toContain('data-cover');
    expect(b).not.toContain('class="toc"');
    expect(b).toContain('<style>x</style>');
    expect(b).toContain('</main></body></html>');
    const front = reportFront(REPORT, CHAPTERS);
    expect(front).toContain('data-cover');
    expect(front).not.toContain('<p>a</p>');
    expect(front).not.toContain('<p>b</p>');
    // The contents' page numbers name chapters that are not in the front part: left out, so it prints on its own.
    expect(front).toContain('<a href="#kap-a">A</a>');
    expect(front).not.toContain('data-page-of');
    expect(reportChapter(REPORT, CHAPTERS, 'c')).toBeUndefined();
  });
});

describe('viewer page', () => {
  it('points the viewer at the printed PDF of the page, escapes the title and keeps the document language', () => {
    const html = pdfView({ page: 'factsheet:4640', token: 't', title: 'Sogndal <4640>', printable: true, items: [], links: [] }, 'nn');
    expect(printUrl('factsheet:4640')).toBe('/_/print?page=factsheet%3A4640');
    expect(html).toContain('<html lang="nn">');
    expect(html).toContain('<title>Sogndal &lt;4640&gt;</title>');
    const data = JSON.parse(/<script type="application\/json" id="preview-data">(.*?)<\/script>/.exec(html)![1]!) as { pdf: string };
    expect(data.pdf).toBe(printUrl('factsheet:4640'));
    expect(html).toContain('<script type="module" src="/_/viewer.js"></script>');
  });
});

describe('event hub', () => {
  /** A stand-in for one EventSource connection: what the hub wrote to it, and a way to close it. */
  function connection(hub: ReturnType<typeof createEventHub>, page: string) {
    const written: string[] = [];
    const closers: (() => void)[] = [];
    const req = { on: (ev: string, fn: () => void) => ev === 'close' && closers.push(fn) } as unknown as IncomingMessage;
    const res = { writeHead: () => res, write: (s: string) => written.push(s), end: () => undefined } as unknown as ServerResponse;
    hub.subscribe(req, res, page);
    return { written, close: () => closers.forEach((f) => f()) };
  }
  const tick = (ms: number) => new Promise((r) => setTimeout(r, ms));

  it('tells only the pages that changed, and is settled once they have subscribed again', async () => {
    const hub = createEventHub(60_000);
    try {
      const sheet = connection(hub, 'factsheet:4601');
      const other = connection(hub, 'factsheet:4640');
      const index = connection(hub, 'index');
      hub.publish(['factsheet:4601', 'index']);
      expect(sheet.written.join('')).toContain('event: change\ndata: {"pages":["factsheet:4601","index"]}');
      expect(other.written.join('')).not.toContain('event: change');
      let settled = false;
      const done = hub.settled(5_000).then(() => (settled = true));
      sheet.close();
      connection(hub, 'factsheet:4601'); // reloaded and laid out
      await tick(20);
      expect(settled).toBe(false); // the start page has not come back yet
      index.close();
      connection(hub, 'index');
      await done;
      expect(settled).toBe(true);
    } finally {
      hub.close();
    }
  });

  it('is settled after the timeout when a told page does not come back, and at once when no page was told', async () => {
    const hub = createEventHub(60_000);
    try {
      connection(hub, 'factsheet:4601');
      hub.publish(['factsheet:4601']);
      const started = performance.now();
      await hub.settled(150);
      expect(performance.now() - started).toBeGreaterThanOrEqual(140);
      hub.publish(['report']); // nobody has the report open
      let settled = false;
      void hub.settled(60_000).then(() => (settled = true));
      await tick(0);
      expect(settled).toBe(true);
    } finally {
      hub.close();
    }
  });
});
