// A command whose output folder is read-only, full, or a file: a clear error naming the path and the cause,
// exit code 1, and every earlier output left as it was. Real faults, not simulated: the folder that is a file
// is a file; read-only and full are made in a private mount namespace of the command (unshare --mount), a
// read-only bind mount of the output folder and a small tmpfs, because the tests run as root and root writes
// through chmod. Where mounting is not allowed (not root) those two are skipped; the fs layer's own test
// (atomic-write.test.ts) covers every errno without privileges.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_PATHS, PROJECT_ROOT } from '../../pipeline/paths.ts';

const root = mkdtempSync(join(tmpdir(), 'output-faults-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
const cli = join(PROJECT_ROOT, 'pipeline/cli.ts');
/** Earlier outputs: the fact sheets and statistikkpakke of fylke 03 (Oslo and its bydeler). */
const earlier = join(root, 'earlier');

const canMount = spawnSync('unshare', ['--mount', '--propagation', 'private', 'sh', '-c', `mount -t tmpfs -o size=64k tmpfs ${JSON.stringify(tmpdir())}`]).status === 0;

function factsheets(out: string, ...args: string[]): { status: number | null; output: string } {
  const r = spawnSync(process.execPath, ['--import', 'tsx', cli, 'factsheets', '--out', out, ...args], { cwd: PROJECT_ROOT, encoding: 'utf8', timeout: 170_000 });
  return { status: r.status, output: r.stdout + r.stderr };
}

/** Every file under `dir` (the data cache left out) → sha256. */
function snapshot(dir: string): Map<string, string> {
  const out = new Map<string, string>();
  const walk = (d: string): void => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const p = join(d, e.name);
      if (e.isDirectory()) {
        if (e.name !== '.cache') walk(p);
      } else out.set(relative(dir, p), createHash('sha256').update(readFileSync(p)).digest('hex'));
    }
  };
  walk(dir);
  return out;
}

/** A copy of the earlier outputs to break. */
function copyOfEarlier(): string {
  const out = mkdtempSync(join(root, 'out-'));
  cpSync(earlier, out, { recursive: true });
  return out;
}

/** Earlier outputs are byte for byte what they were; the files made before the fault are whole and listed. */
function earlierIntact(before: Map<string, string>, out: string, except: readonly string[] = []): void {
  const after = snapshot(out);
  for (const [file, hash] of before) if (!except.includes(file)) expect(after.get(file), file).toBe(hash);
  expect([...after.keys()].filter((f) => f.endsWith('.tmp'))).toEqual([]);
  const dir = join(out, '2024', 'faktaark');
  const manifest = JSON.parse(readFileSync(join(dir, '.manifest.json'), 'utf8')) as { entries: Record<string, { files: string[] }> };
  for (const entry of Object.values(manifest.entries)) for (const f of entry.files) expect(existsSync(join(dir, f)), f).toBe(true);
}

beforeAll(() => {
  const cache = join(DEFAULT_PATHS.out, '.cache');
  if (existsSync(cache)) cpSync(cache, join(earlier, '.cache'), { recursive: true });
  const r = factsheets(earlier, '--fylke', '03');
  expect(r.status, r.output).toBe(0);
});

