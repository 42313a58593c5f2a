// factsheetHtml and the label catalogue: both written standards have every label; a nynorsk sheet has no
// bokmål words (and the other way round); the sample-data marking; no "undefined" or "NaN".
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { BuildData } from '../../pipeline/types.ts';
import { codebookForYear, questionModel } from '../../pipeline/codebook/index.ts';
import { factsheetHtml, factsheetModel, factsheetPdfMetadata, factsheetUnits } from '../../pipeline/factsheets/index.ts';
import { translator } from '../../pipeline/factsheets/i18n.ts';
import { DEFAULT_PATHS } from '../../pipeline/paths.ts';
import { RULES } from '../../pipeline/validate/messages.ts';
import { contentData } from './content-data.ts';

const I18N = join(DEFAULT_PATHS.templates, 'factsheet', 'i18n');
const catalogue = (lang: string) => JSON.parse(readFileSync(join(I18N, `${lang}.json`), 'utf8')) as Record<string, unknown>;

function flatten(obj: unknown, prefix = ''): Map<string, unknown> {
  const out = new Map<string, unknown>();
  if (obj && typeof obj === 'object') {
    for (const [k, v] of Object.entries(obj)) for (const [kk, vv] of flatten(v, prefix ? `${prefix}.${k}` : k)) out.set(kk, vv);
  } else out.set(prefix, obj);
  return out;
}

