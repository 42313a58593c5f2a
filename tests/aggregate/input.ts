// The sample data as ComputeInput for the core registry tests (cached by loadData under output/.cache/).
import { join } from 'node:path';
import { loadData } from '../../pipeline/build/data.ts';
import { memoryLogger } from '../../pipeline/context.ts';
import { PROJECT_ROOT } from '../../pipeline/paths.ts';
import type { ComputeInput } from '../../pipeline/registry/types.ts';

export async function sampleInput(year?: number): Promise<ComputeInput> {
  const d = await loadData(
    { data: join(PROJECT_ROOT, 'data', 'raw'), out: join(PROJECT_ROOT, 'output'), ...(year !== undefined ? { year } : {}) },
    { log: memoryLogger(), now: () => new Date('2025-01-01T00:00:00Z'), root: PROJECT_ROOT },
  );
  return { panel: d.panel, reportYear: d.reportYear, codebook: d.codebook, reference: d.reference, findings: d.findings };
}
