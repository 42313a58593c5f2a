import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { changePhrase, createEngine, TemplateError } from '../../pipeline/templating/index.ts';

const NBSP = '\u00a0';
const MINUS = '\u2212';

function fixture(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'tpl-'));
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
  return dir;
}

describe('templating engine', () => {
  it('formats Norwegian numbers, per cents, signed values and plurals', () => {
    const dir = fixture({ 'a.hbs': '{{int n}}|{{dec r 1}}|{{pct s}}|{{pctWord s}}|{{signed d}}|{{signedPct s}}|{{plural k "kommune" "kommuner"}}|{{int missing}}' });
    const out = createEngine().render(join(dir, 'a.hbs'), { n: 17436, r: 2.05, s: 0.021, d: -8, k: 2, missing: null });
    expect(out).toBe(`17${NBSP}436|2,1|2,1${NBSP}%|2,1 prosent|${MINUS}8|+2,1${NBSP}%|2 kommuner|–`);
  });

  it('fails on a missing field with the template name, the field and the line', () => {
    const dir = fixture({ 'chapter.hbs': 'Line one\n{{title}} and {{nope}}' });
    const file = join(dir, 'chapter.hbs');
    let err: unknown;
    try {
      createEngine().render(file, { title: 'x' });
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(TemplateError);
    expect((err as TemplateError).template).toBe(file);
    expect((err as TemplateError).field).toBe('nope');
    expect((err as Error).message).toMatch(/line 2/);
  });

  it('names the partial, not its caller, when a partial reads a missing field', () => {
    const dir = fixture({ 'main.hbs': '{{> partials/box}}', 'partials/box.hbs': '<b>{{value}}</b>' });
    const engine = createEngine({ partialDirs: [dir] });
    expect(() => engine.render(join(dir, 'main.hbs'), {})).toThrow(/partials\/box\.hbs: missing field "value"/);
    expect(engine.render(join(dir, 'main.hbs'), { value: 'ok' })).toBe('<b>ok</b>');
  });

  it('escapes text from the data', () => {
    const dir = fixture({ 'a.hbs': '{{name}}' });
    expect(createEngine().render(join(dir, 'a.hbs'), { name: '<script>x</script>' })).toBe('&lt;script&gt;x&lt;/script&gt;');
  });
});

describe('change phrases', () => {
  it('says increase, decrease and no change in bokmål and nynorsk', () => {
    expect(changePhrase(362, 362 / 17074, { unit: 'årsverk' })).toBe('en økning på 362 årsverk, eller 2,1 prosent');
    expect(changePhrase(-8.4, -8.4 / 400, { unit: 'årsverk' })).toBe('en nedgang på 8 årsverk, eller 2,1 prosent');
    expect(changePhrase(0.3, 0.00002, { unit: 'årsverk' })).toBe('ingen endring');
    expect(changePhrase(362, 0.0212, { unit: 'årsverk', lang: 'nn' })).toBe('ein auke på 362 årsverk, eller 2,1 prosent');
    expect(changePhrase(-1, null, { lang: 'nn' })).toBe('ein nedgang på 1');
    expect(changePhrase(null, null)).toBe('–');
  });
});
