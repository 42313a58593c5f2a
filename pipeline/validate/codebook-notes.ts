// Notes about the codebook itself for the quality report: a question shown in the outputs whose nynorsk
// label (short label, answers, options or rows) is left out, so nynorsk fact sheets use the bokmål text.
import { basename } from 'node:path';
import { nynorskGaps, type CodebookFile } from '../codebook/index.ts';
import type { Finding } from '../types.ts';
import { finding } from './messages.ts';

export function codebookFindings(cb: CodebookFile, file: string): Finding[] {
  return nynorskGaps(cb).map((g) => finding('codebook.nn-missing', { code: g.code, what: g.what.join('; ') }, { file: basename(file), variable: g.code }));
}
