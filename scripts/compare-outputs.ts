// Compares two output folders (e.g. a build before and after a refactoring): every HTML and CSV file byte for
// byte, every xlsx by its cell values, every PDF by its text page by page and its page count. Prints what
// differs and exits 1 when anything does; time stamps (the xlsx creation date, the PDF dates) are not compared.
//
//   npx tsx scripts/compare-outputs.ts OLD_DIR NEW_DIR [--year 2024]
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import ExcelJS from 'exceljs';
import { inspectPdf } from '../pipeline/print/inspect.ts';

function files(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && !e.name.startsWith('.'))
    .map((e) => relative(dir, join(e.parentPath, e.name)))
    .sort();
}

async function cells(file: string): Promise<string[]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const out: string[] = [];
  for (const ws of wb.worksheets) {
    out.push(`# ${ws.name}`);
    ws.eachRow({ includeEmpty: false }, (row, r) => {
      row.eachCell({ includeEmpty: false }, (cell, c) => out.push(`${ws.name}!${r},${c}=${JSON.stringify(cell.value)}`));
    });
  }
  return out;
}

async function pdfText(file: string): Promise<string[]> {
  const pdf = await inspectPdf(new Uint8Array(readFileSync(file)));
  return pdf.pages.map((p) => p.text);
}

function firstDifference(a: readonly string[], b: readonly string[]): string | undefined {
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    if (a[i] !== b[i]) return `#${i + 1}: ${JSON.stringify(a[i]?.slice(0, 160))} ≠ ${JSON.stringify(b[i]?.slice(0, 160))}`;
  }
  return undefined;
}

export async function compareOutputs(oldDir: string, newDir: string): Promise<string[]> {
  const problems: string[] = [];
  const a = files(oldDir);
  const b = new Set(files(newDir));
  for (const f of a) if (!b.has(f)) problems.push(`missing in new: ${f}`);
  for (const f of b) if (!a.includes(f)) problems.push(`only in new: ${f}`);
  for (const f of a.filter((x) => b.has(x))) {
    const [x, y] = [join(oldDir, f), join(newDir, f)];
    if (/\.(html|csv|json|svg)$/.test(f)) {
      if (!readFileSync(x).equals(readFileSync(y))) problems.push(`differs: ${f}`);
    } else if (f.endsWith('.xlsx')) {
      const d = firstDifference(await cells(x), await cells(y));
      if (d !== undefined) problems.push(`xlsx cells differ: ${f} ${d}`);
    } else if (f.endsWith('.pdf')) {
      const d = firstDifference(await pdfText(x), await pdfText(y));
      if (d !== undefined) problems.push(`PDF text differs: ${f} page ${d}`);
    }
  }
  return problems;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [oldDir, newDir] = process.argv.slice(2);
  if (oldDir === undefined || newDir === undefined || !existsSync(oldDir) || !existsSync(newDir)) {
    console.error('usage: tsx scripts/compare-outputs.ts OLD_DIR NEW_DIR');
    process.exit(2);
  }
  const problems = await compareOutputs(oldDir, newDir);
  for (const p of problems) console.log(p);
  console.log(problems.length === 0 ? 'the outputs are the same' : `${problems.length} difference(s)`);
  process.exitCode = problems.length === 0 ? 0 : 1;
}
