// The export stage: every table of the registry artifact — and the numbers behind each figure — in one
// workbook, `tabeller-<year>.xlsx`, and each as CSV for Norwegian Excel beside it, `csv/<id>.csv` (where the
// output layout puts them).
import { existsSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import type { TablesFiles } from '../layout.ts';
import type { RegistryArtifact, TableModel } from '../registry/types.ts';
import { defineStage } from '../stage/index.ts';
import { writeFileAtomic } from '../util/atomic-write.ts';
import { tableCsv } from './table-csv.ts';
import { writeTablesWorkbook } from './workbook.ts';

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
  files: Pick<TablesFiles, 'xlsx' | 'csvDir'>;
  /** The build's time stamp (Context.now()), stored in the workbook. */
  created: Date;
  title?: string;
}

export interface ExportResult {
  file: string;
  tables: number;
  /** The folder of the CSV files. */
  csvDir: string;
}

export async function exportTables(artifact: RegistryArtifact, opts: ExportOptions): Promise<ExportResult> {
  const tables = exportedTables(artifact);
  const file = opts.files.xlsx;
  await writeTablesWorkbook(file, tables, {
    title: opts.title ?? `Kommunalt psykisk helse- og rusarbeid ${artifact.reportYear}: tabeller`,
    synthetic: artifact.synthetic,
    created: opts.created,
  });
  const csvDir = writeTablesCsv(opts.files.csvDir, tables, artifact.synthetic);
  return { file, tables: tables.length, csvDir };
}

/** Each table as `<dir>/<id>.csv`; CSV files of tables no longer exported are removed. */
function writeTablesCsv(dir: string, tables: readonly TableModel[], synthetic: boolean): string {
  const names = new Set(tables.map((t) => `${t.id}.csv`));
  for (const table of tables) writeFileAtomic(join(dir, `${table.id}.csv`), tableCsv(table, { synthetic }));
  if (existsSync(dir)) for (const f of readdirSync(dir)) if (f.endsWith('.csv') && !names.has(f)) rmSync(join(dir, f), { force: true });
  return dir;
}

export interface ExportInput {
  registry: RegistryArtifact;
  registryKey: string;
  files: TablesFiles;
  created: Date;
}

export const exportStage = defineStage<ExportInput, { tables: number }>({
  name: 'export',
  module: import.meta.url,
  id: (i) => `tabeller-${i.registry.reportYear}`,
  inputs: (i) => [{ value: i.registryKey }],
  outputs: (i) => [i.files.xlsx, i.files.csvDir],
  run: async (i) => ({ tables: (await exportTables(i.registry, { files: i.files, created: i.created })).tables }),
});
