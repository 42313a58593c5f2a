// The label catalogue of the sheets: templates/factsheet/i18n/<lang>.json, one file per written standard with
// the same keys. Labels are looked up by path (`t(cat, 'keyFigures.title', { year })`); a missing key or a
// placeholder without a value is an error that names them, never an empty or "undefined" text.
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Lang } from './types.ts';
import { FactsheetError } from './units.ts';

export type Catalogue = { readonly lang: Lang; readonly [key: string]: unknown };

const cache = new Map<string, { mtimeMs: number; catalogue: Catalogue }>();

export function catalogueFile(dir: string, lang: Lang): string {
  return join(dir, 'i18n', `${lang}.json`);
}

/** The catalogue of `lang` in the templates folder `dir` (re-read when the file changes). */
export function loadCatalogue(dir: string, lang: Lang): Catalogue {
  const file = catalogueFile(dir, lang);
  const mtimeMs = statSync(file).mtimeMs;
  const hit = cache.get(file);
  if (hit && hit.mtimeMs === mtimeMs) return hit.catalogue;
  let catalogue: Catalogue;
  try {
    catalogue = JSON.parse(readFileSync(file, 'utf8')) as Catalogue;
  } catch (err) {
    throw new FactsheetError('factsheet.catalogue', `cannot read the label catalogue ${file}: ${(err as Error).message}`);
  }
  cache.set(file, { mtimeMs, catalogue });
  return catalogue;
}

/** The raw value at `path` (dot-separated; a segment may itself hold dots when it is a key like `code.leading-zero`). */
export function lookup(cat: Catalogue, path: string[]): unknown {
  let v: unknown = cat;
  for (const p of path) {
    if (!v || typeof v !== 'object' || !(p in (v))) return undefined;
    v = (v as Record<string, unknown>)[p];
  }
  return v;
}

/** Fills `{name}` placeholders; every placeholder must have a value. */
export function fill(text: string, vars: Record<string, string | number> = {}, where = ''): string {
  return text.replace(/\{(\w+)\}/g, (_, k: string) => {
    const v = vars[k];
    if (v === undefined) throw new FactsheetError('factsheet.label-placeholder', `label ${where} needs a value for {${k}}`);
    return String(v);
  });
}

export type Translate = (key: string, vars?: Record<string, string | number>) => string;

/** A lookup function bound to one catalogue: `t('keyFigures.title', { year: 2024 })`; `t(['finding', rule])`. */
export function translator(cat: Catalogue): Translate & { has(path: string[]): boolean; at(path: string[], vars?: Record<string, string | number>): string } {
  const at = (path: string[], vars?: Record<string, string | number>): string => {
    const v = lookup(cat, path);
    if (typeof v !== 'string') throw new FactsheetError('factsheet.label-missing', `the ${cat.lang} label catalogue has no text "${path.join('.')}"`);
    return fill(v, vars, `${cat.lang}:${path.join('.')}`);
  };
  const t = ((key: string, vars?: Record<string, string | number>) => at(key.split('.'), vars)) as Translate & {
    has(path: string[]): boolean;
    at: typeof at;
  };
  t.has = (path) => typeof lookup(cat, path) === 'string';
  t.at = at;
  return t;
}
