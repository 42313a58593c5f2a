// Choropleth of kommune rates: all årsverk per 10 000 inhabitants (Oslo as a whole), on the 2024 kommune map.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { kommuneYears } from '../aggregate/index.ts';
import { choroplethChart, type KommuneTopology } from '../charts/index.ts';
import { formatInteger } from '../format/index.ts';
import type { ComputeInput, FigureDef, FigureModel } from '../registry/types.ts';
import { per10000 } from '../stats/index.ts';
import { figureModel } from './common.ts';

export const TOPOLOGY_FILE = 'kommuner.topo.json';

/** The map, read once per reference object (a preview computes the registry again after each data change). */
const topologies = new WeakMap<ComputeInput['reference'], KommuneTopology>();
function topologyOf(reference: ComputeInput['reference']): KommuneTopology {
  let topology = topologies.get(reference);
  // The map is reference data beside the other reference files (read, never written).
  if (!topology) topologies.set(reference, (topology = JSON.parse(readFileSync(join(reference.dir, TOPOLOGY_FILE), 'utf8')) as KommuneTopology));
  return topology;
}

function computeMapRates(input: ComputeInput): FigureModel {
  const { panel, reference, reportYear } = input;
  const topology = topologyOf(reference);
  const kommuner = kommuneYears(panel, reference, reportYear);
  const values = kommuner.map((k) => ({ code: k.code, value: per10000(k.arsverk.V + k.arsverk.B, k.population.total) }));
  const onMap = new Set(topology.objects.Kommuner.geometries.map((g) => String(g.id ?? '')));
  const notOnMap = kommuner.filter((k) => !onMap.has(k.code));
  const chart = choroplethChart({ topology, values, legendTitle: 'Årsverk per 10 000 innbyggere', format: 'decimal1' });
  return figureModel(input, {
    id: 'map-rates',
    title: `Årsverk per 10 000 innbyggere etter kommune, ${reportYear}`,
    chart,
    notes: [
      'Årsverk for voksne og for barn og unge til sammen, per 10 000 innbyggere. Klassene er kvintiler av kommunenes verdier. Oslo vises som hele kommunen.',
      notOnMap.length > 0 && `${formatInteger(notOnMap.length)} kommuner finnes ikke på kartet (kommuneinndelingen på kartet er fra 2024).`,
    ],
  });
}

export const mapRates: FigureDef = { kind: 'figure', id: 'map-rates', chapter: 'fylke', compute: computeMapRates };
