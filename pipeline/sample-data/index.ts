// `npm run sample-data`: generates the synthetic yearly workbooks and data/raw/README.md. Seeded and
// deterministic: the same seed gives the same bytes.
import { join } from 'node:path';
import { consoleLogger, type Logger } from '../context.ts';
import { DEFAULT_PATHS } from '../paths.ts';
import { loadReference } from '../reference/index.ts';
import { writeFileAtomic } from '../util/atomic-write.ts';
import { generateSampleYears } from './generate.ts';
import type { Blemish } from './model.ts';
import { sampleDataReadme } from './readme.ts';
import { calibrationRows, calibrationText } from './summary.ts';
import { writeWorkbook } from './workbook.ts';

export interface SampleDataOptions {
  seed: number;
  out: string;
  log?: Logger;
  /** Reference data folder (default data/reference). */
  reference?: string;
  /** Codebook folder (default data/codebooks). */
  codebooks?: string;
}

export async function runSampleData(opts: SampleDataOptions): Promise<number> {
  const log = opts.log ?? consoleLogger;
  if (!Number.isInteger(opts.seed)) {
    log.error(`--seed must be a whole number, got ${opts.seed}`);
    return 2;
  }
  try {
    await writeSampleData(opts, log);
    return 0;
  } catch (err) {
    log.error(`sample-data: ${(err as Error).message}`);
    return 1;
  }
}

export async function writeSampleData(opts: SampleDataOptions, log: Logger): Promise<void> {
  const reference = loadReference(opts.reference ?? DEFAULT_PATHS.reference);
  const years = generateSampleYears({ seed: opts.seed, reference, codebooks: opts.codebooks ?? DEFAULT_PATHS.codebooks });
  const blemishes: Blemish[] = [];
  for (const y of years) {
    const written = await writeWorkbook(y, opts.seed);
    writeFileAtomic(join(opts.out, written.file), written.bytes);
    blemishes.push(...written.blemishes);
    log.info(`wrote ${join(opts.out, written.file)} (${y.units.length} units, scheme ${y.scheme})`);
  }
  const population = (year: number) => {
    const p = reference.population.get(year)?.get('00')?.total;
    if (p === undefined) throw new Error(`no national population for ${year}`);
    return p;
  };
  const calibration = calibrationRows(years, population);
  writeFileAtomic(join(opts.out, 'README.md'), sampleDataReadme({ seed: opts.seed, years, calibration, blemishes }));
  log.info(`wrote ${join(opts.out, 'README.md')}`);
  log.info(`synthetic sample data, seed ${opts.seed}:\n${calibrationText(calibration)}`);
}
