// Glyphs in the printed PDF sit at Open Sans's own advances: each word is as wide as fontkit measures it
// (pipeline/fonts, which the charts use to lay out labels). With Chrome's default font hinting on Linux each
// advance is rounded to a whole CSS pixel and words come out 1–3 % narrower or wider, with uneven spacing.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fontFaceCss } from '../../pipeline/fonts/css.ts';
import { measureText } from '../../pipeline/fonts/index.ts';
import { inspectPdf } from '../../pipeline/print/inspect.ts';
import { launchBrowser, type LaunchedBrowser } from '../../pipeline/print/launch.ts';
import { printPdf } from '../../pipeline/print/print.ts';

const WORDS = ['Kommunenummer', 'innbyggere', 'Sykepleier', 'årsverk', 'målgruppen', 'Utdanningsnivå'];
const STYLES = [
  { size: 7.5, weight: 400 },
  { size: 8.5, weight: 400 },
  { size: 9, weight: 600 },
  { size: 11.5, weight: 700 },
] as const;

let chrome: LaunchedBrowser;
/** Per style, the words as printed: their text and the width from the first glyph's origin to the last one's advance, in pt. */
let words: { text: string; width: number }[][];

beforeAll(async () => {
  chrome = await launchBrowser();
  // One word a line, so a line's extent is the word's width.
  const body = STYLES.flatMap((s) => WORDS.map((w) => `<p style="font-size: ${s.size}pt; font-weight: ${s.weight}; margin: 0 0 4pt">${w}</p>`)).join('\n');
  const html = `<!doctype html><html lang="nb"><head><meta charset="utf-8"><title>t</title><style>${fontFaceCss()} body { font-family: 'Open Sans'; margin: 0; }</style></head><body>${body}</body></html>`;
  const { pdf } = await printPdf(chrome.browser, { html, mode: 'native' });
  // pdfjs places each text item from the PDF's own glyph widths and text positioning (independent of fontkit).
  const found = (await inspectPdf(pdf)).pages.flatMap((p) => p.lines).map((l) => ({ text: l.text, width: l.right - l.left }));
  words = STYLES.map((_, i) => found.slice(i * WORDS.length, (i + 1) * WORDS.length));
}, 60_000);

afterAll(async () => {
  await chrome?.close();
});

describe('glyph spacing in printed PDFs', () => {
  it('prints every word as wide as the font metrics give it (within 0,1 pt)', () => {
    expect(words).toHaveLength(STYLES.length);
    STYLES.forEach((style, i) => {
      expect(words[i]!.map((w) => w.text)).toEqual(WORDS);
      for (const w of words[i]!) {
        const expected = measureText(w.text, { size: style.size / 0.75, weight: style.weight }) * 0.75;
        expect(Math.abs(w.width - expected), `${w.text} at ${style.size} pt ${style.weight}: ${w.width.toFixed(2)} pt, fontkit ${expected.toFixed(2)} pt`).toBeLessThan(0.1);
      }
    });
  });
});
