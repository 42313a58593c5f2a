// A stand-in project for the preview tests: a data folder with units.json (the "workbook") and a templates
// folder with a sheet template and a stylesheet, both temporary copies the test may edit. Rendering is a
// tiny string substitution, so these tests exercise the server, the watcher, the review gate and the browser
// side without the pipeline's data stages.
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { PreviewProject, ProjectSource, SheetUnit } from '../../pipeline/preview/project.ts';
import { outputLayout } from '../../pipeline/layout.ts';
import { PreviewError } from '../../pipeline/preview/site.ts';
import { contentHash } from '../../pipeline/review/index.ts';

export interface FixtureUnit extends SheetUnit {
  arsverk: number;
  /** The unit's own comment in its form (shown beside its sheet). */
  comment?: string;
}

/** Bergen's comment: markup and a formula-looking start, shown as text only. */
export const BERGEN_COMMENT = '=1+1 Økningen skyldes et nytt <script>window.__pwned = 1</script> & «FACT-team».';

export const UNITS: FixtureUnit[] = [
  { code: '0301', name: 'Oslo', kind: 'kommune', fylke: '03', lang: 'nb', slug: 'oslo', arsverk: 1500 },
  { code: '4601', name: 'Bergen', kind: 'kommune', fylke: '46', lang: 'nb', slug: 'bergen', arsverk: 800, comment: BERGEN_COMMENT },
  { code: '4640', name: 'Sogndal', kind: 'kommune', fylke: '46', lang: 'nn', slug: 'sogndal', arsverk: 21 },
  { code: '3401', name: 'Kongsvinger', kind: 'kommune', fylke: '34', lang: 'nb', slug: 'kongsvinger', arsverk: 40 },
  { code: '5501', name: 'Tromsø', kind: 'kommune', fylke: '55', lang: 'nb', slug: 'tromso', arsverk: 190 },
  { code: '46', name: 'Vestland', kind: 'fylke', lang: 'nn', slug: 'vestland', arsverk: 2100 },
];

export const SHEET_TEMPLATE = `<!DOCTYPE html><html lang="{{lang}}"><head><meta charset="utf-8"><title>Faktaark {{name}}</title>
<style>{{css}}</style></head><body>
<h1 id="title">{{name}} ({{code}})</h1><p class="lead">Årsverk: <span id="arsverk">{{arsverk}}</span></p>
{{filler}}
</body></html>`;

export const STYLE = `body { font-family: sans-serif; } h1 { color: rgb(20, 60, 120); } p { margin: 0 0 4mm; }`;

export interface Fixture {
  dir: string;
  data: string;
  templates: string;
  out: string;
  /** The review state the server writes (outside the output folder). */
  reviewFile: string;
  source: ProjectSource;
  /** How many times each kind of load happened. */
  loads: { initial: number; data: number; templates: number };
  /** How many times a project's report was rendered, and how long each takes (default 0 ms). */
  reports: { count: number; delayMs: number };
  setArsverk(code: string, value: number): void;
  cleanup(): void;
}

function fill(template: string, values: Record<string, string>): string {
  return template.replace(/\{\{(\w+)\}\}/g, (_m, k: string) => values[k] ?? '');
}

