// Fact-sheet lines of multi-select and matrix questions (PAARORENDE and IPS get `factsheet: true` here): a unit's
// line lists exactly the options it checked; a matrix row is a line of its own; an aggregate shows the share
// of its units checking each option. Expected values are read from the panel's raw columns.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { BuildData } from '../../pipeline/types.ts';
import { parseCodebook } from '../../pipeline/codebook/index.ts';
import { DEFAULT_PATHS } from '../../pipeline/paths.ts';
import { factsheetHtml, factsheetModel } from '../../pipeline/factsheets/index.ts';
import { contentData } from './content-data.ts';

let data: BuildData;
beforeAll(async () => {
  const bundled = await contentData();
  // The bundled codebook with IPS (a matrix) and PAARORENDE (a multi-select) on the fact sheets.
  const yaml = readFileSync(join(DEFAULT_PATHS.codebooks, 'is248-codebook.yaml'), 'utf8')
    .replace('    chapter: arbeid\n', '    chapter: arbeid\n    factsheet: true\n')
    .replace('    chapter: parorende\n', '    chapter: parorende\n    factsheet: true\n');
  data = { ...bundled, codebook: parseCodebook(yaml, 'on-sheets.yaml') };
  expect(data.codebook.questions['IPS']).toMatchObject({ factsheet: true });
  expect(data.codebook.questions['PAARORENDE']).toMatchObject({ factsheet: true });
}, 600_000);

const OPTIONS = ['KURS', 'SAMTALE', 'GRUPPE', 'INFO', 'BARN', 'INGEN'];

describe('fact sheets: multi-select and matrix questions', () => {
  it('a kommune: its checked PAARORENDE options, and one line per IPS row with its answer, in nb and nn', () => {
    const rows = data.panel.answers.filter((a) => a.year === data.reportYear);
    const unit = rows.find((a) => OPTIONS.filter((o) => a.answers[`PAARORENDE_${o}`] === 1).length >= 2 && a.answers['IPS_PH'] === 1 && !a.code.startsWith('0301'))!;
    const model = factsheetModel(data, unit.code);
    const line = model.survey.answers.find((a) => a.question === 'PAARORENDE')!;
    expect(line.type).toBe('multi');
    const ticked = OPTIONS.filter((o) => unit.answers[`PAARORENDE_${o}`] === 1);
    expect(line.value).toBe(ticked.length);
    expect(line.answerLabel!.nb.split(', ')).toHaveLength(ticked.length);
    const ips = model.survey.answers.filter((a) => a.question.startsWith('IPS_'));
    expect(ips.map((a) => a.question)).toEqual(['IPS_PH', 'IPS_RUS']);
    expect(ips[0]!.value).toBe(1);
    expect(ips[0]!.label.nn).toBe('Individuell jobbstøtte (IPS): Personar med psykiske lidingar');
    const nn = factsheetHtml(model, { lang: 'nn', synthetic: true });
    expect(nn).toContain('Tilbod til pårørande');
    expect(nn).toContain(line.answerLabel!.nn);
    expect(factsheetHtml(model, { lang: 'nb', synthetic: true })).toContain(line.answerLabel!.nb);
  });

  it('the country: the share checking each option, of the units that answered', () => {
    const model = factsheetModel(data, '00');
    const d = model.survey.distributions.find((x) => x.question === 'PAARORENDE')!;
    const rows = data.panel.answers.filter((a) => a.year === data.reportYear && OPTIONS.some((o) => a.answers[`PAARORENDE_${o}`] === 1));
    expect(d.nLand).toBe(rows.length);
    expect(d.counts.map((c) => c.countLand)).toEqual(OPTIONS.map((o) => rows.filter((a) => a.answers[`PAARORENDE_${o}`] === 1).length));
  });
});
