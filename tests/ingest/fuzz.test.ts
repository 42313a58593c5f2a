// The ingest fuzz test: seeded damage to a valid workbook (tests/fixtures/clean.xlsx, six units). Every
// damaged file gives a finding that names the file (and the cell where there is one) or is read exactly
// like the clean one; never an exception or a stack trace, never a file outside the workbook read, and
// within the per-case timeout (10 s; the time of each case is printed). Another seed:
//
//   IS248_FUZZ_SEED=7 npx vitest run tests/ingest/fuzz.test.ts
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomLcg } from 'd3-random';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ingestWorkbook } from '../../pipeline/ingest/index.ts';
import type { Finding, UnitReport, YearExtract } from '../../pipeline/types.ts';
import { codebook, fixture, reference } from '../fixtures/check.ts';
import * as D from './damage.ts';

const SEED = Number(process.env.IS248_FUZZ_SEED ?? 2024);
const CASE_TIMEOUT_MS = 10_000;
const SECRET = 'IS248-SECRET-OUTSIDE-THE-WORKBOOK';

const dir = mkdtempSync(join(tmpdir(), 'is248-fuzz-'));
const secretFile = join(dir, 'secret.txt');
const clean = readFileSync(fixture('clean.xlsx'));
const times: string[] = [];
let cleanUnits: UnitReport[];
let arsverkPart: string;

beforeAll(async () => {
  writeFileSync(secretFile, SECRET);
  cleanUnits = (await ingestWorkbook(fixture('clean.xlsx'), { codebook, reference, year: 2024 })).units;
  arsverkPart = await D.sheetPart(clean, 'Årsverk');
  console.log(`fuzz seed ${SEED} (IS248_FUZZ_SEED=${SEED} repeats this run)`);
});

afterAll(() => {
  console.log(`ingest of each damaged workbook:\n${times.join('\n')}`);
});

/** What a case must give: a finding of `rule` (at `cell` of `sheet` when given), or the clean units. */
type Expect = { rule: string; sheet?: string; cell?: string; also?: 'read' } | 'read' | 'error-or-read';

interface Case {
  name: string;
  make: (rand: D.Rand) => Promise<Buffer> | Buffer;
  expect: Expect;
  /** Checks of the messages beyond the rule. */
  message?: RegExp;
  notMessage?: RegExp;
}

const comparable = (units: UnitReport[]) => units.map(({ source: _source, ...u }) => u);

/** A seed in [0, 1) for randomLcg, from the run's seed and the case's name: each case its own stream. */
function seedFor(seed: number, name: string): number {
  let h = seed >>> 0;
  for (const ch of name) h = (Math.imul(h ^ ch.charCodeAt(0), 2654435761) + 1) >>> 0;
  return h / 2 ** 32;
}

/** Writes the damaged file of a case (outside the case's time limit: making it is not what is timed). */
async function make(c: Case, seed: number): Promise<void> {
  writeFileSync(join(dir, `${c.name}.xlsx`), await c.make(randomLcg(seedFor(seed, c.name))));
}

async function run(c: Case): Promise<{ extract: YearExtract; file: string }> {
  const file = `${c.name}.xlsx`;
  const path = join(dir, file);
  const t0 = performance.now();
  const extract = await ingestWorkbook(path, { codebook, reference, year: 2024 });
  const ms = performance.now() - t0;
  times.push(`  ${c.name.padEnd(28)} ${ms.toFixed(0).padStart(6)} ms  ${extract.findings.length} findings, ${extract.units.length} units`);
  return { extract, file };
}

