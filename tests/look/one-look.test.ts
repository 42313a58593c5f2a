// One look: the colours live in pipeline/look only. The stylesheets and the code that draws charts or builds
// their pages hold no colour literal (they use the look's constants or CSS variables), the stylesheets declare
// no variables of their own, and every variable they use is one the look generates.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import * as look from '../../pipeline/look/index.ts';
import { factsheetCssVariables, reportCssVariables, webCssVariables } from '../../pipeline/look/index.ts';

const ROOT = join(import.meta.dirname, '..', '..');
/** Code that draws charts or builds the report's, the fact sheets' and the web edition's pages. */
const CODE_DIRS = ['pipeline/charts', 'pipeline/factsheets', 'pipeline/report', 'pipeline/figures', 'pipeline/survey', 'pipeline/registry', 'pipeline/web'];
const STYLESHEETS = { report: 'templates/report/report.css', factsheet: 'templates/factsheet/style.css', web: 'templates/web/assets/site.css' };
const HEX = /#(?:[0-9a-f]{6}|[0-9a-f]{3})\b/gi;
const NAMED = /(?<![\w-])(?:white|black|red|green|blue|gray|grey|orange)(?![\w-])/gi;

function files(dir: string, ext: RegExp): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? files(p, ext) : ext.test(f) ? [p] : [];
  });
}

/** Every #rrggbb string among the look's exports, upper case. */
function lookColours(value: unknown, out = new Set<string>()): Set<string> {
  if (typeof value === 'string' && /^#[0-9a-f]{6}$/i.test(value)) out.add(value.toUpperCase());
  else if (value && typeof value === 'object') for (const v of Object.values(value)) lookColours(v, out);
  return out;
}

const expand = (hex: string) => (hex.length === 4 ? `#${[...hex.slice(1)].map((c) => c + c).join('')}` : hex).toUpperCase();

describe('one look', () => {
  it('finds the palette in the look module (so the checks below are not vacuous)', () => {
    const colours = lookColours(look);
    expect(colours.size).toBeGreaterThan(30);
    expect(colours).toContain(look.PRIMARY.toUpperCase());
  });

  it('has no colour literal in chart or page code outside pipeline/look', () => {
    const found = CODE_DIRS.flatMap((d) => files(join(ROOT, d), /\.ts$/)).flatMap((f) =>
      [...readFileSync(f, 'utf8').matchAll(HEX)].map((m) => `${relative(ROOT, f)}: ${m[0]}`),
    );
    expect(found).toEqual([]);
  });

  it('has no colour and no variable declaration in the stylesheets or templates', () => {
    const palette = lookColours(look);
    for (const f of [...Object.values(STYLESHEETS).map((s) => join(ROOT, s)), ...files(join(ROOT, 'templates'), /\.hbs$/)]) {
      const css = readFileSync(f, 'utf8').replace(/\/\*[\s\S]*?\*\//g, '');
      const hex = [...css.matchAll(HEX)].map((m) => m[0]);
      expect(hex, `${relative(ROOT, f)} writes a colour (palette colours among them: ${hex.filter((h) => palette.has(expand(h))).join(', ') || 'none'})`).toEqual([]);
      if (f.endsWith('.css')) {
        expect(css.match(NAMED) ?? [], `${relative(ROOT, f)} names a colour`).toEqual([]);
        expect(css, `${relative(ROOT, f)} declares its own variables`).not.toMatch(/--[\w-]+\s*:/);
      }
    }
  });

  it('generates every variable each stylesheet uses (but those a template sets inline)', () => {
    const generated = { report: reportCssVariables(), factsheet: factsheetCssVariables(), web: webCssVariables() };
    // Variables a template sets on an element (e.g. a bar's width, style="--bar: 40%") are not the look's.
    const inline = new Set(files(join(ROOT, 'templates'), /\.hbs$/).flatMap((f) => [...readFileSync(f, 'utf8').matchAll(/style="(--[\w-]+):/g)].map((m) => m[1]!)));
    for (const [kind, file] of Object.entries(STYLESHEETS) as [keyof typeof STYLESHEETS, string][]) {
      const used = new Set([...readFileSync(join(ROOT, file), 'utf8').matchAll(/var\((--[\w-]+)\)/g)].map((m) => m[1]!));
      expect(used.size, file).toBeGreaterThan(3);
      for (const v of [...used].filter((u) => !inline.has(u))) expect(generated[kind], `${file} uses ${v}`).toContain(`${v}:`);
    }
  });

  it('puts the generated variables with their values from the look', () => {
    expect(factsheetCssVariables()).toContain(`--unit: ${look.PRIMARY.toLowerCase()};`);
    expect(factsheetCssVariables()).toContain(`--peer-dash-on: ${look.DASH.peer[0]}px;`);
    expect(reportCssVariables()).toContain(`--accent: ${look.REPORT_PAGE.accent.toLowerCase()};`);
  });
});
