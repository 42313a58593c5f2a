// The export stage: every table of the registry artifact — and the numbers behind each figure — in one
// workbook, `<out>/<year>/tabeller/tabeller-<year>.xlsx`.
import { isDeepStrictEqual } from 'node:util';
import { join } from 'node:path';
import { yearOutDir } from '../paths.ts';
import type { RegistryArtifact, TableModel } from '../registry/types.ts';
import { writeTablesWorkbook } from './workbook.ts';

export const TABLES_DIR = 'tabeller';

/** `<out>/<year>/tabeller/tabeller-<year>.xlsx` */
export function tablesWorkbookPath(out: string, year: number): string {
  return join(yearOutDir(out, year), TABLES_DIR, `tabeller-${year}.xlsx`);
}

/**
 * The tables to export, in registry order: the tables, then each figure's data table (id `figur-<id>`)
 * unless it shows exactly what a table already shows.
 */
export function exportedTables(artifact: RegistryArtifact): TableModel[] {
  const tables = Object.values(artifact.tables);
  const out = [...tables];
  for (const [id, fig] of Object.entries(artifact.figures)) {
    const same = tables.some((t) => isDeepStrictEqual(t.columns, fig.table.columns) && isDeepStrictEqual(t.rows, fig.table.rows));
    if (!same) out.push({ ...fig.table, id: `figur-${id}`, title: fig.table.title || fig.title });
  }
  return out;
}

export interface ExportOptions {
  out: string;
  /** The build's time stamp (Context.now()), stored in the workbook. */
  created: Date;
  title?: string;
}

export interface ExportResult {
  file: string;
  tables: number;
}

export async function exportTables(artifact: RegistryArtifact, opts: ExportOptions): Promise<ExportResult> {
  const tables = exportedTables(artifact);
  const file = tablesWorkbookPath(opts.out, artifact.reportYear);
  await writeTablesWorkbook(file, tables, {
    title: opts.title ?? `Kommunalt psykisk helse- og rusarbeid ${artifact.reportYear}: tabeller`,
    synthetic: artifact.synthetic,
    created: opts.created,
  });
  return { file, tables: tables.length };
}
