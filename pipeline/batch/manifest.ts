// Incremental batches: a manifest beside the outputs maps each item to the hash of everything its output
// depends on and the files it wrote. An item is made again only when its hash changed or one of its files is
// missing. The manifest is written atomically, and only ever lists files that were completely written.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import type { Logger } from '../context.ts';
import { writeFileAtomic } from '../util/atomic-write.ts';

const entrySchema = z.strictObject({
  hash: z.string(),
  /** File names relative to the manifest's folder. */
  files: z.array(z.string()),
  /** Facts about the output kept for later runs (e.g. page count), shown in indexes. */
  meta: z.record(z.string(), z.union([z.string(), z.number()])).optional(),
});

const manifestSchema = z.strictObject({
  version: z.literal(1),
  entries: z.record(z.string(), entrySchema),
});

export type ManifestEntry = z.infer<typeof entrySchema>;
export type Manifest = z.infer<typeof manifestSchema>;

export const MANIFEST_NAME = '.manifest.json';

export function emptyManifest(): Manifest {
  return { version: 1, entries: {} };
}

/** The manifest in `dir`; an empty one when there is none, or (with a warning) when it cannot be read. */
export function readManifest(dir: string, log?: Logger): Manifest {
  const file = join(dir, MANIFEST_NAME);
  if (!existsSync(file)) return emptyManifest();
  try {
    return manifestSchema.parse(JSON.parse(readFileSync(file, 'utf8')));
  } catch (err) {
    log?.warn(`${file} could not be read (${err instanceof Error ? err.message.split('\n')[0] : String(err)}); everything is made again`);
    return emptyManifest();
  }
}

export function writeManifest(dir: string, manifest: Manifest): void {
  const sorted: Manifest = { version: 1, entries: Object.fromEntries(Object.entries(manifest.entries).sort(([a], [b]) => a.localeCompare(b))) };
  writeFileAtomic(join(dir, MANIFEST_NAME), `${JSON.stringify(sorted, null, 1)}\n`);
}

/** Whether an item must be made: no entry, another hash, or a file of it is gone. */
export function isStale(entry: ManifestEntry | undefined, hash: string, dir: string): boolean {
  return entry === undefined || entry.hash !== hash || entry.files.some((f) => !existsSync(join(dir, f)));
}
