// The statistikkpakke stage: one workbook per fylke with every kommune (or bydel) in it and the fylke's sum.
// A fylke's workbook is written again only when its table or the code that writes it changed.
import { join } from 'node:path';
import type { TableModel } from '../registry/types.ts';
import { defineStage } from '../stage/index.ts';

export interface StatistikkpakkeInput {
  year: number;
  fylke: { code: string; slug: string };
  table: TableModel;
  synthetic: boolean;
  /** The statistikkpakke folder (layout.year(y).statistikkpakke.dir). */
  dir: string;
  created: Date;
}

/** `<fylke>-<slug>.xlsx` */
export function statistikkpakkeFile(i: Pick<StatistikkpakkeInput, 'fylke' | 'dir'>): string {
  return join(i.dir, `${i.fylke.code}-${i.fylke.slug}.xlsx`);
}

export const statistikkpakkeStage = defineStage<StatistikkpakkeInput, { rows: number }>({
  name: 'statistikkpakke',
  module: import.meta.url,
  id: (i) => `statistikkpakke-${i.year}-${i.fylke.code}`,
  inputs: (i) => [{ value: i.table }, { value: i.synthetic }, { value: i.fylke }],
  outputs: (i) => [statistikkpakkeFile(i)],
  run: async (i) => {
    // exceljs is slow to load: only when a workbook must be written.
    const { writeTablesWorkbook } = await import('../export/index.ts');
    await writeTablesWorkbook(statistikkpakkeFile(i), [i.table], { title: i.table.title, synthetic: i.synthetic, created: i.created });
    return { rows: i.table.rows.length };
  },
});
