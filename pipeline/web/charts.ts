// The web form of a report figure: the same Vega-Lite spec as print, with tooltips added. A tooltip shows
// text made here (Norwegian numbers from pipeline/format, as the print labels), carried in the data as extra
// fields, so the browser formats nothing and evaluates no format expressions of its own. Pure.
import { createHash } from 'node:crypto';
import type { TopLevelSpec } from 'vega-lite';
import { chartTheme } from '../look/index.ts';
import { formatDecimal, formatInteger, formatPercent } from '../format/index.ts';
import type { FigureModel } from '../registry/types.ts';

type Json = Record<string, unknown>;
type Row = Record<string, unknown>;

/** Fields that name what a mark stands for, in the order a tooltip lists them, with the title used when no channel titles them. */
const NAME_FIELDS: readonly [string, string][] = [
  ['name', 'Navn'],
  ['category', 'Kategori'],
  ['label', 'Serie'],
  ['group', 'Gruppe'],
  ['year', 'År'],
];
const SKIP_MARKS = new Set(['text', 'rule', 'image']);
/** Suffix of the extra fields that carry a value's tooltip text. */
export const TIP_SUFFIX = '__tekst';

const isObject = (x: unknown): x is Json => typeof x === 'object' && x !== null && !Array.isArray(x);
const markType = (m: unknown): string | undefined => (typeof m === 'string' ? m : isObject(m) && typeof m.type === 'string' ? m.type : undefined);

/** A value as its axis shows it, with the decimals a label would have. */
export function tipText(x: number, axisFormat: string | undefined, all: readonly number[]): string {
  if (axisFormat?.includes('%')) return formatPercent(x, { digits: 1 });
  if (all.every((v) => Number.isInteger(v))) return formatInteger(x);
  return formatDecimal(x, 1);
}

function titleOf(enc: Json): string | undefined {
  if (typeof enc.title === 'string') return enc.title;
  if (Array.isArray(enc.title)) return enc.title.join(' ');
  return undefined;
}

/**
 * Adds a tooltip encoding to every mark that shows data (not text or rules): the naming fields its rows have,
 * then the value — the row's own formatted `text` when it has one (the print label), else each quantitative
 * field formatted as its axis shows it. Returns a new spec; the input is not changed.
 */
export function withTooltips(spec: TopLevelSpec): TopLevelSpec {
  const copy = structuredClone(spec) as unknown as Json;
  visit(copy, undefined, {});
  return copy as unknown as TopLevelSpec;
}

function rowsOf(data: unknown): Row[] | undefined {
  return isObject(data) && Array.isArray(data.values) && data.values.every(isObject) ? (data.values) : undefined;
}

function visit(node: Json, data: unknown, encoding: Json): void {
  const here = node.data ?? data;
  const enc = { ...encoding, ...(isObject(node.encoding) ? node.encoding : {}) };
  const type = markType(node.mark);
  if (type === 'geoshape') addMapTooltip(node, enc);
  else if (type !== undefined && !SKIP_MARKS.has(type)) addTooltip(node, rowsOf(here), enc);
  for (const key of ['layer', 'vconcat', 'hconcat', 'concat']) {
    const children = node[key];
    if (Array.isArray(children)) for (const c of children) if (isObject(c)) visit(c, here, enc);
  }
  if (isObject(node.spec)) visit(node.spec, here, enc);
}

