// The registry stage: tables, figures and facts computed from the panel, and the figures rendered to SVG.
// Both artifacts are cached under <out>/.cache/ (registry/, figures/), keyed by the panel, the findings and the
// code that computes them.
import { join } from 'node:path';
import { cachedStage, type KeyPart } from '../cache/index.ts';
import type { Context } from '../context.ts';
import { PROJECT_ROOT } from '../paths.ts';
import { computeRegistryAsync, renderFigures, type RegistryArtifact, type RenderedFigure } from '../registry/index.ts';
import type { BuildData } from './data.ts';

export interface RegistryStage {
  artifact: RegistryArtifact;
  svgs: Record<string, RenderedFigure>;
  /** Content key of the artifact (changes when any table, figure or fact may have changed). */
  key: string;
}

const CODE = ['registry', 'tables', 'figures', 'facts', 'aggregate', 'survey', 'stats', 'charts', 'look', 'format', 'fonts', 'codebook'];

export async function loadRegistry(data: BuildData, opts: { out: string; cache?: boolean }, ctx: Context): Promise<RegistryStage> {
  const cache = { dir: join(opts.out, '.cache'), read: opts.cache !== false };
  const code: KeyPart[] = CODE.map((d) => ({ dir: join(PROJECT_ROOT, 'pipeline', d), ext: ['.ts', '.json'] }));
  const started = performance.now();
  const registry = await cachedStage(cache, 'registry', `registry-${data.reportYear}`, [{ value: data.keys }, ...code], () =>
    // Cooperative: the preview computes the registry while serving pages.
    computeRegistryAsync({ panel: data.panel, reportYear: data.reportYear, codebook: data.codebook, reference: data.reference, findings: data.findings }),
  );
  const svgs = await cachedStage(cache, 'figures', `figures-${data.reportYear}`, [{ value: registry.key }, ...code], () => renderFigures(registry.value.figures));
  if (!registry.hit || !svgs.hit) {
    const a = registry.value;
    ctx.log.info(
      `Computed ${Object.keys(a.tables).length} tables, ${Object.keys(a.figures).length} figures, ${Object.keys(a.facts).length} fact sets in ${((performance.now() - started) / 1000).toFixed(1)} s`,
    );
  }
  return { artifact: registry.value, svgs: svgs.value, key: svgs.key };
}
