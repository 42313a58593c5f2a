// A stage of the pipeline and the one way its cache is keyed.
//
// A stage is defined in its own folder (`pipeline/<stage>/stage.ts`) with `defineStage`, naming the module
// that defines it (`import.meta.url`). Its key is
//   the import closure of that module (every source file it reaches through static and dynamic imports, and
//   the version of every package imported on the way: pipeline/stage/code-key.ts)
//   + the content of its inputs (upstream artifacts' keys, files, folders, values)
// so editing any code a stage runs — and nothing else — makes its artifact stale, with no list kept by hand.
//
// The artifact is JSON under `<out>/.cache/<stage>/<id>.<key>.json`: a later run (or the preview) reads it
// instead of computing it again, and a user can open it to see what the stage produced. A stage that writes
// output files names them in `outputs`; its cached record counts only while every one of them exists.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { cachedStage, type KeyPart } from '../cache/index.ts';
import { PROJECT_ROOT } from '../paths.ts';
import { codeKey } from './code-key.ts';

export type { KeyPart } from '../cache/index.ts';

export interface Stage<In, Artifact> {
  /** Folder under `.cache/` and the name in logs: `ingest`, `panel`, `report`, … */
  name: string;
  /** The module that defines the stage (`import.meta.url`): its import closure is the stage's code. */
  module: string;
  /** Files read at run time that are no import (fonts in a package, …): counted with the code. */
  assets?: { packages?: readonly string[]; dirs?: readonly string[] };
  /** The artifact's name within the stage: one per workbook, per year, per fylke … */
  id(input: In): string;
  /** What the artifact depends on besides the code. */
  inputs(input: In): KeyPart[];
  run(input: In): Artifact | Promise<Artifact>;
  /** Files the run writes; a cached artifact counts only while all of them exist. */
  outputs?(input: In): readonly string[];
}

export function defineStage<In, Artifact>(stage: Stage<In, Artifact>): Stage<In, Artifact> {
  return stage;
}

export interface StageEnv {
  /** `<out>/.cache` */
  cacheDir: string;
  /** Read cached artifacts (false: recompute every stage; artifacts are still written). */
  read: boolean;
}

export interface StageResult<Artifact> {
  value: Artifact;
  /** The artifact's key: code + inputs. Downstream stages name it among their inputs. */
  key: string;
  /** True when the artifact was read from the cache. */
  hit: boolean;
}

const codeKeys = new Map<string, string>();

/** The code part of a stage's key: computed once per process and module (~300 files read and hashed). */
export function stageCodeKey(stage: Pick<Stage<unknown, unknown>, 'module' | 'assets'>): string {
  const id = `${stage.module}\0${JSON.stringify(stage.assets ?? {})}`;
  let key = codeKeys.get(id);
  if (key === undefined) {
    key = codeKey({ root: PROJECT_ROOT, modules: [fileURLToPath(stage.module)], ...(stage.assets?.packages ? { packages: stage.assets.packages } : {}), ...(stage.assets?.dirs ? { dirs: stage.assets.dirs } : {}) });
    codeKeys.set(id, key);
  }
  return key;
}

/** Forget computed code keys (a long-running process after a code change; tests). */
export function resetStageCodeKeys(): void {
  codeKeys.clear();
}

/** Runs a stage, or reads its artifact when one with the same key is cached (and its outputs exist). */
export async function runStage<In, Artifact>(stage: Stage<In, Artifact>, input: In, env: StageEnv): Promise<StageResult<Artifact>> {
  const outputs = stage.outputs?.(input) ?? [];
  const read = env.read && outputs.every((f) => existsSync(f));
  const parts: KeyPart[] = [{ value: { code: stageCodeKey(stage) } }, ...stage.inputs(input)];
  const r = await cachedStage({ dir: env.cacheDir, read }, stage.name, stage.id(input), parts, () => stage.run(input));
  return { value: r.value, key: r.key, hit: r.hit };
}
