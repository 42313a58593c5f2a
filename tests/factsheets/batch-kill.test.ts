// Killing the batch half-way leaves only complete PDFs, and a manifest that names only files that exist;
// the next run renders what is missing and nothing else.
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PDFDocument } from 'pdf-lib';
import { descendants } from './process-tree.ts';
import { afterAll, describe, expect, it } from 'vitest';
import { DEFAULT_PATHS, PROJECT_ROOT } from '../../pipeline/paths.ts';

const out = mkdtempSync(join(tmpdir(), 'factsheets-kill-'));
afterAll(() => rmSync(out, { recursive: true, force: true }));
const args = [join(PROJECT_ROOT, 'pipeline/cli.ts'), 'factsheets', '--out', out, '--fylke', '46'];


describe('a killed batch', () => {
  it('leaves no half-written PDF behind', async () => {
    const cache = join(DEFAULT_PATHS.out, '.cache');
    if (existsSync(cache)) cpSync(cache, join(out, '.cache'), { recursive: true });
    // Its own process group, so the browser goes down with it.
    const child = spawn(process.execPath, ['--import', 'tsx', ...args], { cwd: PROJECT_ROOT, detached: true, stdio: 'ignore' });
    const pdfs = (): string[] => {
      const year = existsSync(out) ? readdirSync(out).find((d) => /^\d{4}$/.test(d)) : undefined;
      const dir = year && join(out, year, 'faktaark');
      return dir && existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.pdf')).map((f) => join(dir, f)) : [];
    };
    const deadline = Date.now() + 100_000;
    while (pdfs().length < 3 && Date.now() < deadline && child.exitCode === null) await new Promise((r) => setTimeout(r, 50));
    expect(child.exitCode).toBeNull(); // still running: killed mid-run
    // puppeteer starts Chrome detached (its own process group): kill it by pid too, or it outlives the test.
    const browsers = descendants(child.pid!);
    process.kill(-child.pid!, 'SIGKILL');
    for (const pid of browsers) {
      try {
        process.kill(-pid, 'SIGKILL');
      } catch {
        // already gone
      }
    }
    await new Promise((r) => child.once('exit', r));

    const written = pdfs();
    expect(written.length).toBeGreaterThanOrEqual(3);
    for (const file of written) expect((await PDFDocument.load(readFileSync(file))).getPageCount()).toBeGreaterThanOrEqual(2);
    const dir = join(written[0]!, '..');
    const manifestFile = join(dir, '.manifest.json');
    if (existsSync(manifestFile)) {
      const manifest = JSON.parse(readFileSync(manifestFile, 'utf8')) as { entries: Record<string, { files: string[] }> };
      for (const entry of Object.values(manifest.entries)) for (const f of entry.files) expect(existsSync(join(dir, f))).toBe(true);
    }

    // The rerun finishes the job: every sheet of the fylke is there afterwards, none failed.
    const rerun = spawnSync(process.execPath, ['--import', 'tsx', ...args], { cwd: PROJECT_ROOT, encoding: 'utf8', timeout: 110_000 });
    expect(rerun.status).toBe(0);
    const m = /(\d+) selected, (\d+) rendered, (\d+) unchanged, 0 failed/.exec(rerun.stdout);
    expect(m).not.toBeNull();
    expect(Number(m![2]) + Number(m![3])).toBe(Number(m![1]));
    expect(Number(m![2])).toBeLessThan(Number(m![1]));
    expect(pdfs()).toHaveLength(Number(m![1]));
    // Temporary files of the killed run are cleared away.
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });
});
