// The part of a cache key that stands for code: every source file a module imports, followed transitively
// through relative imports, plus the version of each package imported on the way. Computed once per run, so
// editing any module that renders an output — and nothing else — makes its outputs stale.
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { hashParts } from '../cache/hash.ts';

const SPECIFIERS = [
  /\b(?:import|export)\s+(?:type\s+)?[^'";]*?\bfrom\s*['"]([^'"]+)['"]/g,
  /\bimport\s*['"]([^'"]+)['"]/g,
  /\bimport\(\s*['"]([^'"]+)['"]\s*\)/g,
];

/** Relative imports are files; others are package names (`vega`, `@fontsource/open-sans`). */
function specifiers(source: string, dynamic: boolean): string[] {
  const out: string[] = [];
  // Type-only imports do not change what runs.
  const code = source.replace(/^\s*import\s+type\s[^;]*;/gm, '').replace(/^\s*export\s+type\s[^;]*\bfrom\s[^;]*;/gm, '');
  for (const re of dynamic ? SPECIFIERS : SPECIFIERS.slice(0, 2)) for (const m of code.matchAll(re)) out.push(m[1]!);
  return out;
}

function packageName(spec: string): string | undefined {
  if (spec.startsWith('node:')) return undefined;
  const parts = spec.split('/');
  return spec.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0];
}

export interface SourceClosure {
  /** Absolute paths of the source files, sorted. */
  files: string[];
  /** Imported packages, sorted. */
  packages: string[];
}

/**
 * The files reachable from `entries` through relative imports, and the packages they import. `dynamic: false`
 * follows static imports only: what loading the entries loads before any `import()` runs.
 */
export function sourceClosure(entries: readonly string[], options: { dynamic?: boolean } = {}): SourceClosure {
  const dynamic = options.dynamic ?? true;
  const files = new Set<string>();
  const packages = new Set<string>();
  const todo = entries.map((e) => resolve(e));
  for (let file = todo.pop(); file !== undefined; file = todo.pop()) {
    if (files.has(file) || !existsSync(file)) continue;
    files.add(file);
    if (!file.endsWith('.ts')) continue;
    for (const spec of specifiers(readFileSync(file, 'utf8'), dynamic)) {
      if (spec.startsWith('.')) todo.push(resolve(dirname(file), spec));
      else {
        const name = packageName(spec);
        if (name !== undefined) packages.add(name);
      }
    }
  }
  return { files: [...files].sort(), packages: [...packages].sort() };
}

/** `{ name: version }` of installed packages (from node_modules/<name>/package.json), for a cache key. */
export function packageVersions(root: string, names: readonly string[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const name of names) {
    const file = join(root, 'node_modules', name, 'package.json');
    if (!existsSync(file)) continue;
    const version = (JSON.parse(readFileSync(file, 'utf8')) as { version?: unknown }).version;
    out[name] = typeof version === 'string' ? version : '?';
  }
  return out;
}

export interface CodeKeyParts {
  /** Project root; names in the key are relative to it, so the key does not change when the project moves. */
  root: string;
  /** Modules whose import closure counts (e.g. pipeline/factsheets/index.ts). */
  modules?: readonly string[];
  /** Single files that count, not followed (e.g. the orchestrator that writes the outputs). */
  files?: readonly string[];
  /** Folders whose every file counts (templates, styles); a missing folder counts as empty. */
  dirs?: readonly string[];
  /** Packages whose installed version counts, besides those the modules import (e.g. fonts). */
  packages?: readonly string[];
}

/** One hash for the code, templates and packages an output is made with. Reads each file once. */
export function codeKey(parts: CodeKeyParts): string {
  const root = resolve(parts.root);
  const closure = sourceClosure((parts.modules ?? []).map((m) => resolve(root, m)));
  const files = new Set([...closure.files, ...(parts.files ?? []).map((f) => resolve(root, f))]);
  for (const d of parts.dirs ?? []) for (const f of filesBelow(resolve(root, d))) files.add(f);
  const digests = [...files]
    .sort()
    .map((f) => [relative(root, f), existsSync(f) ? createHash('sha256').update(readFileSync(f)).digest('hex') : null]);
  const packages = packageVersions(root, [...new Set([...closure.packages, ...(parts.packages ?? [])])].sort());
  return hashParts([{ value: { files: digests, packages } }]);
}

function filesBelow(dir: string): string[] {
  if (!statSync(dir, { throwIfNoEntry: false })?.isDirectory()) return [];
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath, e.name));
}
