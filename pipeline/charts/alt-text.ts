// Alt text from the data: short Norwegian sentences a screen reader can read instead of the chart.
// Numbers are compared as they are shown (formatted), so "uendret" means the reader sees the same number.
import { formatInteger, MISSING } from '../format/index.ts';

export type NumberFormatter = (x: number) => string;

export interface YearValue {
  year: number;
  value: number;
}

/** Upper-cases the first letter (subjects may come in lower case). */
export function capitalise(s: string): string {
  return s.charAt(0).toLocaleUpperCase('nb') + s.slice(1);
}

/** Lower-cases the first letter for use inside a sentence, unless it starts an acronym ("NAV", "FACT"). */
export function lowerFirst(s: string): string {
  return /^\p{Lu}\p{Lu}/u.test(s) ? s : s.charAt(0).toLocaleLowerCase('nb') + s.slice(1);
}

/**
 * "Årsverkene økte fra 13 131 i 2015 til 17 436 i 2023." / "… gikk ned fra … til …." /
 * "Årsverkene var uendret fra 2015 til 2023 (17 436)."
 */
export function describeTrend(subject: string, from: YearValue, to: YearValue, format: NumberFormatter = formatInteger): string {
  const a = format(from.value);
  const b = format(to.value);
  const s = capitalise(subject);
  if (a === b) return `${s} var uendret fra ${from.year} til ${to.year} (${b}).`;
  const verb = to.value > from.value ? 'økte' : 'gikk ned';
  return `${s} ${verb} fra ${a} i ${from.year} til ${b} i ${to.year}.`;
}

/** First and last observed points of a series (skipping missing values), or undefined with fewer than two. */
export function endpoints(points: readonly { year: number; value: number | null | undefined }[]): [YearValue, YearValue] | undefined {
  const seen = points
    .filter((p): p is YearValue => typeof p.value === 'number' && Number.isFinite(p.value))
    .sort((a, b) => a.year - b.year);
  return seen.length >= 2 ? [seen[0]!, seen[seen.length - 1]!] : undefined;
}

export interface LabelledValue {
  label: string;
  value: number | null | undefined;
}

/**
 * "Høyest var Finnmark (61,2), lavest Oslo (28,1)." Missing values are skipped; ties name the first.
 * With a prefix: "Voksne: høyest var …". When every value reads the same: "Alle hadde 2,0."
 */
export function describeExtremes(items: readonly LabelledValue[], format: NumberFormatter, prefix = ''): string {
  const lead = prefix ? `${capitalise(prefix)}: ` : '';
  const start = (s: string) => (lead ? lead + s : capitalise(s));
  const seen = items.filter((i): i is { label: string; value: number } => typeof i.value === 'number' && Number.isFinite(i.value));
  if (seen.length === 0) return start(`ingen tall (${MISSING}).`);
  let hi = seen[0]!;
  let lo = seen[0]!;
  for (const i of seen) {
    if (i.value > hi.value) hi = i;
    if (i.value < lo.value) lo = i;
  }
  if (seen.length === 1) return start(`bare ${hi.label} har tall (${format(hi.value)}).`);
  if (format(hi.value) === format(lo.value)) return start(`alle hadde ${format(hi.value)}.`);
  return start(`høyest var ${hi.label} (${format(hi.value)}), lavest ${lo.label} (${format(lo.value)}).`);
}

/** "a", "a og b", "a, b og c". */
export function listNorwegian(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} og ${items[items.length - 1]}`;
}
