export { ingestWorkbook, yearFromFileName } from './ingest.ts';
export type { IngestOptions } from './ingest.ts';
export { parseNumberText, parseDateText } from './values.ts';
export { columnLetter, parseA1 } from './a1.ts';
