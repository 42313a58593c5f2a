// A copy of the project in a temporary folder (node_modules linked), where a test may edit code, templates,
// the codebook and workbooks and run the real build as a command. Stage keys name files relative to the
// project root, so the copy reuses this checkout's stage cache when one is there.
import { execFile } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { promisify } from 'node:util';
import { outputLayout } from '../../pipeline/layout.ts';
import { PROJECT_ROOT } from '../../pipeline/paths.ts';

const run = promisify(execFile);

export interface ProjectCopy {
  root: string;
  out: string;
  /** Runs `pipeline/cli.ts build --out <out> …args` in the copy. */
  build(...args: string[]): Promise<{ code: number; output: string }>;
  edit(file: string, from: string | RegExp, to: string): void;
  remove(): void;
}

export function copyProject(): ProjectCopy {
  const root = mkdtempSync(join(tmpdir(), 'build-e2e-'));
  for (const item of ['pipeline', 'templates', 'data', 'report.yaml', 'package.json', 'tsconfig.json']) cpSync(join(PROJECT_ROOT, item), join(root, item), { recursive: true });
  symlinkSync(join(PROJECT_ROOT, 'node_modules'), join(root, 'node_modules'), 'dir');
  const out = join(root, 'output');
  const cache = outputLayout(join(PROJECT_ROOT, 'output')).cache;
  if (existsSync(cache)) cpSync(cache, outputLayout(out).cache, { recursive: true });
  return {
    root,
    out,
    async build(...args) {
      try {
        const r = await run(process.execPath, ['--import', 'tsx', 'pipeline/cli.ts', 'build', '--out', out, ...args], {
          cwd: root,
          env: { ...process.env, FORCE_COLOR: '0', CI: 'true' },
          maxBuffer: 64 * 1024 * 1024,
        });
        return { code: 0, output: r.stdout + r.stderr };
      } catch (err) {
        const e = err as { code?: number; stdout?: string; stderr?: string };
        return { code: typeof e.code === 'number' ? e.code : -1, output: `${e.stdout ?? ''}${e.stderr ?? ''}` };
      }
    },
    edit(file, from, to) {
      const path = join(root, file);
      const text = readFileSync(path, 'utf8');
      const next = text.replace(from, to);
      if (next === text) throw new Error(`test setup: ${file} does not contain ${String(from)}`);
      writeFileSync(path, next);
    },
    remove: () => rmSync(root, { recursive: true, force: true }),
  };
}

/** The stage artifacts in a cache folder: `<stage>/<id>` → file name (which carries the key of its inputs). */
export function cacheListing(cacheDir: string): Map<string, string> {
  const out = new Map<string, string>();
  if (!existsSync(cacheDir)) return out;
  for (const stage of readdirSync(cacheDir)) {
    for (const file of readdirSync(join(cacheDir, stage))) {
      const m = /^(.*)\.([0-9a-f]{16})\.json$/.exec(file);
      if (m) out.set(`${stage}/${m[1]}`, file);
    }
  }
  return out;
}

/** Artifacts that were computed between two listings (new or with another key). */
export function recomputed(before: Map<string, string>, after: Map<string, string>): string[] {
  return [...after.entries()].filter(([id, file]) => before.get(id) !== file).map(([id]) => id).sort();
}

/** Files below a folder with their modification times, relative names. */
export function mtimes(dir: string): Map<string, number> {
  const out = new Map<string, number>();
  if (!existsSync(dir)) return out;
  for (const e of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!e.isFile()) continue;
    const path = join(e.parentPath, e.name);
    out.set(relative(dir, path), statSync(path).mtimeMs);
  }
  return out;
}

export function rewritten(before: Map<string, number>, after: Map<string, number>): string[] {
  return [...after.entries()].filter(([f, t]) => before.get(f) !== t).map(([f]) => f).sort();
}
