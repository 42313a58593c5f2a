// The sample data as the registry sees it (loaded once per test file; the data stages cache their artifacts).
import { loadData } from '../../pipeline/build/data.ts';
import { memoryLogger } from '../../pipeline/context.ts';
import { PROJECT_ROOT } from '../../pipeline/paths.ts';
import type { ComputeInput } from '../../pipeline/registry/types.ts';
import { join } from 'node:path';

let cached: Promise<ComputeInput> | undefined;

export function sampleInput(): Promise<ComputeInput> {
  cached ??= loadData(
    { data: join(PROJECT_ROOT, 'data', 'raw'), out: join(PROJECT_ROOT, 'output') },
    { log: memoryLogger(), now: () => new Date('2025-03-01T00:00:00Z'), root: PROJECT_ROOT },
  ).then((d) => ({ panel: d.panel, reportYear: d.reportYear, codebook: d.codebook, reference: d.reference, findings: d.findings }));
  return cached;
}
