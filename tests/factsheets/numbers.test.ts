// Every number a fact sheet prints about årsverk, inhabitants and rates, for every unit of the sample year (all
// 388 sheets, each in its own målform), read back from the sheet's HTML and compared with the same number
// computed here from the panel and the reference data with plain loops — not with pipeline/aggregate, the
// registry or the sheet's model. The fylke, size-group and national rates are also compared with the
// registry's fylke and size-rates tables as printed, and every change figure with the report's rule (no change
// across new årsverk categories). The survey counts and the quality notes are not panel sums and are left out.
import { beforeAll, describe, expect, it } from 'vitest';
import type { BuildData } from '../../pipeline/types.ts';
import { codebookForYear, schemeForYear, tiltakVariables, utdanningVariables } from '../../pipeline/codebook/index.ts';
import { factsheetHtml, factsheetModel, factsheetUnits, type FactsheetUnit } from '../../pipeline/factsheets/index.ts';
import { computeRegistry } from '../../pipeline/registry/index.ts';
import type { RegistryArtifact } from '../../pipeline/registry/types.ts';
import { fylke as fylkeTable } from '../../pipeline/tables/fylke.ts';
import { sizeRates as sizeRatesTable } from '../../pipeline/tables/size-rates.ts';
import { SIZE_GROUPS } from '../../pipeline/reference/index.ts';
import type { Group, PanelRow, PopulationCount, UnitInfo } from '../../pipeline/types.ts';
import { loadData } from '../../pipeline/build/data.ts';
import { memoryLogger } from '../../pipeline/context.ts';
import { DEFAULT_PATHS, PROJECT_ROOT } from '../../pipeline/paths.ts';
import { contentData, isBydelCode, refPop } from './content-data.ts';

const GROUPS: Group[] = ['V', 'B'];

let data: BuildData;
let R: number;
let info: Map<string, UnitInfo>;
let registry: RegistryArtifact;
let sheets: { unit: FactsheetUnit; html: string; sizeGroup: string | undefined }[];

async function load(year: number | undefined): Promise<void> {
  data =
    year === undefined
      ? await contentData()
      : await loadData({ data: DEFAULT_PATHS.data, out: DEFAULT_PATHS.out, year }, { log: memoryLogger(), now: () => new Date('2025-03-01T12:00:00Z'), root: PROJECT_ROOT });
  R = data.reportYear;
  info = new Map(data.panel.units.map((u) => [u.code, u]));
  registry = computeRegistry({ panel: data.panel, reportYear: R, codebook: data.codebook, reference: data.reference, findings: data.findings }, [fylkeTable, sizeRatesTable]);
  sheets = factsheetUnits(data).map((unit) => {
    const model = factsheetModel(data, unit.code);
    return { unit, html: factsheetHtml(model, { lang: unit.lang, synthetic: data.synthetic }), sizeGroup: model.unit.sizeGroup };
  });
}

// ---- independent computation -------------------------------------------------------------------------------

interface Agg {
  arsverk: Record<Group, number>;
  values: Record<string, number>;
  pop: PopulationCount;
}

function plainSum(rows: readonly PanelRow[], pop?: PopulationCount): Agg {
  const values: Record<string, number> = {};
  const arsverk = { V: 0, B: 0 };
  const own = { total: 0, age0_17: 0, age18plus: 0 };
  for (const r of rows) {
    arsverk.V += r.total.V;
    arsverk.B += r.total.B;
    for (const [k, v] of Object.entries(r.values)) values[k] = (values[k] ?? 0) + v;
    own.total += r.population.total;
    own.age0_17 += r.population.age0_17;
    own.age18plus += r.population.age18plus;
  }
  return { arsverk, values, pop: pop ?? own };
}

const rowsIn = (year: number, pick: (r: PanelRow) => boolean) => data.panel.rows.filter((r) => r.year === year && pick(r));
const targetPop = (p: PopulationCount, g: Group) => (g === 'V' ? p.age18plus : p.age0_17);
const rate = (a: Agg, g: Group) => (a.arsverk[g] / targetPop(a.pop, g)) * 10_000;