describe('an output folder that cannot be written', () => {
  it('is a file: says so, exit 1, the file untouched', () => {
    const file = join(root, 'not-a-folder');
    writeFileSync(file, 'a file');
    const r = factsheets(file, '--unit', '4601');
    expect(r.status, r.output).toBe(1);
    expect(r.output).toMatch(new RegExp(`error: cannot write ${file}/\\S+: ${file} is a file, not a folder \\(ENOTDIR\\)`));
    expect(r.output).not.toMatch(/\n\s+at /); // no stack trace
    expect(readFileSync(file, 'utf8')).toBe('a file');
  });

  it('holds a file where a subfolder belongs: names it, exit 1, earlier outputs intact', () => {
    const out = copyOfEarlier();
    const pakke = join(out, '2024', 'statistikkpakke');
    rmSync(pakke, { recursive: true });
    writeFileSync(pakke, 'in the way');
    const before = snapshot(out);
    const r = factsheets(out, '--unit', '4601');
    expect(r.status, r.output).toBe(1);
    expect(r.output).toMatch(new RegExp(`error: cannot write ${pakke}/46-vestland.xlsx: ${pakke} is a file, not a folder`));
    // The new sheet was written whole (the manifest and index list it); nothing earlier changed.
    earlierIntact(before, out, ['2024/faktaark/.manifest.json', '2024/faktaark/index.html', '2024/faktaark/index.csv']);
    expect(readFileSync(pakke, 'utf8')).toBe('in the way');
  });

  it.skipIf(!canMount)('is read-only (EROFS, a read-only bind mount): names it, exit 1, every earlier file byte for byte the same', () => {
    const out = copyOfEarlier();
    const before = snapshot(out);
    const q = JSON.stringify(out);
    const script = `mount --bind ${q} ${q} && mount -o remount,bind,ro ${q} && exec ${JSON.stringify(process.execPath)} --import tsx ${JSON.stringify(cli)} factsheets --out ${q} --fylke 03 --force`;
    const r = spawnSync('unshare', ['--mount', '--propagation', 'private', 'sh', '-c', script], { cwd: PROJECT_ROOT, encoding: 'utf8', timeout: 170_000 });
    const output = r.stdout + r.stderr;
    expect(r.status, output).toBe(1);
    expect(output).toMatch(new RegExp(`error: cannot write ${out}/2024/faktaark/\\S+: ${out}/2024/faktaark is on a read-only file system \\(EROFS\\)`));
    // One error for the folder, not one per sheet (44 would follow otherwise): at most one per tab in flight.
    expect(output.match(/read-only file system/g)!.length).toBeLessThanOrEqual(8);
    expect(snapshot(out)).toEqual(before);
  });

  it.skipIf(!canMount)('is full (ENOSPC, a tmpfs with ~400 KB free): names it, exit 1, earlier outputs intact, what was written is whole', () => {
    const before = snapshot(earlier);
    const res = join(root, 'full-result');
    const mnt = join(root, 'full-mnt');
    const kb = Math.ceil(duBytes(earlier) / 1024) + 400;
    // Inside the namespace: the tmpfs, a copy of the earlier outputs, the command; the outcome is written outside.
    const script = [
      `mkdir -p ${mnt} && mount -t tmpfs -o size=${kb}k tmpfs ${mnt} && cp -a ${earlier}/. ${mnt}/`,
      `${JSON.stringify(process.execPath)} --import tsx ${JSON.stringify(cli)} factsheets --out ${mnt} --fylke 46 > ${res}.log 2>&1; echo $? > ${res}.code`,
      `cp -a ${mnt} ${res}.out`,
    ].join(' && ');
    const r = spawnSync('unshare', ['--mount', '--propagation', 'private', 'sh', '-c', script], { cwd: PROJECT_ROOT, encoding: 'utf8', timeout: 170_000 });
    expect(r.status, r.stderr).toBe(0);
    const output = readFileSync(`${res}.log`, 'utf8');
    expect(readFileSync(`${res}.code`, 'utf8').trim(), output).toBe('1');
    expect(output).toMatch(new RegExp(`error: cannot write ${mnt}/2024/\\S+: the disk holding ${mnt}/2024/\\S+ is full \\(ENOSPC\\)`));
    // Fylke 03's sheets and pakke are untouched; what fylke 46 got written before the disk filled is whole and listed.
    earlierIntact(before, `${res}.out`, ['2024/faktaark/.manifest.json', '2024/faktaark/index.html', '2024/faktaark/index.csv']);
  });
});

function duBytes(dir: string): number {
  let total = 0;
  const walk = (d: string): void => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const p = join(d, e.name);
      if (e.isDirectory()) walk(p);
      else total += Math.ceil(statSync(p).size / 4096) * 4096;
    }
  };
  walk(dir);
  return total;
}
