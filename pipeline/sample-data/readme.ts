// data/raw/README.md, written with the workbooks so that it always describes the files next to it.
import type { Blemish, GeneratedYear } from './model.ts';
import { sizeGroupLabel } from '../reference/index.ts';
import { calibrationFacts, formatDeviation, formatNumber, sizeGroupRates, type CalibrationRow } from './summary.ts';
import { SYNTHETIC_NOTICE } from './workbook.ts';

export interface ReadmeInput {
  seed: number;
  years: GeneratedYear[];
  calibration: CalibrationRow[];
  blemishes: Blemish[];
}

export function sampleDataReadme({ seed, years, calibration, blemishes }: ReadmeInput): string {
  const first = years[0]!.year;
  const last = years[years.length - 1]!.year;
  const out: string[] = [];
  const line = (s = '') => out.push(s);

  line('# Sample data: synthetic IS-24/8 workbooks');
  line();
  line(`> **${SYNTHETIC_NOTICE}.** Every number and answer in these workbooks is synthetic, made by the project's`);
  line('> seeded generator. Only the units (each year\'s kommune codes and names, Oslo\'s bydeler) and the population figures');
  line('> are real. Do not use these files, or anything built from them, as official statistics. Each workbook says so in');
  line('> its sheet `Om dataene` and in its document properties (title, subject, description, keywords, creator).');
  line();
  line('## Files');
  line();
  line(`\`is248_${first}.xlsx\` … \`is248_${last}.xlsx\`, one per reporting year, in the format of spec §1 and the codebook`);
  line('(`data/codebooks/`): sheets `Innsending` (enhetsnr, enhetsnavn, status, dato), `Årsverk` (enhetsnr, enhetsnavn, the year\'s');
  line('årsverk columns: tiltak V then B, utdanning `V_U..` and `B_U..`), `Spørsmål` (enhetsnr, enhetsnavn, the questions asked');
  line('that year; coded answers as numbers, `KOMMENTAR` free text) and `Om dataene`. Row 1 holds the variable codes. Scheme A');
  line('categories up to 2023, scheme B (new categories, a series break) in 2024. Codes are zero-padded text.');
  line();
  line('## How they were made');
  line();
  line(`- Command: \`npm run sample-data\` (seed ${seed}, into \`data/raw/\`), or \`npm run sample-data -- --seed ${seed} --out DIR\`.`);
  line('  The same seed gives byte-identical files (fixed document dates and zip time stamps). Generation takes a few seconds.');
  line('- Code: `pipeline/sample-data/` (units, state, rates, status, survey, breakdown, blemishes, workbook). Tests: `tests/sample-data/`.');
  line('- Units: each year\'s real kommuner (`data/reference/folketall-historiske-grenser.csv`; 428 / 426 / 422 / 356 / 357), with');
  line('  0301 Oslo replaced by its 15 bydeler 030101–030115; population on 1 January of the year, on that year\'s borders (bydeler:');
  line('  `folketall.csv`). A unit\'s lineage follows SSB\'s change list (`kommune-changes.csv`); merged units blend their parts.');
  line('- Årsverk per target group: a per-10 000 rate that falls with kommune size (each size group kept on a fixed profile, see');
  line('  the 2023 table below), times a persistent unit effect with modest yearly noise and a few lasting shifts (lag-1');
  line('  correlation of unit rates above 0,95). Each year all reporting units are scaled together so that the national total, computed as the');
  line('  report does (reported values + values carried forward for non-reporters + estimates for the first year\'s two');
  line('  non-reporters: median per-10 000 rate of the size group × target-group population), hits the published figure; then');
  line('  values are rounded to 0,1 årsverk.');
  line('- Tiltak and utdanning: each sums exactly to the unit\'s group total (largest-remainder rounding in 0,1 steps). Unit shares');
  line('  vary around national shares that drift over the years; small kommuner have fewer psychologists; units without a FACT');
  line('  team have no FACT årsverk. National sums are raked to the calibrated facts below.');
  line('- Survey answers: only the questions asked that year (codebook `years`; `RPH_ARSVERK` only when `RPH` is 1 or 2). Each');
  line('  year\'s answer shares are fixed by quota; which units get which answer follows a persistent leaning per unit plus, for');
  line('  RPH, FACT, evening services and a few more, a size term (larger units more often say yes). About 15 % of units write');
  line('  a comment (`KOMMENTAR`), some with Sami letters and some with `<`, `>`, `&` and quotes.');
  line();
  line('## Calibration: published (spec §2) and generated national årsverk');
  line();
  line('Generated = reported + carried forward + estimated, as the report computes it.');
  line();
  line('| year | published total | generated total | deviation | published V / B | generated V / B | per 1 000 inhabitants | not reporting |');
  line('|---|---:|---:|---:|---:|---:|---:|---:|');
  for (const r of calibration) {
    const p = r.published;
    const pubVB = p.V !== undefined && p.B !== undefined ? `${formatNumber(p.V)} / ${formatNumber(p.B)}` : (p.note ?? '–');
    line(
      `| ${r.year} | ${p.total !== undefined ? formatNumber(p.total) : '–'} | ${formatNumber(r.generated.total, 1)} | ${formatDeviation(r.generated.total, p.total)} | ${pubVB} | ${formatNumber(r.generated.V, 1)} / ${formatNumber(r.generated.B, 1)} | ${formatNumber(r.per1000, 2)} | ${r.nonReporting} |`,
    );
  }
  line();
  const y2023 = years.find((y) => y.year === 2023);
  if (y2023) {
    line('Årsverk per 10 000 inhabitants in the target group by size group, 2023 (published: barn og unge 34–63, voksne 27–34,');
    line('highest in the smallest kommuner):');
    line();
    line('| size group | units | voksne (18+) | barn og unge (0–17) |');
    line('|---|---:|---:|---:|');
    for (const r of sizeGroupRates(y2023)) {
      line(`| ${sizeGroupLabel(r.sizeGroup)} | ${r.units} | ${formatNumber(r.rate.V, 1)} | ${formatNumber(r.rate.B, 1)} |`);
    }
    line();
  }
  line('Other calibrated facts (spec §2):');
  line();
  line('| fact | published | generated |');
  line('|---|---|---|');
  for (const f of calibrationFacts(years)) line(`| ${f.what} | ${f.published} | ${f.generated} |`);
  line();
  line('## Units that did not report, or reported in part');
  line();
  line('A non-reporter has status `ikke levert`, no answers, and is absent from `Årsverk` and `Spørsmål` ("absent") or present');
  line('there with every cell empty ("empty rows"). After the first year, non-reporters are picked only among units that reported');
  line('the year before and whose code continues exactly one earlier code, so carrying forward is unambiguous. `delvis` units');
  line('gave årsverk but left some questions blank.');
  line();
  line('| year | not reporting | of which empty rows | carried forward from | delvis |');
  line('|---|---:|---|---|---:|');
  for (const y of years) {
    const non = y.units.filter((u) => u.status === 'ikke levert');
    const empty = non.filter((u) => u.nonReporterRow === 'empty').map((u) => u.code);
    const from = y.imputed.map((m) => (m.method === 'estimated' ? `${m.code} (estimated)` : m.fromCode === m.code ? m.code : `${m.code} ← ${m.fromCode}`));
    line(`| ${y.year} | ${non.length} | ${empty.join(', ') || '–'} | ${from.join(', ') || '–'} | ${y.units.filter((u) => u.status === 'delvis').length} |`);
  }
  line();
  line('## Blemishes (deliberate; a good ingest reports each as a warning and recovers the value)');
  line();
  line('| year | file | sheet | cell | unit | what |');
  line('|---|---|---|---|---|---|');
  for (const b of blemishes) line(`| ${b.year} | ${b.file} | ${b.sheet} | ${b.cell} | ${b.unit} | ${b.what} |`);
  line();
  line('The values stay recoverable (trim codes and names, pad numeric codes to 4 or 6 digits, read `"2,5"` as 2.5, use a');
  line('formula\'s cached result), and the calibration above holds after that normalisation.');
  return `${out.join('\n')}\n`;
}
