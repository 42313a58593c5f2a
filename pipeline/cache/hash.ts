// Content hashes for cache keys: files, folders of source code, and JSON values. Files and folders are named
// in a key by their path relative to the project root, so a checkout that moves (another folder, another CI
// runner) keeps its keys and reuses its cache; what a stage stores must then not hold absolute paths either.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { PROJECT_ROOT } from '../paths.ts';

export type KeyPart =
  | { file: string }
  /** Every file below a folder (sorted, with relative names), e.g. a stage's source code or templates. */
  | { dir: string; ext?: string[] }
  | { value: unknown };

function listFiles(dir: string, ext?: string[]): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const entry of readdirSync(d, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const p = join(d, entry.name);
      if (entry.isDirectory()) walk(p);
      else if (!ext || ext.some((e) => entry.name.endsWith(e))) out.push(p);
    }
  };
  walk(dir);
  return out;
}

/** Stable JSON: object keys sorted, Maps and Sets as sorted arrays. */
export function stableJson(value: unknown): string {
  return JSON.stringify(value, (_k, v: unknown) => {
    if (v instanceof Map) return [...(v as Map<unknown, unknown>).entries()].sort();
    if (v instanceof Set) return [...(v as Set<unknown>)].sort();
    if (v && typeof v === 'object' && !Array.isArray(v)) {
      return Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([a], [b]) => a.localeCompare(b)));
    }
    return v;
  });
}

/** A path as a key names it: relative to `root`, with forward slashes. */
function pathInKey(path: string, root: string): string {
  return relative(root, resolve(path)).split(sep).join('/');
}

/** `root`: what file and folder paths are named relative to (default the project root). */
export function hashParts(parts: KeyPart[], root: string = PROJECT_ROOT): string {
  const h = createHash('sha256');
  for (const part of parts) {
    if ('file' in part) {
      h.update(`file\0${pathInKey(part.file, root)}\0`);
      h.update(readFileSync(part.file));
    } else if ('dir' in part) {
      h.update(`dir\0${pathInKey(part.dir, root)}\0`);
      if (statSync(part.dir, { throwIfNoEntry: false })?.isDirectory()) {
        for (const f of listFiles(part.dir, part.ext)) {
          h.update(`${pathInKey(f, part.dir)}\0`);
          h.update(readFileSync(f));
        }
      }
    } else {
      h.update(`value\0${stableJson(part.value)}\0`);
    }
  }
  return h.digest('hex').slice(0, 16);
}
