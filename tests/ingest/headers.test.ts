// Header row and sheet names: aliases from the codebook, spelling fixed, misplaced, blank and extra columns,
// sheets under a slightly different name. Workbooks are built here, in a temporary folder.
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { codebookForYear, parseCodebook } from '../../pipeline/codebook/index.ts';
import { ingestWorkbook } from '../../pipeline/ingest/index.ts';
import { brief, reference, ROOT } from '../fixtures/check.ts';

const yaml = readFileSync(join(ROOT, 'data', 'codebooks', 'is248-codebook.yaml'), 'utf8');
const withAliases = parseCodebook(
  `${yaml}\naliases:\n  V_T21:\n    - { header: "Bolig med bemanning", years: [2024, null] }\n  V_T22:\n    - { header: "Ambulant", years: [2015, 2016] }\n`,
  'test-codebook.yaml',
);
const yc = codebookForYear(withAliases, 2024);

async function book(build: (wb: ExcelJS.Workbook) => void): Promise<string> {
  const wb = new ExcelJS.Workbook();
  build(wb);
  const path = join(mkdtempSync(join(tmpdir(), 'is248-headers-')), 'is248_2024.xlsx');
  await wb.xlsx.writeFile(path);
  return path;
}

/** A one-unit workbook (4601 Bergen, 10 årsverk per tiltak and utdanning column). */
function standard(wb: ExcelJS.Workbook, arsverkHeader: (code: string) => string, extra: (ws: ExcelJS.Worksheet) => void = () => {}) {
  const inn = wb.addWorksheet('Innsending');
  inn.addRow(['enhetsnr', 'enhetsnavn', 'status', 'dato']);
  inn.addRow(['4601', 'Bergen', 'levert', new Date(Date.UTC(2025, 2, 1))]);
  const ars = wb.addWorksheet('arsverk ');
  ars.addRow(['enhetsnr', 'enhetsnavn', ...yc.arsverk.map((v) => arsverkHeader(v.code))]);
  const per = (g: string, k: string) => yc.arsverk.filter((v) => v.group === g && v.kind === k).length;
  ars.addRow(['4601', 'Bergen', ...yc.arsverk.map((v) => 60 / per(v.group, v.kind))]);
  extra(ars);
  const sp = wb.addWorksheet('Spørsmål');
  sp.addRow(['enhetsnr', 'enhetsnavn', ...yc.questions.map((q) => q.code)]);
  sp.addRow(['4601', 'Bergen']);
  wb.addWorksheet('Notater').addRow(['interne notater']);
}

describe('header row', () => {
  it('reads aliases of the year, fixes case and spaces, and reports each', async () => {
    const path = await book((wb) =>
      standard(wb, (code) => (code === 'V_T21' ? 'Bolig med bemanning' : code === 'V_T23' ? ' v_t23 ' : code)),
    );
    const x = await ingestWorkbook(path, { codebook: withAliases, reference });
    expect(brief(x.findings)).toEqual([
      'info header.alias Årsverk!C1',
      'info header.normalised Årsverk!E1',
      'info sheet.unknown Notater!',
      'warning sheet.renamed arsverk !',
    ]);
    expect(x.units).toHaveLength(1);
    expect(x.units[0]!.arsverk.V_T21).toBeCloseTo(7.5, 9);
    expect(x.units[0]!.arsverk.V_T23).toBeCloseTo(7.5, 9);
    expect(x.columns?.['Årsverk']?.['V_T21']).toBe('C');
  });

  it('an alias of other years is an unknown column; then the variable is missing', async () => {
    const path = await book((wb) => standard(wb, (code) => (code === 'V_T22' ? 'Ambulant' : code)));
    const x = await ingestWorkbook(path, { codebook: withAliases, reference });
    expect(brief(x.findings).filter((f) => f.includes('header'))).toEqual(['error header.missing Årsverk!', 'warning header.unknown Årsverk!D1']);
  });

  it('misplaced, blank-headed and duplicated columns', async () => {
    const path = await book((wb) =>
      standard(
        wb,
        (code) => code,
        (ws) => {
          const n = ws.getRow(1).cellCount;
          ws.getRow(1).getCell(n + 1).value = 'status';
          ws.getRow(1).getCell(n + 2).value = 'FACT';
          // n + 3: no header, but a value below
          ws.getRow(2).getCell(n + 3).value = 5;
          ws.getRow(1).getCell(n + 4).value = { formula: 'UPPER("b_t21")', result: 'B_T21' };
        },
      ),
    );
    const x = await ingestWorkbook(path, { codebook: withAliases, reference });
    expect(brief(x.findings).filter((f) => f.includes('header'))).toEqual([
      // 2 + 30 columns end at AF; then status (AG), FACT (AH), a blank header (AI), B_T21 again (AJ).
      'error header.duplicate Årsverk!AJ1',
      'warning header.blank Årsverk!AI1',
      'warning header.wrong-sheet Årsverk!AG1',
      'warning header.wrong-sheet Årsverk!AH1',
    ]);
  });

  it('an Oslo total row, a row without a code and a text in the code column', async () => {
    const path = await book((wb) => {
      standard(wb, (code) => code);
      const ws = wb.getWorksheet('arsverk ')!;
      ws.addRow(['0301', 'Oslo', ...yc.arsverk.map(() => 1)]); // row 3
      ws.addRow([null, 'Sum', ...yc.arsverk.map(() => 2)]); // row 4
      ws.addRow(['Totalt', null, ...yc.arsverk.map(() => 3)]); // row 5
    });
    const x = await ingestWorkbook(path, { codebook: withAliases, reference });
    expect(brief(x.findings).filter((f) => !f.includes('sheet.'))).toEqual(['error code.invalid Årsverk!A5', 'error code.missing Årsverk!A4']);
    expect(x.units.map((u) => u.code)).toEqual(['4601', '0301']);
    expect(x.units[1]!.source.rows).toEqual({ Årsverk: 3 });
  });
});
