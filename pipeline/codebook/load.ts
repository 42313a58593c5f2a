// Loads and validates the codebook YAML. Errors name the file and the path of the offending key.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseYamlWith } from '../util/yaml-schema.ts';
import { codebookSchema, type CodebookFile } from './schema.ts';
import { PipelineError } from '../errors.ts';

export class CodebookError extends PipelineError {
  constructor(
    readonly file: string,
    readonly issues: string[],
  ) {
    super('codebook.invalid', `Codebook ${file} is invalid:\n  - ${issues.join('\n  - ')}`);
  }
}

export function parseCodebook(text: string, file: string): CodebookFile {
  const data = parseYamlWith(codebookSchema, text, (issues) => {
    throw new CodebookError(file, issues);
  });
  checkCrossReferences(data, file);
  return data;
}

export function loadCodebook(file: string): CodebookFile {
  return parseCodebook(readFileSync(file, 'utf8'), file);
}

/** Rules the schema cannot express: every scheme used is declared, asked_if names a question. */
function checkCrossReferences(cb: CodebookFile, file: string): void {
  const issues: string[] = [];
  const schemes = Object.keys(cb.schemes);
  for (const s of [...Object.keys(cb.arsverk.tiltak), ...Object.keys(cb.arsverk.utdanning)]) {
    if (!schemes.includes(s)) issues.push(`arsverk: scheme ${s} is not declared under schemes`);
  }
  for (const s of schemes) {
    if (!cb.arsverk.tiltak[s]) issues.push(`arsverk.tiltak: scheme ${s} has no tiltak`);
    if (!cb.arsverk.utdanning[s]) issues.push(`arsverk.utdanning: scheme ${s} has no utdanning`);
  }
  const columns = new Map<string, string>();
  for (const [code, q] of Object.entries(cb.questions)) {
    if ('asked_if' in q && q.asked_if) {
      for (const dep of Object.keys(q.asked_if)) {
        const target = cb.questions[dep];
        if (!target) issues.push(`questions.${code}.asked_if: ${dep} is not a question`);
        else if (target.type !== 'choice') issues.push(`questions.${code}.asked_if: ${dep} is a ${target.type} question, not a choice question`);
      }
    }
    // A multi-select's or matrix's columns (<CODE>_<OPTION>) must not be another question's column.
    const own = q.type === 'multi' ? Object.keys(q.options) : q.type === 'matrix' ? Object.keys(q.rows) : [''];
    for (const part of own) {
      const column = part === '' ? code : `${code}_${part}`;
      const other = columns.get(column);
      if (other !== undefined) issues.push(`questions.${code}: column ${column} is also a column of ${other}`);
      columns.set(column, code);
    }
    if (q.type === 'multi' || q.type === 'matrix') {
      const parts = q.type === 'multi' ? q.options : q.rows;
      for (const [key, p] of Object.entries(parts)) {
        if (typeof p === 'object' && p.years && (p.years[0] < q.years[0] || (q.years[1] !== null && (p.years[1] === null || p.years[1] > q.years[1])))) {
          issues.push(`questions.${code}.${q.type === 'multi' ? 'options' : 'rows'}.${key}.years: outside the question's years`);
        }
      }
    }
  }
  if (issues.length) throw new CodebookError(file, issues);
}

/**
 * The codebook that applies to a reporting year: `is248-codebook-<year>.yaml` in `dir` when it
 * exists (a year whose form differs), otherwise `is248-codebook.yaml`.
 */
export function codebookFileFor(dir: string, year: number): string {
  const specific = join(dir, `is248-codebook-${year}.yaml`);
  return existsSync(specific) ? specific : join(dir, 'is248-codebook.yaml');
}
