// The site's shared files under web/assets/: the chart runtime (vega, vega-lite, vega-embed and the CSP-safe
// expression interpreter, copied from node_modules), Open Sans (woff2 files with their @font-face CSS), and
// the site's own stylesheet and script (templates/web/assets/). Written only when their content changed.
import { existsSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { FONT_FAMILY, fontFaces } from '../fonts/index.ts';
import { DEFAULT_PATHS, PROJECT_ROOT } from '../paths.ts';
import { writeFileAtomic } from '../util/atomic-write.ts';
import { SITE } from './paths.ts';
import { webCssVariables } from '../look/index.ts';
import { PipelineError } from '../errors.ts';

export const WEB_TEMPLATES = join(DEFAULT_PATHS.templates, 'web');

/** An installed package's folder (the packages' `exports` hide their package.json from require.resolve). */
const packageDir = (name: string): string => join(PROJECT_ROOT, 'node_modules', name);

/** Browser builds of the chart runtime, in load order (each a classic script that sets a global). */
export const RUNTIME = [
  { name: 'vega.min.js', from: () => join(packageDir('vega'), 'build', 'vega.min.js') },
  { name: 'vega-lite.min.js', from: () => join(packageDir('vega-lite'), 'build', 'vega-lite.min.js') },
  { name: 'vega-embed.min.js', from: () => join(packageDir('vega-embed'), 'build', 'vega-embed.min.js') },
] as const;
export const INTERPRETER = 'vega-interpreter.js';

export class WebAssetError extends PipelineError {}

/**
 * vega-interpreter ships only as an ES module importing vega-util, and module scripts do not load from file://.
 * Its single import is taken from the `vega` global (vega re-exports vega-util) and its export set as the global
 * `vegaInterpreter`, inside a function so nothing else leaks. Fails loudly if the file's shape changes.
 */
export function interpreterScript(source: string): string {
  const importLine = /^import \{([^}]+)\} from 'vega-util';\s*$/m;
  const exportLine = /^export \{ expression as expressionInterpreter \};\s*$/m;
  const imp = importLine.exec(source);
  if (!imp || !exportLine.test(source)) {
    throw new WebAssetError('web.interpreter-shape', 'vega-interpreter/build/vega-interpreter.js no longer has the one import and export the web edition rewrites; update pipeline/web/assets.ts');
  }
  const names = imp[1]!.split(',').map((n) => n.trim()).filter(Boolean);
  const body = source.replace(importLine, '').replace(exportLine, '');
  return [
    '/* vega-interpreter (BSD-3-Clause, https://github.com/vega/vega) as a classic script; see pipeline/web/assets.ts */',
    '(function (vega) {',
    `  const { ${names.join(', ')} } = vega;`,
    body,
    '  globalThis.vegaInterpreter = { expressionInterpreter: expression };',
    '})(globalThis.vega);',
    '',
  ].join('\n');
}

/** @font-face rules for the site: the same faces as print, from files beside the CSS. */
export function fontCss(): { css: string; files: { name: string; file: string }[] } {
  const faces = fontFaces();
  const files = faces.map((f) => ({ name: basename(f.file), file: f.file }));
  const css = faces
    .map((f) =>
      [
        '@font-face {',
        `  font-family: '${FONT_FAMILY}';`,
        `  font-style: ${f.style};`,
        `  font-weight: ${f.weight};`,
        '  font-display: swap;',
        `  src: url(fonts/${basename(f.file)}) format('woff2');`,
        `  unicode-range: ${f.unicodeRange};`,
        '}',
      ].join('\n'),
    )
    .join('\n');
  return { css, files };
}

/** The profile bars' widths (.w0 … .w100), which the print sheet sets in an inline style the site's CSP does not allow. */
export function barWidthCss(): string {
  return Array.from({ length: 101 }, (_, i) => `.bar-line.w${i}::before { width: ${i}%; }`).join('\n');
}

/** Writes `data` to `file` unless the file already holds exactly that. Returns whether it wrote. */
export function writeIfChanged(file: string, data: string | Uint8Array): boolean {
  const bytes = typeof data === 'string' ? Buffer.from(data) : Buffer.from(data);
  if (existsSync(file) && readFileSync(file).equals(bytes)) return false;
  writeFileAtomic(file, bytes);
  return true;
}

/** Every shared file of the site, by its path under web/. */
export function siteAssets(templates = WEB_TEMPLATES): Map<string, string | Buffer> {
  const out = new Map<string, string | Buffer>();
  for (const r of RUNTIME) out.set(SITE.asset(`vendor/${r.name}`), readFileSync(r.from()));
  out.set(SITE.asset(`vendor/${INTERPRETER}`), interpreterScript(readFileSync(join(packageDir('vega-interpreter'), 'build', 'vega-interpreter.js'), 'utf8')));
  const fonts = fontCss();
  for (const f of fonts.files) out.set(SITE.asset(`fonts/${f.name}`), readFileSync(f.file));
  out.set(SITE.asset('site.css'), `${fonts.css}\n${webCssVariables()}\n${readFileSync(join(templates, 'assets', 'site.css'), 'utf8')}\n${barWidthCss()}`);
  out.set(SITE.asset('site.js'), readFileSync(join(templates, 'assets', 'site.js'), 'utf8'));
  return out;
}

/** Writes the shared files into the site folder; returns how many changed. */
export function writeAssets(dir: string, templates = WEB_TEMPLATES): number {
  let n = 0;
  for (const [path, data] of siteAssets(templates)) if (writeIfChanged(join(dir, path), data)) n++;
  return n;
}
