import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { codeKey, sourceClosure } from '../../pipeline/stage/code-key.ts';

let root: string;
const write = (rel: string, text: string): void => {
  mkdirSync(join(root, rel, '..'), { recursive: true });
  writeFileSync(join(root, rel), text);
};

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'code-key-'));
  write('src/a/index.ts', "export { b } from './b.ts';\nimport type { T } from '../types.ts';\nimport { x } from 'some-pkg/sub';\n");
  write('src/a/b.ts', "import '../side.ts';\nexport const b = async () => import('../lazy.ts');\n");
  write('src/side.ts', 'export {};\n');
  write('src/lazy.ts', "import { c } from '@scope/pkg';\n");
  write('src/types.ts', 'export type T = number;\n');
  write('src/unrelated.ts', 'export const u = 1;\n');
  write('templates/sheet/main.hbs', '<p>{{x}}</p>');
  write('node_modules/some-pkg/package.json', '{"version":"1.2.3"}');
  write('node_modules/@scope/pkg/package.json', '{"version":"4.5.6"}');
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

describe('source closure and code key', () => {
  it('follows relative imports (static, side-effect, dynamic), skips type-only imports, lists packages', () => {
    const c = sourceClosure([join(root, 'src/a/index.ts')]);
    expect(c.files.map((f) => f.slice(root.length + 1))).toEqual(['src/a/b.ts', 'src/a/index.ts', 'src/lazy.ts', 'src/side.ts']);
    expect(c.packages).toEqual(['@scope/pkg', 'some-pkg']);
  });

  it('with dynamic: false follows static and side-effect imports only (what loading the entry loads at once)', () => {
    const c = sourceClosure([join(root, 'src/a/index.ts')], { dynamic: false });
    expect(c.files.map((f) => f.slice(root.length + 1))).toEqual(['src/a/b.ts', 'src/a/index.ts', 'src/side.ts']);
    expect(c.packages).toEqual(['some-pkg']);
  });

  it('changes when a file in the closure, a template or a package version changes, not for other files', () => {
    const key = () => codeKey({ root, modules: ['src/a/index.ts'], dirs: ['templates/sheet'] });
    const k0 = key();
    expect(key()).toBe(k0);
    write('src/unrelated.ts', 'export const u = 2;\n');
    expect(key()).toBe(k0);
    write('src/side.ts', 'export const changed = 1;\n');
    const k1 = key();
    expect(k1).not.toBe(k0);
    write('templates/sheet/main.hbs', '<p>{{y}}</p>');
    const k2 = key();
    expect(k2).not.toBe(k1);
    write('node_modules/some-pkg/package.json', '{"version":"1.2.4"}');
    expect(key()).not.toBe(k2);
  });
});
