// Stage artifacts on disk: each stage's output is written as JSON under <out>/.cache/<stage>/, keyed by a
// hash of its inputs and its code. An unchanged rerun reads the artifact instead of computing it again, and a
// user can open the JSON to inspect what a stage produced.
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { basename, join } from 'node:path';
import { writeFileAtomic } from '../util/atomic-write.ts';
import { hashParts, type KeyPart } from './hash.ts';

export interface StageCache {
  dir: string;
  /** When false, every stage is computed (and still written, for inspection). */
  read: boolean;
}

export interface CachedResult<T> {
  value: T;
  /** The key of the inputs (the artifact's file name). */
  key: string;
  /**
   * A hash of the artifact's content: what a downstream stage names among its inputs, so an artifact
   * recomputed to the same content (a reworded finding the registry does not show) stops the rebuild there.
   */
  contentKey: string;
  hit: boolean;
  file: string;
}

/**
 * Returns the artifact for `stage` + `name` whose key matches `parts`, computing and writing it when absent.
 * Older artifacts of the same stage and name are removed, so the folder holds one file per name.
 */
export async function cachedStage<T>(
  cache: StageCache,
  stage: string,
  name: string,
  parts: KeyPart[],
  compute: () => T | Promise<T>,
): Promise<CachedResult<T>> {
  const key = hashParts([{ value: { stage, name } }, ...parts]);
  const stageDir = join(cache.dir, stage);
  const file = join(stageDir, `${name}.${key}.json`);
  if (cache.read && existsSync(file)) {
    const text = readFileSync(file, 'utf8');
    return { value: JSON.parse(text) as T, key, contentKey: contentKeyOf(text), hit: true, file };
  }
  const value = await compute();
  const text = JSON.stringify(value, null, 1);
  writeFileAtomic(file, text);
  // Older artifacts of the stage go only once the new one is written (a full disk keeps the old one).
  for (const old of readdirSync(stageDir)) {
    if (old !== basename(file) && old.startsWith(`${name}.`) && old.endsWith('.json')) rmSync(join(stageDir, old), { force: true });
  }
  return { value, key, contentKey: contentKeyOf(text), hit: false, file };
}

function contentKeyOf(text: string): string {
  return createHash('sha256').update(text).digest('hex').slice(0, 16);
}
