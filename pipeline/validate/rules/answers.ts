// Survey answers against the codebook: coded answers among the question's values, numbers within
// min/max, text within max_length, and answers only where asked_if says the question applied.
import type { ColumnDef } from '../../codebook/index.ts';
import type { AnswerValue, Finding } from '../../types.ts';
import { finding, list, num } from '../messages.ts';
import type { Rule } from '../rule-context.ts';

function rangeText(min: number | undefined, max: number | undefined): string {
  if (min !== undefined && max !== undefined) return `${num(min)}–${num(max)}`;
  if (min !== undefined) return `minst ${num(min)}`;
  return `høyst ${num(max ?? 0)}`;
}

function shown(v: AnswerValue): string {
  return typeof v === 'number' ? num(v, 6) : String(v);
}

export const answersMatchCodebook: Rule = (ctx) => {
  const out: Finding[] = [];
  const defs = new Map<string, ColumnDef>(ctx.yearCodebook.questions.map((q) => [q.code, q.def]));
  for (const unit of ctx.extract.units) {
    const u = ctx.label(unit);
    for (const [code, def] of defs) {
      const value = unit.answers[code];
      if (value === null || value === undefined) continue;
      const cell = ctx.cell(unit, 'Spørsmål', code) ?? '';
      const where = ctx.where(unit, { sheet: 'Spørsmål', cell, variable: code });

      if (def.type === 'choice') {
        if (typeof value !== 'number' || !Object.hasOwn(def.values, String(value))) {
          const allowed = list(Object.keys(def.values));
          out.push(finding('answer.invalid-choice', { u, cell, header: code, value: shown(value), allowed }, where));
          continue;
        }
      } else if (def.type === 'number') {
        if (typeof value !== 'number') {
          out.push(finding('answer.not-a-number', { u, cell, header: code, value: shown(value) }, where));
          continue;
        }
        if ((def.min !== undefined && value < def.min) || (def.max !== undefined && value > def.max)) {
          out.push(finding('answer.out-of-range', { u, cell, header: code, value, range: rangeText(def.min, def.max) }, where));
          continue;
        }
      } else {
        const text = String(value);
        if (def.max_length !== undefined && text.length > def.max_length) {
          out.push(finding('answer.too-long', { u, cell, header: code, length: text.length, max: def.max_length }, where));
        }
        continue;
      }

      // asked_if: the question applies only when another answer is one of the listed codes.
      for (const [depends, allowedCodes] of Object.entries(def.asked_if ?? {})) {
        const depValue = unit.answers[depends];
        if (typeof depValue === 'number' && allowedCodes.includes(depValue)) continue;
        out.push(
          finding(
            'answer.asked-if',
            {
              u,
              cell,
              header: code,
              depends,
              dependsValue: depValue === null || depValue === undefined ? 'tomt' : shown(depValue),
              allowed: list(allowedCodes.map(String), 'eller'),
            },
            where,
          ),
        );
      }
    }
  }
  return out;
};
