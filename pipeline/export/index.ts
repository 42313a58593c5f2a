// Excel export of the registry's table models. One sheet per table (title, header with units, frozen,
// real numbers with Norwegian-friendly formats, totals in bold, notes and source), a contents sheet with
// links, the sample-data marking, and reproducible bytes. Text from the data is never a formula.
//   tablesWorkbook(tables, { title, synthetic, created })        → Buffer
//   writeTablesWorkbook(file, tables, opts)                      → atomic write
//   exportTables(artifact, { files, created })                   → tabeller-<year>.xlsx and csv/<id>.csv (layout.year(y).tables)
//   tableCsv(table, { synthetic })                               → one table as CSV for Norwegian Excel
export { tablesWorkbook, writeTablesWorkbook, tableSheetNames, DEFAULT_TITLE, type WorkbookOptions } from './workbook.ts';
export { exportStage, exportTables, exportedTables, type ExportInput, type ExportOptions, type ExportResult } from './stage.ts';
export { EXCEL_NUMBER_FORMATS } from './number-formats.ts';
export { sheetName, sheetNames, MAX_SHEET_NAME } from './sheet-names.ts';
export { CONTENTS_SHEET } from './contents-sheet.ts';
export { headerText } from './table-sheet.ts';
export { csvCell, tableCsv, tableCsvRows } from './table-csv.ts';
export { ExportError, type ExportErrorCode } from './errors.ts';
