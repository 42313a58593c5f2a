// Loads and validates the codebook YAML. Errors name the file and the path of the offending key.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
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
  let raw: unknown;
  try {
    raw = parse(text);
  } catch (err) {
    throw new CodebookError(file, [`not valid YAML: ${(err as Error).message}`]);
  }
  const result = codebookSchema.safeParse(raw);
  if (!result.success) {
    throw new CodebookError(
      file,
      result.error.issues.map((issue) => `${issue.path.join('.') || '(root)'}: ${issue.message}`),
    );
  }
  checkCrossReferences(result.data, file);
  return result.data;
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
    if (!cb.arsverk.tiltak[s as 'A' | 'B']) issues.push(`arsverk.tiltak: scheme ${s} has no tiltak`);
    if (!cb.arsverk.utdanning[s as 'A' | 'B']) issues.push(`arsverk.utdanning: scheme ${s} has no utdanning`);
  }
  for (const [code, q] of Object.entries(cb.questions)) {
    if ('asked_if' in q && q.asked_if) {
      for (const dep of Object.keys(q.asked_if)) {
        if (!cb.questions[dep]) issues.push(`questions.${code}.asked_if: ${dep} is not a question`);
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
