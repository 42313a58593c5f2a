// The registry stage and the charts stage, one step each: the data → every table, figure and fact set by id
// → the figures rendered to SVG. The orchestrator calls them in order; `loadRegistry` is both, for the preview.
import { chartsStage } from '../charts/stage.ts';
import type { Context } from '../context.ts';
import { registryStage } from '../registry/stage.ts';
import { runStage, type StageEnv, type StageResult } from '../stage/index.ts';
import type { BuildData, RegistryStage } from '../types.ts';
import type { RegistryArtifact } from '../registry/types.ts';
import { stageEnv } from './data.ts';

export async function registry(data: BuildData, env: StageEnv): Promise<StageResult<RegistryArtifact>> {
  return runStage(registryStage, { reportYear: data.reportYear, panel: data.panel, codebook: data.codebook, reference: data.reference, findings: data.findings, keys: data.keys }, env);
}

export async function charts(registry: StageResult<RegistryArtifact>, env: StageEnv): Promise<RegistryStage> {
  const svgs = await runStage(chartsStage, { registry: registry.value, registryKey: registry.key }, env);
  return { artifact: registry.value, svgs: svgs.value, key: svgs.key };
}

/** registry → charts, logging what was computed. */
export async function loadRegistry(data: BuildData, opts: { out: string; cache?: boolean }, ctx: Context): Promise<RegistryStage> {
  const env = stageEnv(opts);
  const started = performance.now();
  const r = await registry(data, env);
  const withCharts = await charts(r, env);
  if (!r.hit) logComputed(r.value, started, ctx);
  return withCharts;
}

export function logComputed(a: RegistryArtifact, started: number, ctx: Context): void {
  ctx.log.info(`Computed ${Object.keys(a.tables).length} tables, ${Object.keys(a.figures).length} figures, ${Object.keys(a.facts).length} fact sets in ${((performance.now() - started) / 1000).toFixed(1)} s`);
}
