// Columns for variables that are not part of the year's form: an årsverk category of another scheme,
// a question not asked that year. Ingest records them (without reading them); here they become warnings.
import { columnDef } from '../../codebook/index.ts';
import type { Finding } from '../../types.ts';
import { finding, yearRanges } from '../messages.ts';
import type { Rule } from '../rule-context.ts';

const FIXED = new Set(['status', 'dato']);

export const columnsNotInYear: Rule = (ctx) => {
  const out: Finding[] = [];
  const yc = ctx.yearCodebook;
  const fixed = new Set([...FIXED, yc.idColumn, yc.nameColumn]);
  const arsverk = new Set(yc.arsverk.map((v) => v.code));
  const questions = new Set(yc.questions.map((q) => q.code));

  for (const [key, letter] of Object.entries(ctx.extract.columns?.['Årsverk'] ?? {})) {
    if (fixed.has(key) || arsverk.has(key)) continue;
    const cell = `${letter}1`;
    out.push(finding('arsverk.not-in-year', { header: key, year: ctx.year, cell }, ctx.where(undefined, { sheet: 'Årsverk', cell, variable: key })));
  }
  for (const [key, letter] of Object.entries(ctx.extract.columns?.['Spørsmål'] ?? {})) {
    if (fixed.has(key) || questions.has(key)) continue;
    const cell = `${letter}1`;
    const def = ctx.codebook ? columnDef(ctx.codebook, key) : undefined;
    const asked = def ? (def.years[1] === null ? `fra ${def.years[0]}` : yearRanges(range(def.years[0], def.years[1]))) : 'andre år';
    out.push(finding('question.not-asked', { header: key, year: ctx.year, asked, cell }, ctx.where(undefined, { sheet: 'Spørsmål', cell, variable: key })));
  }
  return out;
};

function range(a: number, b: number): number[] {
  return Array.from({ length: b - a + 1 }, (_, i) => a + i);
}