/** `units`: the units in the "workbook"; default UNITS. */
export function createFixture(units: readonly FixtureUnit[] = UNITS): Fixture {
  const dir = mkdtempSync(join(tmpdir(), 'is248-preview-'));
  const data = join(dir, 'data');
  const templates = join(dir, 'templates');
  const out = join(dir, 'output');
  const reviewFile = join(dir, 'review', 'review-2024.json');
  mkdirSync(data);
  mkdirSync(join(templates, 'factsheet'), { recursive: true });
  mkdirSync(join(out, '2024', 'tabeller'), { recursive: true });
  writeFileSync(join(data, 'units.json'), JSON.stringify(units, null, 2));
  writeFileSync(join(templates, 'factsheet', 'sheet.html'), SHEET_TEMPLATE);
  writeFileSync(join(templates, 'factsheet', 'sheet.css'), STYLE);
  writeFileSync(join(out, '2024', 'tabeller', 'tabeller-2024.xlsx'), 'not really a workbook');
  const loads = { initial: 0, data: 0, templates: 0 };
  const reports = { count: 0, delayMs: 0 };

  const source: ProjectSource = {
    watch: { data, templates, styles: [] },
    async load(changed) {
      loads[changed ?? 'initial']++;
      const units = JSON.parse(readFileSync(join(data, 'units.json'), 'utf8')) as FixtureUnit[];
      const template = readFileSync(join(templates, 'factsheet', 'sheet.html'), 'utf8');
      const css = readFileSync(join(templates, 'factsheet', 'sheet.css'), 'utf8');
      const byCode = new Map(units.map((u) => [u.code, u]));
      const project: PreviewProject = {
        year: 2024,
        layout: outputLayout(out).year(2024),
        reviewFile,
        synthetic: true,
        units: units.map(({ arsverk: _a, comment: _c, ...u }) => u),
        fylker: { '03': 'Oslo', '34': 'Innlandet', '46': 'Vestland', '55': 'Troms' },
        chapters: [
          { id: 'sammendrag', title: '1 Sammendrag', anchor: 'kap-sammendrag' },
          { id: 'metode', title: '2 Metode', anchor: 'kap-metode' },
        ],
        report: async () => {
          reports.count++;
          if (reports.delayMs > 0) await new Promise((r) => setTimeout(r, reports.delayMs));
          return {
            html:
              `<!DOCTYPE html><html lang="nb"><head><meta charset="utf-8"><title>Rapport 2024</title><style>${css}</style></head><body>` +
              `<div data-cover><h1>Rapport 2024</h1></div>` +
              `<nav><p>Sammendrag <span data-page-of="kap-sammendrag">00</span></p></nav>` +
              `<section id="kap-sammendrag" data-running-head="1 Sammendrag"><h2>1 Sammendrag</h2><p>Oslo har ${byCode.get('0301')?.arsverk} årsverk.</p></section>` +
              `<section id="kap-metode" data-running-head="2 Metode"><h2>2 Metode</h2><p>Om data.</p></section></body></html>`,
            print: { mode: 'paged', paged: { frame: { fontFamily: 'sans-serif', notice: 'Eksempeldata – ikke offisielle tall' } } },
            fileName: 'rapport-2024.pdf',
          };
        },
        factsheet(code) {
          const u = byCode.get(code);
          if (!u) throw new PreviewError('preview.not-found', `no unit ${code}`);
          // Enough text for two pages.
          const filler = Array.from({ length: 40 }, (_, i) => `<p>Avsnitt ${i + 1} om ${u.name}.</p>`).join('');
          return {
            html: fill(template, { lang: u.lang, name: u.name, code: u.code, arsverk: String(u.arsverk), css, filler }),
            print: { mode: 'native', native: { frame: { fontFamily: 'sans-serif', headerLeft: `${u.name} (${u.code})`, footerLeft: 'Eksempeldata – ikke offisielle tall' } } },
            fileName: `${u.code}-${u.slug}.pdf`,
          };
        },
        factsheetHash: (code) => {
          const u = byCode.get(code);
          return u ? contentHash({ arsverk: u.arsverk, name: u.name }) : undefined;
        },
        comments: (code) => {
          const text = byCode.get(code)?.comment;
          return text === undefined ? [] : [{ year: 2024, text }];
        },
        quality: () => `<!DOCTYPE html><html lang="nb"><head><meta charset="utf-8"><title>Datakvalitet</title></head><body><h1>Datakvalitet 2024</h1></body></html>`,
        tables: async () => [
          {
            id: 'arsverk-fylke',
            title: 'Årsverk etter fylke',
            columns: [
              { key: 'fylke', label: 'Fylke', format: 'text' },
              { key: 'arsverk', label: 'Årsverk', format: 'integer' },
            ],
            rows: [
              { cells: { fylke: 'Vestland', arsverk: 2100 } },
              { cells: { fylke: 'I alt', arsverk: 17436 }, kind: 'total' },
            ],
            notes: [],
            source: 'IS-24/8',
          },
        ],
      };
      return project;
    },
  };
  return {
    dir,
    data,
    templates,
    out,
    reviewFile,
    source,
    loads,
    reports,
    setArsverk(code, value) {
      const units = JSON.parse(readFileSync(join(data, 'units.json'), 'utf8')) as FixtureUnit[];
      for (const u of units) if (u.code === code) u.arsverk = value;
      writeFileSync(join(data, 'units.json'), JSON.stringify(units, null, 2));
    },
    cleanup: () => rmSync(dir, { recursive: true, force: true }),
  };
}

/** Copies a real folder into the fixture's temp dir (e.g. templates/ for the real-pipeline test). */
export function copyInto(fixture: Fixture, from: string, name: string): string {
  const to = join(fixture.dir, name);
  cpSync(from, to, { recursive: true });
  return to;
}