/** The unit a sheet is about, in `year`: its own row, Oslo's bydeler, a fylke's units, or every unit. */
function aggOf(code: string, year: number): Agg {
  if (code === '00') return plainSum(rowsIn(year, () => true), refPop(data, year, '00'));
  if (code === '0301') return plainSum(rowsIn(year, (r) => isBydelCode(r.code)), refPop(data, year, '0301'));
  if (/^\d\d$/.test(code)) {
    const rows = rowsIn(year, (r) => info.get(r.code)?.fylke === code);
    return plainSum(rows, rows.every((r) => isBydelCode(r.code)) ? refPop(data, year, '0301') : undefined);
  }
  return plainSum(rowsIn(year, (r) => r.code === code));
}
const sizeGroupAgg = (g: string) => plainSum(rowsIn(R, (r) => r.sizeGroup === g));

/** The report's rule: a change is computed only between years with the same årsverk scheme. */
const comparableYears = (a: number, b: number) => schemeForYear(data.codebookOf(a), a) === schemeForYear(data.codebookOf(b), b);

// ---- reading the sheet -----------------------------------------------------------------------------------------

function decode(s: string): string {
  return s
    .replace(/<[^>]+>/g, '')
    .replace(/&#x([0-9a-f]+);/gi, (_, h: string) => String.fromCodePoint(parseInt(h, 16)))
    .replace(/&#(\d+);/g, (_, d: string) => String.fromCodePoint(Number(d)))
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&')
    .trim();
}

function section(html: string, cls: string): string {
  const start = html.indexOf(`<section class="${cls}"`);
  if (start < 0) return '';
  return html.slice(start, html.indexOf('</section>', start));
}

/** Table rows as [header cell, data cells…] (text). */
function tableRows(html: string): string[][] {
  return [...html.matchAll(/<tr[^>]*>([\s\S]*?)<\/tr>/g)].map((m) => [...m[1]!.matchAll(/<t[hd][^>]*>([\s\S]*?)<\/t[hd]>/g)].map((c) => decode(c[1]!)));
}

/** A printed Norwegian number ("1 478,8", "−0,4", "27 %") and its decimals; undefined for "–". */
function parse(text: string): { value: number; digits: number } | undefined {
  const t = text.replace(/[\s\u00a0\u202f]/g, '').replace(/%$/, '').replace('−', '-').replace(/^\+/, '');
  if (t === '–' || t === '') return undefined;
  if (!/^-?\d+(,\d+)?$/.test(t)) throw new Error(`not a number: "${text}"`);
  return { value: Number(t.replace(',', '.')), digits: t.split(',')[1]?.length ?? 0 };
}

/** The printed `text` is `expected` rounded to the digits shown (a half unit of the last digit either way, for ties). */
function expectShown(text: string | undefined, expected: number | undefined, what: string, scale = 1): void {
  expect(text, what).toBeDefined();
  const p = parse(text!);
  if (expected === undefined || !Number.isFinite(expected)) {
    expect(p, `${what}: "${text}" should be "–"`).toBeUndefined();
    return;
  }
  expect(p, `${what}: "${text}" should be a number`).toBeDefined();
  const x = expected * scale;
  expect(Math.abs(p!.value - x), `${what}: printed ${text}, computed ${x}`).toBeLessThanOrEqual(0.5 * 10 ** -p!.digits + 1e-9);
}

const LAND_LABEL = /^Hei?le landet$/;

// The latest year (2024: new årsverk categories, so no change from 2023) and 2023 (the same categories as 2022).
describe.each([{ year: undefined, name: 'the latest year' }, { year: 2023, name: '2023' }])('every number a fact sheet prints, for every unit: $name', ({ year }) => {
  beforeAll(() => load(year));

  it('renders a sheet for each unit: the country, the fylker, the kommuner with Oslo as a whole, the bydeler', () => {
    const units = data.panel.units;
    const kommuner = units.filter((u) => u.kind === 'kommune').length;
    const bydeler = units.filter((u) => u.kind === 'bydel').length;
    expect(sheets).toHaveLength(1 + new Set(units.map((u) => u.fylke)).size + kommuner + (bydeler > 0 ? 1 : 0) + bydeler);
    if (year === undefined) expect(sheets).toHaveLength(388);
  });

  it('header: inhabitants in all, 0–17 and 18 and over', () => {
    for (const { unit, html } of sheets) {
      const a = aggOf(unit.code, R);
      const facts = [...html.matchAll(/<dt>([\s\S]*?)<\/dt><dd>([\s\S]*?)<\/dd>/g)].map((m) => [decode(m[1]!), decode(m[2]!)] as const);
      const value = (re: RegExp) => facts.find(([label]) => re.test(label))?.[1];
      expectShown(value(/^Innbygg/), a.pop.total, `${unit.code} inhabitants`);
      expectShown(value(/0–17/), a.pop.age0_17, `${unit.code} 0–17`);
      expectShown(value(/18 år/), a.pop.age18plus, `${unit.code} 18+`);
    }
  });

  it('key figures: årsverk, change, rate and the rates compared with, as in the registry', () => {
    const fylkeRows = registry.tables['fylke']!.rows;
    const sizeRows = registry.tables['size-rates']!.rows;
    const fmt1 = (x: unknown) => (typeof x === 'number' ? x.toFixed(1).replace('.', ',') : '–');
    for (const { unit, html, sizeGroup } of sheets) {
      const a = aggOf(unit.code, R);
      const before = aggOf(unit.code, R - 1);
      const rows = tableRows(section(html, 'key-figures'));
      const row = (re: RegExp) => rows.find((r) => re.test(r[0]!));
      GROUPS.forEach((g, i) => {
        const what = `${unit.code} ${g}`;
        expectShown(row(/^Årsverk \d{4}$/)?.[i + 1], a.arsverk[g], `${what} årsverk`);
        const change = comparableYears(R - 1, R) ? a.arsverk[g] - before.arsverk[g] : undefined;
        const changeCell = row(/^Endring (fra|frå) \d{4}$/)?.[i + 1];
        expectShown(changeCell?.replace(/ \(.*\)$/, ''), change, `${what} change`);
        if (change !== undefined) expectShown(/\((.*)\)/.exec(changeCell!)?.[1], change / before.arsverk[g], `${what} change %`, 100);
        expectShown(row(/^Per 10 000 innbygg/)?.[i + 1], rate(a, g), `${what} rate`);
      });
      // The rates compared with: the unit's fylke (by name), its size group, the country.
      const fylkeName = unit.fylke ? [...info.values()].find((u) => u.fylke === unit.fylke)!.fylkeName : undefined;
      const subhead = rows.findIndex((r) => /til (sammenligning|samanlikning)/.test(r[0]!));
      const compared = subhead < 0 ? [] : rows.slice(subhead + 1);
      if (unit.kind !== 'land') expect(compared.length, unit.code).toBeGreaterThan(0);
      for (const r of compared) {
        const label = r[0]!;
        const place = LAND_LABEL.test(label) ? aggOf('00', R) : label === fylkeName ? aggOf(unit.fylke!, R) : sizeGroupAgg(sizeGroup!);
        const inRegistry = LAND_LABEL.test(label)
          ? fylkeRows.find((x) => x.kind === 'total')
          : label === fylkeName
            ? fylkeRows.find((x) => x.cells['group'] === fylkeName)
            : sizeRows.find((x) => x.cells['group'] === SIZE_GROUPS.find((s) => s.id === sizeGroup)?.label);
        GROUPS.forEach((g, i) => {
          expectShown(r[i + 1], rate(place, g), `${unit.code} compared with ${label} ${g}`);
          // The same number as the report's table shows (one decimal).
          expect(r[i + 1], `${unit.code} ${label} ${g} in the registry`).toBe(fmt1(inRegistry?.cells[g === 'V' ? 'rateV' : 'rateB']));
        });
      }
    }
  });

  it('key-figure sentences: årsverk, rates, the total per 1 000 and no change the report would not give', () => {
    for (const { unit, html } of sheets) {
      const a = aggOf(unit.code, R);
      const before = aggOf(unit.code, R - 1);
      const land = aggOf('00', R);
      const sentences = [...section(html, 'key-figures').matchAll(/<p>([\s\S]*?)<\/p>/g)].map((m) => decode(m[1]!));
      let seen = 0;
      for (const s of sentences) {
        const m = /hadde(?: til (?:sammen|saman))? ([\d\s\u00a0,]+) årsverk for (voksne|vaksne|barn og unge) i \d{4}, eller ([\d,]+) per 10 000/.exec(s);
        if (m) {
          const g: Group = m[2] === 'barn og unge' ? 'B' : 'V';
          expectShown(m[1], a.arsverk[g], `${unit.code} sentence årsverk ${g}`);
          expectShown(m[3], rate(a, g), `${unit.code} sentence rate ${g}`);
          const vsLand = /(?:hele|heile) landet \(([\d,]+)\)/.exec(s);
          if (vsLand) expectShown(vsLand[1], rate(land, g), `${unit.code} sentence land ${g}`);
          seen++;
        }
        const change = /(Fra|Frå) (\d{4}) til (\d{4}) var det (.*?)\./.exec(s);
        if (change) {
          // Every change figure a sheet prints is one the report's rules allow: never across new categories.
          expect(comparableYears(Number(change[2]), Number(change[3])), `${unit.code}: "${s}"`).toBe(true);
          const g: Group = /for barn og unge/.test(s) ? 'B' : 'V';
          const n = /([\d\s\u00a0]+,\d) årsverk/.exec(change[4]!);
          if (n) expectShown(n[1], Math.abs(a.arsverk[g] - before.arsverk[g]), `${unit.code} change sentence ${g}`);
        }
        const total = /Til (?:sammen|saman) ([\d\s\u00a0,]+) årsverk, ([\d,]+) per 1 000 innbygg\w+ \((?:hele|heile) landet: ([\d,]+)\)/.exec(s);
        if (total) {
          const all = a.arsverk.V + a.arsverk.B;
          expectShown(total[1], all, `${unit.code} total`);
          expectShown(total[2], (all / a.pop.total) * 1000, `${unit.code} per 1 000`);
          expectShown(total[3], ((land.arsverk.V + land.arsverk.B) / land.pop.total) * 1000, `${unit.code} land per 1 000`);
        }
      }
      expect(seen, `${unit.code}: sentences with årsverk and rate`).toBe(2);
      if (!comparableYears(R - 1, R)) expect(sentences.join(' '), unit.code).toMatch(/endring (fra|frå) \d{4} er ikkj?e (beregnet|rekna ut)/);
    }
  });

  it('tiltak and utdanning: årsverk, shares and the share with higher education, next to the country', () => {
    const yc = codebookForYear(data.codebook, R);
    const land = aggOf('00', R);
    for (const { unit, html } of sheets) {
      const a = aggOf(unit.code, R);
      const tables = [...html.matchAll(/<table class="profile">([\s\S]*?)<\/table>/g)].map((m) => tableRows(m[1]!).slice(1));
      const kinds = [...GROUPS.map((g) => tiltakVariables(yc, g)), ...GROUPS.map((g) => utdanningVariables(yc, g))];
      expect(tables, unit.code).toHaveLength(4);
      kinds.forEach((vars, t) => {
        const all = vars.reduce((s, v) => s + (a.values[v.code] ?? 0), 0);
        const allLand = vars.reduce((s, v) => s + (land.values[v.code] ?? 0), 0);
        expect(tables[t], `${unit.code} table ${t}`).toHaveLength(vars.length);
        vars.forEach((v, i) => {
          const [, arsverk, shares] = tables[t]![i]!;
          const x = a.values[v.code] ?? 0;
          expectShown(arsverk, x, `${unit.code} ${v.code} årsverk`);
          const [share, shareLand] = shares!.split(/(?<=%)/).map((s) => s.trim());
          expectShown(share, all > 0 ? x / all : undefined, `${unit.code} ${v.code} share`, 100);
          if (unit.kind !== 'land') expectShown(shareLand, (land.values[v.code] ?? 0) / allLand, `${unit.code} ${v.code} share land`, 100);
        });
      });
      const higher = [...html.matchAll(/<p class="higher">([\s\S]*?)<\/p>/g)].map((m) => decode(m[1]!));
      GROUPS.forEach((g, i) => {
        const vars = utdanningVariables(yc, g);
        const share = (x: Agg) => {
          const all = vars.reduce((s, v) => s + (x.values[v.code] ?? 0), 0);
          return all > 0 ? vars.filter((v) => v.higherEducation).reduce((s, v) => s + (x.values[v.code] ?? 0), 0) / all : undefined;
        };
        const text = higher[i];
        if (share(a) === undefined) return;
        const pcts = [...text!.matchAll(/([\d,]+)\s*%/g)].map((m) => m[1]!);
        expectShown(pcts[0], share(a), `${unit.code} higher education ${g}`, 100);
        if (unit.kind !== 'land') expectShown(pcts[1], share(land), `${unit.code} higher education land ${g}`, 100);
      });
    }
  });

  it('position: rank among the compared units, their number and the unit’s rate', () => {
    const kommuneRate = (code: string, g: Group) => rate(aggOf(code, R), g);
    for (const { unit, html, sizeGroup } of sheets) {
      if (unit.kind === 'land') continue;
      const peers =
        unit.kind === 'fylke'
          ? [...new Set(data.panel.units.map((u) => u.fylke))]
          : unit.kind === 'bydel'
            ? data.panel.units.filter((u) => u.kind === 'bydel').map((u) => u.code)
            : [...data.panel.units.filter((u) => u.kind === 'kommune' && u.sizeGroup === sizeGroup).map((u) => u.code), ...(sizeGroup === 'ge50000' ? ['0301'] : [])];
      const captions = [...section(html, 'position').matchAll(/<p class="figcaption"[^>]*>([\s\S]*?)<\/p>/g)].map((m) => decode(m[1]!));
      GROUPS.forEach((g, i) => {
        const own = kommuneRate(unit.code, g);
        const rates = [...new Set(peers)].map((c) => kommuneRate(c, g));
        const m = /nr\. (\d+) av (\d+) \(([\d,]+)\)/.exec(captions[i]!);
        expect(m, `${unit.code}: "${captions[i]}"`).not.toBeNull();
        expect(Number(m![1]), `${unit.code} rank ${g}`).toBe(1 + rates.filter((x) => x > own).length);
        expect(Number(m![2]), `${unit.code} n ${g}`).toBe(rates.length);
        expectShown(m![3], own, `${unit.code} position rate ${g}`);
      });
    }
  });

  it('members: each listed unit’s årsverk and rates (fylker, Oslo, the country)', () => {
    let checked = 0;
    for (const { unit, html } of sheets) {
      const rows = tableRows(section(html, 'members')).slice(2);
      if (rows.length === 0) continue;
      for (const [label, ...cells] of rows) {
        const name = label!.replace(/\*$/, '');
        const code =
          unit.kind === 'land'
            ? [...info.values()].find((u) => u.fylkeName === name)!.fylke
            : name === 'Oslo'
              ? '0301'
              : [...info.values()].find((u) => u.name === name && (unit.code === '0301' || u.fylke === unit.code))!.code;
        const a = aggOf(code, R);
        GROUPS.forEach((g, i) => {
          expectShown(cells[i], a.arsverk[g], `${unit.code} member ${name} årsverk ${g}`);
          expectShown(cells[i + 2], rate(a, g), `${unit.code} member ${name} rate ${g}`);
        });
        checked++;
      }
    }
    // Every unit once in its fylke's list, Oslo's bydeler also in Oslo's, the fylker in the country's.
    expect(checked).toBeGreaterThan(data.panel.units.length);
  });
});
