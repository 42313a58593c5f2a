// The registry: every named table, figure and set of facts the report and the fact sheets show, computed
// from the panel by pure functions. Items live one per file in pipeline/tables/, pipeline/figures/ and
// pipeline/facts/; templates refer to them by id only.
import { CORE_ITEMS } from './core.ts';
import { questionSections } from '../survey/sections.ts';
import { surveyItems } from './survey.ts';
import type { CodebookFile } from '../codebook/index.ts';
import type { ComputeInput, RegistryArtifact, RegistryItem } from './types.ts';
import { PipelineError } from '../errors.ts';

export type * from './types.ts';

/** Every item for a codebook: the core (årsverk) items, then the survey's (most made from the codebook). */
export function registryItems(cb: CodebookFile): RegistryItem[] {
  return [...CORE_ITEMS, ...surveyItems(cb)];
}

export class RegistryError extends PipelineError {
  constructor(
    readonly id: string,
    message: string,
  ) {
    super('registry.item-failed', `${id}: ${message}`);
  }
}

/** Ids must be unique across tables, figures and facts of each kind. */
export function checkRegistry(items: readonly RegistryItem[]): void {
  const seen = new Set<string>();
  for (const item of items) {
    const key = `${item.kind}:${item.id}`;
    if (seen.has(key)) throw new RegistryError(item.id, `duplicate ${item.kind} id`);
    seen.add(key);
  }
}

/** Computes every item. A failing item throws a RegistryError naming it. */
export function computeRegistry(input: ComputeInput, items: readonly RegistryItem[] = registryItems(input.codebook)): RegistryArtifact {
  const steps = computeSteps(input, items);
  for (let step = steps.next(); ; step = steps.next()) if (step.done) return step.value;
}

/**
 * computeRegistry that gives the event loop a turn after each item, so a server computing the registry
 * (the preview, after a data change) keeps answering requests meanwhile. The same result.
 */
export async function computeRegistryAsync(input: ComputeInput, items: readonly RegistryItem[] = registryItems(input.codebook)): Promise<RegistryArtifact> {
  const steps = computeSteps(input, items);
  for (let step = steps.next(); ; step = steps.next()) {
    if (step.done) return step.value;
    await yieldToEventLoop();
  }
}

/** One item per step. */
function* computeSteps(input: ComputeInput, items: readonly RegistryItem[]): Generator<void, RegistryArtifact> {
  checkRegistry(items);
  const out: RegistryArtifact = { reportYear: input.reportYear, synthetic: input.panel.synthetic === true, tables: {}, figures: {}, facts: {}, tableSets: {}, questions: [] };
  for (const item of items) {
    try {
      if (item.kind === 'table') out.tables[item.id] = item.compute(input);
      else if (item.kind === 'figure') out.figures[item.id] = item.compute(input);
      else if (item.kind === 'tableSet') out.tableSets[item.id] = item.compute(input);
      else out.facts[item.id] = item.compute(input);
    } catch (err) {
      throw err instanceof RegistryError ? err : new RegistryError(item.id, err instanceof Error ? err.message : String(err));
    }
    yield;
  }
  out.questions = questionSections(input, out.tables);
  return out;
}

/** Resolves after pending I/O callbacks have run. */
const yieldToEventLoop = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));