function holdsInvariants(extract: YearExtract, file: string): void {
  for (const f of extract.findings) {
    expect(f.file, f.message).toBe(file);
    // A message for a clerk: no stack trace, no JavaScript error text.
    expect(f.message).not.toMatch(/\n\s+at |TypeError|ReferenceError|Cannot read propert|undefined \(reading/);
  }
  // Nothing from a file outside the workbook found its way in.
  expect(JSON.stringify(extract)).not.toContain(SECRET);
}

function errors(findings: Finding[]): Finding[] {
  return findings.filter((f) => f.severity === 'error');
}

function check(c: Case, extract: YearExtract): void {
  const readCorrectly = () => expect(comparable(extract.units)).toEqual(comparable(cleanUnits));
  if (c.expect === 'read') {
    expect(errors(extract.findings)).toEqual([]);
    readCorrectly();
  } else if (c.expect === 'error-or-read') {
    if (errors(extract.findings).length === 0) readCorrectly();
  } else {
    const { rule, sheet, cell } = c.expect;
    const hit = extract.findings.find((f) => f.rule === rule);
    expect(hit, `${rule} in ${JSON.stringify(extract.findings.map((f) => f.rule))}`).toBeDefined();
    if (sheet) expect(hit!.sheet).toBe(sheet);
    if (cell) {
      expect(hit!.cell).toBe(cell);
      expect(hit!.message).toContain(cell);
    }
    if (rule.startsWith('file.')) expect(hit!.message).toContain(hit!.file);
    if (c.expect.also === 'read') readCorrectly();
  }
  if (c.message) expect(extract.findings.map((f) => f.message).join('\n')).toMatch(c.message);
  if (c.notMessage) expect(extract.findings.map((f) => f.message).join('\n')).not.toMatch(c.notMessage);
}

const cases: Case[] = [
  // The zip container
  ...[1, 2, 3, 4, 5].map((i): Case => ({ name: `truncated-${i}`, make: (r) => D.truncate(clean, r), expect: { rule: 'file.damaged' } })),
  ...[1, 2, 3, 4, 5, 6].map((i): Case => ({ name: `corrupt-bytes-${i}`, make: (r) => D.corruptBytes(clean, r), expect: 'error-or-read' })),
  // Missing parts: those a workbook cannot do without are named; the others are not needed.
  { name: 'no-shared-strings', make: () => D.removePart(clean, 'xl/sharedStrings.xml'), expect: { rule: 'file.part-missing' }, message: /xl\/sharedStrings\.xml/ },
  { name: 'no-workbook-rels', make: () => D.removePart(clean, 'xl/_rels/workbook.xml.rels'), expect: { rule: 'file.part-missing' } },
  { name: 'no-sheet-part', make: async () => D.removePart(clean, await D.sheetPart(clean, 'Årsverk')), expect: { rule: 'file.part-missing', sheet: 'Årsverk' } },
  { name: 'no-workbook-part', make: () => D.removePart(clean, 'xl/workbook.xml'), expect: { rule: 'file.not-excel' } },
  { name: 'no-content-types', make: () => D.removePart(clean, '[Content_Types].xml'), expect: 'read' },
  { name: 'no-package-rels', make: () => D.removePart(clean, '_rels/.rels'), expect: 'read' },
  { name: 'no-styles', make: () => D.removePart(clean, 'xl/styles.xml'), expect: 'read' },
  // Cells
  { name: 'bad-shared-string', make: () => D.badSharedString(clean, arsverkPart, 'B3', 9999), expect: { rule: 'cell.bad-shared-string', sheet: 'Årsverk', cell: 'B3' } },
  { name: 'not-a-number', make: () => D.notANumber(clean, arsverkPart, 'D3', 'abc'), expect: { rule: 'value.invalid-number', sheet: 'Årsverk', cell: 'D3' } },
  { name: 'number-overflow', make: () => D.notANumber(clean, arsverkPart, 'E4', '1e999'), expect: { rule: 'value.invalid-number', sheet: 'Årsverk', cell: 'E4' } },
  { name: 'date-for-number', make: () => D.dateStyled(clean, arsverkPart, 'D3', 45000), expect: { rule: 'value.date-not-number', sheet: 'Årsverk', cell: 'D3' } },
  { name: 'huge-string', make: () => D.hugeString(clean, arsverkPart, 'D3', 5_000_000), expect: { rule: 'value.not-a-number', sheet: 'Årsverk', cell: 'D3' } },
  { name: 'empty-styled-rows', make: () => D.emptyStyledRows(clean, arsverkPart, 300_000), expect: 'read' },
  { name: 'empty-styled-rows-no-cells', make: () => D.emptyStyledRows(clean, arsverkPart, 400_000, false), expect: 'read' },
  // Hostile XML
  { name: 'external-entity', make: () => D.externalEntity(clean, `file://${secretFile}`), expect: { rule: 'file.xml-doctype' } },
  { name: 'entity-expansion', make: () => D.entityExpansion(clean), expect: { rule: 'file.xml-doctype' } },
  { name: 'external-relationship', make: () => D.externalRelationship(clean, `file://${secretFile}`), expect: 'read' },
  // Other formats
  { name: 'old-xls-renamed', make: (r) => D.oldXls(r), expect: { rule: 'file.not-excel' }, message: /\.xls\b/ },
  { name: 'password-protected', make: (r) => D.encryptedXlsx(clean, r), expect: { rule: 'file.encrypted' }, message: /passord/, notMessage: /\.xls\b/ },
  // Sheets and headers
  { name: 'hidden-sheet', make: () => D.hideSheet(clean, 'Spørsmål', 'veryHidden'), expect: { rule: 'sheet.hidden', sheet: 'Spørsmål', also: 'read' } },
  { name: 'hidden-sheet-and-copy', make: () => D.hiddenSheetWithCopy(clean, 'Årsverk', 'Årsverk (2)', 'D3', 99), expect: { rule: 'sheet.hidden-copy' }, message: /Årsverk \(2\)/ },
  { name: 'duplicate-header', make: () => D.renameSharedString(clean, 'V_T22', 'V_T21'), expect: { rule: 'header.duplicate', sheet: 'Årsverk', cell: 'D1' } },
  {
    name: 'misspelt-header',
    make: () => D.renameSharedString(clean, 'V_T22', 'V_T2'),
    expect: { rule: 'header.unknown', sheet: 'Årsverk', cell: 'D1' },
    message: /Mente du V_T22\?/,
  },
  {
    name: 'nfd-sheet-names',
    make: async () => D.renameSheet(await D.renameSheet(clean, 'Årsverk', 'Årsverk'.normalize('NFD')), 'Spørsmål', 'Spørsmål'.normalize('NFD')),
    expect: 'read',
  },
];

describe(`damaged workbooks (seed ${SEED})`, () => {
  beforeAll(async () => {
    for (const c of cases) await make(c, SEED);
  }, 120_000);

  it('the damage changes the file', async () => {
    // A case whose damage did nothing would pass as "read correctly" without testing anything.
    for (const c of cases) {
      const made = await c.make(randomLcg(0.5));
      expect(Buffer.compare(made, clean), c.name).not.toBe(0);
    }
  });

  for (const c of cases) {
    it(
      c.name,
      async () => {
        const { extract, file } = await run(c);
        holdsInvariants(extract, file);
        check(c, extract);
      },
      CASE_TIMEOUT_MS,
    );
  }
});