/** What a reader sees or hears: body text, SVG labels and titles, the @page margin texts. */
function visibleText(html: string): string {
  const margin = [...html.matchAll(/content: "([^"]*)"/g)].map((m) => m[1]).join(' ');
  const labels = [...html.matchAll(/aria-label="([^"]*)"/g)].map((m) => m[1]).join(' ');
  const body = html
    .replace(/<style>[\s\S]*?<\/style>/g, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&#(\d+);/g, (_, n: string) => String.fromCharCode(Number(n)))
    .replace(/&amp;/g, '&')
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>');
  return `${body} ${labels} ${margin}`;
}

const words = (text: string) => new Set(text.toLowerCase().split(/[^\p{L}]+/u).filter(Boolean));

/** Bokmål forms that nynorsk writes differently. */
const BOKMAL_ONLY = ['ikke', 'økning', 'tallene', 'tall', 'innbyggere', 'hvor', 'hver', 'også', 'fra', 'ble', 'voksne', 'enheter', 'kommunene', 'bydelene', 'fylkene', 'sammen', 'sammenlignet', 'høyere', 'lavere', 'samme', 'hele', 'tjenester', 'tjenesten', 'andel', 'skyldes', 'uten', 'mangler', 'noen', 'henvendelser', 'personer', 'bolig', 'helseforetak', 'innhold', 'kilde', 'folketall', 'dem', 'ga', 'anslått', 'sykepleier', 'høyere'];
/** Nynorsk forms that bokmål writes differently. */
const NYNORSK_ONLY = ['ikkje', 'frå', 'tala', 'tal', 'innbyggjarar', 'kvar', 'òg', 'dei', 'vaksne', 'einingar', 'kommunane', 'bydelane', 'auke', 'høgare', 'lågare', 'tenester', 'saman', 'kjelde', 'utan', 'nytta', 'heile'];

let data: BuildData;
beforeAll(async () => {
  data = await contentData();
});

describe('label catalogue', () => {
  it('nb and nn have the same keys, and every value is a non-empty text', () => {
    const nb = flatten(catalogue('nb'));
    const nn = flatten(catalogue('nn'));
    expect([...nn.keys()].sort()).toEqual([...nb.keys()].sort());
    for (const [k, v] of [...nb, ...nn]) expect(typeof v === 'string' && v.length > 0, k).toBe(true);
    // Placeholders match, so a sentence gets the same values in both.
    const ph = (s: unknown) => [...String(s).matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    for (const [k, v] of nb) expect(ph(nn.get(k)), k).toEqual(ph(v));
  });

  it('has a label for every tiltak and utdanning of the codebook, in both; every fact-sheet question has its labels in the codebook, in both', () => {
    const cb = data.codebook;
    for (const lang of ['nb', 'nn']) {
      const t = translator(catalogue(lang) as never);
      for (const scheme of Object.values(cb.arsverk.tiltak)) for (const group of Object.values(scheme)) for (const code of Object.keys(group)) expect(t.has(['tiltak', code]), `${lang} ${code}`).toBe(true);
      for (const scheme of Object.values(cb.arsverk.utdanning)) for (const code of Object.keys(scheme)) expect(t.has(['utdanning', code]), `${lang} ${code}`).toBe(true);
    }
    for (const q of codebookForYear(cb, data.reportYear).questions) {
      const m = questionModel(cb, q.question)!;
      if (!m.factsheet) continue;
      expect(m.label.nnMissing, `${q.code} nn label`).toBe(false);
      for (const o of m.options) expect(o.nnMissing, `${q.code}=${o.key} nn`).toBe(false);
    }
  });

  it('the bokmål labels are the codebook’s and the quality report’s own words', () => {
    const nb = catalogue('nb') as { tiltak: Record<string, string>; utdanning: Record<string, string>; finding: Record<string, string> };
    for (const scheme of Object.values(data.codebook.arsverk.tiltak)) for (const group of Object.values(scheme)) for (const [code, label] of Object.entries(group)) expect(nb.tiltak[code]).toBe(label);
    for (const scheme of Object.values(data.codebook.arsverk.utdanning)) for (const [code, e] of Object.entries(scheme)) expect(nb.utdanning[code]).toBe(e.label);
    for (const [rule, title] of Object.entries(nb.finding)) if (rule !== 'other') expect(title, rule).toBe((RULES as Record<string, { tittel: string }>)[rule]?.tittel);
    // Every rule found for some unit in the sample data has a label.
    for (const f of data.findings) if (f.unit && f.severity !== 'info') expect(nb.finding[f.rule], f.rule).toBeDefined();
  });

  it('a missing label or placeholder is an error that names it', () => {
    const t = translator({ lang: 'nb', a: { b: 'x {y}' } } as never);
    expect(() => t('a.c')).toThrow(/no text "a.c"/);
    expect(() => t('a.b')).toThrow(/\{y\}/);
    expect(t('a.b', { y: 1 })).toBe('x 1');
  });
});

describe('factsheetHtml', () => {
  const sample = () => ['00', '03', '46', '0301', '030101', '4601', '1101', '5612', factsheetUnits(data).find((u) => u.lang === 'nn')!.code];

  it('sets lang, carries the marking when synthetic, and has no undefined, NaN or external resources', () => {
    for (const code of sample()) {
      const m = factsheetModel(data, code);
      for (const lang of ['nb', 'nn'] as const) {
        const html = factsheetHtml(m, { lang, synthetic: true });
        expect(html).toMatch(new RegExp(`^<!doctype html>\\s*<html lang="${lang}">`));
        const marking = lang === 'nb' ? 'Eksempeldata – ikke offisielle tall' : 'Eksempeldata – ikkje offisielle tal';
        expect(html).toContain(`@bottom-left { content: "${marking}"`); // every printed page
        expect(html).toContain(`<strong>${marking}.</strong>`); // and the top of the first
        const text = visibleText(html);
        for (const bad of ['undefined', 'NaN', '[object Object]', 'Infinity', 'null']) expect(text, `${code} ${lang}`).not.toContain(bad);
        expect(html).not.toMatch(/(?:src|href)="https?:|url\((?!data:)/);
        expect(html).toContain(m.unit.kind === 'land' ? (lang === 'nb' ? 'Hele landet' : 'Heile landet') : m.unit.name);
      }
      const real = factsheetHtml(m, { synthetic: false });
      expect(real).not.toContain('Eksempeldata');
      expect(real).toContain(`<html lang="${m.unit.lang}">`);
    }
  });

  it('a nynorsk sheet has no bokmål words, a bokmål sheet no nynorsk ones', () => {
    for (const code of sample()) {
      const m = factsheetModel(data, code);
      const names = new Set([m.unit.name, ...m.members.map((r) => r.name), ...(m.unit.fylke ? [m.unit.fylke.name] : []), m.unit.helseforetak ?? ''].flatMap((n) => [...words(n)]));
      const nn = [...words(visibleText(factsheetHtml(m, { lang: 'nn', synthetic: true })))].filter((w) => !names.has(w));
      const nb = [...words(visibleText(factsheetHtml(m, { lang: 'nb', synthetic: true })))].filter((w) => !names.has(w));
      expect(nn.filter((w) => BOKMAL_ONLY.includes(w)), `nn ${code}`).toEqual([]);
      expect(nb.filter((w) => NYNORSK_ONLY.includes(w)), `nb ${code}`).toEqual([]);
      expect(nn).toContain('ikkje');
      expect(nb).toContain('ikke');
    }
  });

  it('shows the key numbers: årsverk, rates and the comparison with the country', () => {
    const m = factsheetModel(data, '4601');
    const html = factsheetHtml(m, { lang: 'nn', synthetic: true });
    const v = m.keyFigures.groups[0]!;
    const nf = (x: number) => x.toFixed(1).replace('.', ',').replace(/\B(?=(\d{3})+(?!\d))/g, '\u00a0');
    expect(html).toContain(nf(v.arsverk));
    expect(html).toContain(nf(v.per10000!));
    expect(html).toContain(nf(v.comparisons.find((c) => c.kind === 'land')!.per10000!));
    expect((html.match(/<svg /g) ?? []).length).toBe(4); // two trend charts, two strips
    expect(html).toMatch(/role="img" aria-label="Vaksne, årsverk per 10 000 innbyggjarar 18 år og over/);
  });

  it('PDF metadata in the sheet’s language', () => {
    const m = factsheetModel(data, '4601');
    expect(factsheetPdfMetadata(m, 'nn')).toMatchObject({ title: `Faktaark ${data.reportYear}: Bergen (4601)` });
    expect(factsheetPdfMetadata(m, 'nn').subject).toContain('ikkje offisielle tal');
    expect(factsheetPdfMetadata(m, 'nb').keywords).toContain('Bergen');
    expect(factsheetPdfMetadata(factsheetModel(data, '00'), 'nn').title).toBe(`Faktaark ${data.reportYear}: Heile landet (00)`);
  });
});
