import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'puppeteer-core';
import {
  checkFontCoverage,
  createTextMeasurer,
  fontFaceCss,
  fontFaces,
  matchVariant,
  measureText,
  parseUnicodeRange,
  REQUIRED_CHARACTERS,
  webFonts,
} from '../../pipeline/fonts/index.ts';
import { fontPackageDir } from '../../pipeline/fonts/faces.ts';
import { launchBrowser } from './browser.ts';

describe('font faces', () => {
  it('ships latin and latin-ext for 400, 600, 700 and 400 italic', () => {
    const names = fontFaces().map((f) => `${f.subset}-${f.weight}-${f.style}`);
    expect(names.sort()).toEqual(
      ['latin', 'latin-ext'].flatMap((s) => [`${s}-400-italic`, `${s}-400-normal`, `${s}-600-normal`, `${s}-700-normal`]).sort(),
    );
  });

  it("takes each unicode-range from the package's CSS, matching its unicode.json", () => {
    const unicode = JSON.parse(readFileSync(join(fontPackageDir(), 'unicode.json'), 'utf8')) as Record<string, string>;
    for (const f of fontFaces()) expect(f.unicodeRange.replace(/\s/g, '')).toBe(unicode[f.subset]);
  });

  it('parses unicode ranges', () => {
    expect(parseUnicodeRange('U+0000-00FF,U+0131, U+2212')).toEqual([
      [0, 255],
      [0x131, 0x131],
      [0x2212, 0x2212],
    ]);
    expect(() => parseUnicodeRange('U+00ZZ')).toThrow(/unicode-range/);
  });

  it('matches weights and styles as CSS does', () => {
    expect(matchVariant(400, 'normal')).toEqual({ weight: 400, style: 'normal' });
    expect(matchVariant('bold', undefined)).toEqual({ weight: 700, style: 'normal' });
    expect(matchVariant('600', undefined)).toEqual({ weight: 600, style: 'normal' });
    expect(matchVariant(500, undefined)).toEqual({ weight: 400, style: 'normal' }); // 400–500: lighter first
    expect(matchVariant(550, undefined)).toEqual({ weight: 600, style: 'normal' }); // above 500: heavier first
    expect(matchVariant(800, undefined)).toEqual({ weight: 700, style: 'normal' });
    expect(matchVariant(300, undefined)).toEqual({ weight: 400, style: 'normal' });
    expect(matchVariant(700, 'italic')).toEqual({ weight: 400, style: 'italic' }); // the only italic
  });
});

describe('font coverage', () => {
  it('covers Norwegian and Sami letters, U+2212 and the typography we emit, in every face', () => {
    for (const ch of 'æøåÆØÅáčđŋšŧžÁČĐŊŠŦŽ\u2212') expect(REQUIRED_CHARACTERS).toContain(ch);
    expect(checkFontCoverage()).toEqual([]);
  });

  it('reports characters the font lacks', () => {
    const missing = checkFontCoverage('aж漢');
    expect(missing.map((m) => m.char)).toEqual(expect.arrayContaining(['ж', '漢']));
    expect(missing.some((m) => m.char === 'a')).toBe(false);
    expect(missing.find((m) => m.char === 'ж')?.codePoint).toBe('U+0436');
  });
});

describe('@font-face CSS', () => {
  const css = fontFaceCss();
  it('inlines every face as a woff2 data URL with its unicode-range', () => {
    const blocks = css.split('@font-face').slice(1);
    expect(blocks).toHaveLength(8);
    for (const f of fontFaces()) {
      const data = readFileSync(f.file).toString('base64');
      const block = blocks.find((b) => b.includes(data));
      expect(block, f.file).toBeDefined();
      expect(block).toContain(`font-weight: ${f.weight};`);
      expect(block).toContain(`font-style: ${f.style};`);
      expect(block).toContain(`unicode-range: ${f.unicodeRange};`);
      expect(block).toContain("font-family: 'Open Sans';");
    }
    expect(css).not.toMatch(/url\((?!data:font\/woff2;base64,)/);
  });

  it('gives printers the same faces in the same order as the CSS declares them (the last declared wins on overlap)', () => {
    const fromCss = css
      .split('@font-face')
      .slice(1)
      .map((b) => ({
        weight: /font-weight: (\d+);/.exec(b)![1],
        style: /font-style: (\w+);/.exec(b)![1],
        unicodeRange: /unicode-range: ([^;]+);/.exec(b)![1],
        base64: /base64,([^)]+)\)/.exec(b)![1],
      }));
    expect(webFonts().css).toBe(css);
    expect(webFonts().faces.map(({ weight, style, unicodeRange, base64 }) => ({ weight, style, unicodeRange, base64 }))).toEqual(fromCss);
  });
});

