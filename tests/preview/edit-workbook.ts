// Edits a yearly workbook as a reviewer would (used by the preview tests and `npm run bench`'s live-reload
// measure): one unit's first årsverk column changed, the file written in one go.
import { writeFileSync } from 'node:fs';
import ExcelJS from 'exceljs';

/** Adds `delta` to the first årsverk column of `code` in the workbook and saves it the way exceljs does. */
export async function editWorkbook(file: string, code: string, delta: number): Promise<void> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const ws = wb.getWorksheet('Årsverk');
  if (!ws) throw new Error(`${file}: no Årsverk sheet`);
  let found = false;
  ws.eachRow((row) => {
    if (String(row.getCell(1).value) === code) {
      row.getCell(3).value = Number(row.getCell(3).value) + delta;
      found = true;
    }
  });
  if (!found) throw new Error(`${file}: no row for ${code}`);
  const bytes = Buffer.from((await wb.xlsx.writeBuffer()));
  writeFileSync(file, bytes); // prepared first: a watcher (and a timer) sees the save itself
}
