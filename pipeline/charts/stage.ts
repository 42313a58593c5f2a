// The charts stage: every figure of the registry → accessible SVG, rendered in Node with Open Sans's metrics.
import { defineStage } from '../stage/index.ts';
import type { RegistryArtifact } from '../registry/types.ts';
import type { RenderedFigure } from './figures.ts';

export interface ChartsInput {
  registry: RegistryArtifact;
  registryKey: string;
}

export const chartsStage = defineStage<ChartsInput, Record<string, RenderedFigure>>({
  name: 'figures',
  module: import.meta.url,
  assets: { packages: ['@fontsource/open-sans'] },
  id: (i) => `figures-${i.registry.reportYear}`,
  inputs: (i) => [{ value: i.registryKey }],
  run: (i) => import('./figures.ts').then(({ renderFigures }) => renderFigures(i.registry.figures)),
});