describe('measureText', () => {
  it('scales with the size and is cached consistently', () => {
    const a = measureText('Årsverk per 10 000 innbyggere', { size: 10 });
    const b = measureText('Årsverk per 10 000 innbyggere', { size: 20 });
    expect(a).toBeGreaterThan(100);
    expect(b).toBeCloseTo(2 * a, 9);
    expect(measureText('Årsverk per 10 000 innbyggere', { size: 10 })).toBe(a);
    expect(createTextMeasurer().measure('Årsverk per 10 000 innbyggere', { size: 10 })).toBe(a);
  });

  it('is narrower than Vega’s fallback estimate (0,8 × size per character)', () => {
    const text = 'Kommunereform og pandemi';
    expect(measureText(text, { size: 11 })).toBeLessThan(0.8 * 11 * text.length * 0.75);
  });

  it('measures bold wider than regular, and empty text as 0', () => {
    expect(measureText('Tromsø', { size: 12, weight: 700 })).toBeGreaterThan(measureText('Tromsø', { size: 12 }));
    expect(measureText('', { size: 12 })).toBe(0);
    expect(measureText('abc', { size: 0 })).toBe(0);
  });

  it('mixes subsets within one string (latin + latin-ext)', () => {
    const mixed = measureText('Kárášjohka', { size: 12 });
    expect(mixed).toBeCloseTo(measureText('Kárá', { size: 12 }) + measureText('š', { size: 12 }) + measureText('johka', { size: 12 }), 1);
  });
});

describe('measureText against Chromium', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('agrees within 1 % with the width Chromium lays out, for every face', async () => {
    const strings = [
      'Årsverk per 10 000 innbyggere',
      'Kommunereform og pandemi',
      'Finnmark – Finnmárku – Finmarkku',
      'Guovdageaidnu – Kautokeino',
      'Unjárga – Nesseby',
      '17\u00a0436',
      '\u22128,4\u00a0%',
      'Ŋ ŧ đ č š ž ÆØÅ æøå',
      'AVATAR Tøyen, «Vet ikke»',
      'Barn og unge (0–17 år)',
    ];
    const styles = [
      { size: 11, weight: 400, style: 'normal' },
      { size: 16, weight: 600, style: 'normal' },
      { size: 13, weight: 700, style: 'normal' },
      { size: 12, weight: 400, style: 'italic' },
    ] as const;
    const page = await browser.newPage();
    await page.setContent(
      `<!doctype html><html><head><meta charset="utf-8"><style>${fontFaceCss()}
       body{margin:0} span{font-family:'Open Sans';white-space:pre;font-kerning:normal}</style></head><body></body></html>`,
    );
    const measured = await page.evaluate(
      async (strings, styles) => {
        const out: number[][] = [];
        for (const st of styles) {
          const row: number[] = [];
          for (const s of strings) {
            const span = document.createElement('span');
            span.textContent = s;
            span.style.fontSize = `${st.size}px`;
            span.style.fontWeight = String(st.weight);
            span.style.fontStyle = st.style;
            document.body.appendChild(span);
            row.push(0);
          }
          out.push(row);
        }
        await document.fonts.ready;
        const spans = Array.from(document.querySelectorAll('span'));
        return out.map((row, i) => row.map((_, j) => spans[i * strings.length + j]!.getBoundingClientRect().width));
      },
      strings,
      styles,
    );
    // The page really used the embedded font (not a fallback): every face is loaded.
    const loaded = await page.evaluate(() => {
      let n = 0;
      document.fonts.forEach((f) => {
        if (f.status === 'loaded') n++;
      });
      return n;
    });
    expect(loaded).toBeGreaterThanOrEqual(8);
    await page.close();
    styles.forEach((st, i) => {
      strings.forEach((s, j) => {
        const ours = measureText(s, st);
        const chrome = measured[i]![j]!;
        expect(Math.abs(ours - chrome) / chrome, `${s} @ ${st.size}px ${st.weight} ${st.style}: ours ${ours}, Chromium ${chrome}`).toBeLessThan(0.01);
      });
    });
  });
});