function addTooltip(node: Json, rows: Row[] | undefined, enc: Json): void {
  if (!rows || rows.length === 0 || (isObject(node.encoding) && 'tooltip' in node.encoding)) return;
  const tooltip: Json[] = [];
  const has = (f: string) => rows.some((r) => typeof r[f] === 'string' || typeof r[f] === 'number');
  const channelTitle = (f: string): string | undefined => {
    for (const e of Object.values(enc)) if (isObject(e) && e.field === f && titleOf(e)) return titleOf(e);
    return undefined;
  };
  for (const [f, fallback] of NAME_FIELDS) {
    if (has(f) && rows.some((r) => r[f] !== '' && r[f] !== null && r[f] !== undefined)) tooltip.push({ field: f, type: 'nominal', title: channelTitle(f) ?? fallback });
  }
  const quantitative = Object.values(enc).filter((e): e is Json => isObject(e) && e.type === 'quantitative' && typeof e.field === 'string' && !(isObject(e.axis) && 'labelExpr' in e.axis));
  const valueChannels = quantitative.filter((e) => e.field !== 'year');
  if (rows.some((r) => typeof r.text === 'string') && valueChannels.length > 0) {
    tooltip.push({ field: 'text', type: 'nominal', title: titleOf(valueChannels[0]!) ?? 'Verdi' });
  } else {
    for (const e of valueChannels) {
      const field = e.field as string;
      const values = rows.map((r) => r[field]).filter((v): v is number => typeof v === 'number' && Number.isFinite(v));
      if (values.length === 0) continue;
      const format = isObject(e.axis) && typeof e.axis.format === 'string' ? e.axis.format : undefined;
      for (const r of rows) {
        const v = r[field];
        r[`${field}${TIP_SUFFIX}`] = typeof v === 'number' && Number.isFinite(v) ? tipText(v, format, values) : '–';
      }
      tooltip.push({ field: `${field}${TIP_SUFFIX}`, type: 'nominal', title: titleOf(e) ?? 'Verdi' });
    }
  }
  // Titles are the tooltip's keys: they must differ.
  const seen = new Set<string>();
  for (const t of tooltip) {
    let title = String(t.title);
    while (seen.has(title)) title = `${title} `;
    seen.add(title);
    t.title = title;
  }
  if (!tooltip.some((t) => String(t.field).endsWith(TIP_SUFFIX) || t.field === 'text')) return;
  node.encoding = { ...(isObject(node.encoding) ? node.encoding : {}), tooltip };
}

/** A map: the kommune's name, its value as shown (when the lookup carries it, charts/builders/choropleth.ts) and its class. */
function addMapTooltip(node: Json, enc: Json): void {
  const color = enc.color;
  if (!isObject(color) || typeof color.field !== 'string') return;
  const lookup = Array.isArray(node.transform) ? node.transform.find((t): t is Json => isObject(t) && 'lookup' in t) : undefined;
  const from = lookup && isObject(lookup.from) ? lookup.from : undefined;
  const withValue = !!from && Array.isArray(from.fields) && from.fields.includes('text');
  const title = titleOf(color) ?? 'Verdi';
  node.encoding = {
    ...(isObject(node.encoding) ? node.encoding : {}),
    tooltip: [
      { field: 'properties.kommunenavn', type: 'nominal', title: 'Kommune' },
      ...(withValue ? [{ field: 'text', type: 'nominal', title }] : []),
      { field: color.field, type: 'nominal', title: withValue ? 'Klasse' : title },
    ],
  };
}

/** JSON safe inside <script type="application/json">: no "</script" or "<!--" can end or open anything. */
export function scriptJson(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
}

/** What a page embeds for a figure: its print spec with tooltips, the print theme as config, the alt text as description. */
export function webSpec(figure: Pick<FigureModel, 'spec' | 'altText'>): TopLevelSpec {
  const spec = withTooltips(figure.spec) as unknown as Json;
  return { ...spec, description: figure.altText, config: { ...chartTheme(), ...(isObject(spec.config) ? spec.config : {}) } } as unknown as TopLevelSpec;
}

/** Inline data larger than this moves into a shared script (a map's topology), so a page stays small. */
export const SHARED_DATA_BYTES = 32_000;
/** The key that stands for a moved dataset in a page's spec; site.js puts the data back before embedding. */
export const SHARED_DATA_KEY = '$is248Data';

export interface SharedData {
  /** Content hash: the dataset's name and its script's file name. */
  name: string;
  /** The script that registers it: `(globalThis.IS248_DATA ??= {})[name] = …`. */
  script: string;
}

/** Moves every large `data.values` of a spec into a shared data script; returns the new spec and the scripts. */
export function externaliseData(spec: TopLevelSpec, limit = SHARED_DATA_BYTES): { spec: TopLevelSpec; shared: SharedData[] } {
  const copy = structuredClone(spec) as unknown as Json;
  const shared: SharedData[] = [];
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) return node.forEach(walk);
    if (!isObject(node)) return;
    for (const [k, v] of Object.entries(node)) {
      if (k === 'data' && isObject(v) && 'values' in v) {
        const json = JSON.stringify(v.values);
        if (json.length > limit) {
          const name = `d${createHash('sha256').update(json).digest('hex').slice(0, 16)}`;
          shared.push({ name, script: `(globalThis.IS248_DATA ??= {})[${JSON.stringify(name)}] = ${json.replace(/</g, '\\u003c')};\n` });
          v.values = { [SHARED_DATA_KEY]: name };
        }
      }
      walk(v);
    }
  };
  walk(copy);
  return { spec: copy as unknown as TopLevelSpec, shared };
}
