// The print stage's pure parts: URL policy, CSS strings and page CSS, header/footer templates.
import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { nativeTemplates } from '../../pipeline/print/native-frame.ts';
import { escapeHtml } from '../../pipeline/util/escape.ts';
import { wrapUntagged } from '../../pipeline/print/pdf-artifacts.ts';
import { laidOutForPrintOnly } from '../../pipeline/print/print.ts';
import { isAllowedUrl } from '../../pipeline/print/network-guard.ts';
import { cssString, pagedCss } from '../../pipeline/print/page-css.ts';

describe('isAllowedUrl', () => {
  const root = mkdtempSync(join(tmpdir(), 'print-guard-'));
  const allowed = join(root, 'allowed');
  const outside = join(root, 'outside');
  mkdirSync(allowed);
  mkdirSync(outside);
  writeFileSync(join(allowed, 'a.svg'), '<svg/>');
  writeFileSync(join(outside, 'secret.txt'), 'x');
  symlinkSync(join(outside, 'secret.txt'), join(allowed, 'link.txt'));

  it('allows data: URLs and files inside an allowed folder', () => {
    expect(isAllowedUrl('data:image/svg+xml;base64,PHN2Zy8+', [])).toBe(true);
    expect(isAllowedUrl(pathToFileURL(join(allowed, 'a.svg')).href, [allowed])).toBe(true);
  });

  it('blocks the network and files outside the allowed folders', () => {
    for (const url of ['http://example.com/x.png', 'https://example.com/', 'ws://127.0.0.1:9/', 'ftp://example.com/x', 'blob:null/1']) {
      expect(isAllowedUrl(url, [allowed])).toBe(false);
    }
    expect(isAllowedUrl(pathToFileURL(join(outside, 'secret.txt')).href, [allowed])).toBe(false);
    expect(isAllowedUrl('file:///etc/passwd', [allowed])).toBe(false);
    expect(isAllowedUrl(pathToFileURL(join(allowed, 'a.svg')).href, [])).toBe(false);
  });

  it('is not fooled by .. segments, prefix-sharing folders or symlinks', () => {
    expect(isAllowedUrl(`${pathToFileURL(allowed).href}/../outside/secret.txt`, [allowed])).toBe(false);
    mkdirSync(`${allowed}-evil`, { recursive: true });
    expect(isAllowedUrl(pathToFileURL(join(`${allowed}-evil`, 'x')).href, [allowed])).toBe(false);
    expect(isAllowedUrl(pathToFileURL(join(allowed, 'link.txt')).href, [allowed])).toBe(false);
  });
});

describe('cssString', () => {
  it('quotes and escapes', () => {
    expect(cssString('3 Tiltak')).toBe('"3 Tiltak"');
    expect(cssString('a "b" \\ c')).toBe('"a \\"b\\" \\\\ c"');
    expect(cssString('to\nlinjer')).toBe('"to linjer"');
    expect(cssString('Årsverk – æøå')).toBe('"Årsverk – æøå"');
  });
});

describe('pagedCss', () => {
  const css = pagedCss(
    { fontFamily: "'Open Sans', sans-serif", notice: 'Eksempeldata – ikke offisielle tall' },
    [
      { selector: '#kap-1', text: '1 Sammendrag' },
      { selector: '#kap-2', text: '2 "Sitat"' },
    ],
    '.cover',
  );

  it('gives each chapter a named page whose header is its title', () => {
    expect(css).toContain('@page chapter-1 { @top-left { content: "1 Sammendrag"; } }');
    expect(css).toContain('#kap-1 { page: chapter-1; }');
    expect(css).toContain('@page chapter-2 { @top-left { content: "2 \\"Sitat\\""; } }');
    expect(css).toContain('#kap-2 { page: chapter-2; }');
  });

  it('puts the notice and "side n av N" in the footer and no header on the cover', () => {
    expect(css).toContain('content: "Eksempeldata – ikke offisielle tall"');
    expect(css).toContain('content: "side " counter(page) " av " counter(pages)');
    expect(css).toMatch(/@page cover \{ @top-left \{ content: none; \} @bottom-right \{ content: none; \} \}/);
    expect(css).toContain('.cover { page: cover; }');
    expect(css).toContain('size: A4;');
  });
});

describe('nativeTemplates', () => {
  it('escapes texts, sets font family and size, and uses Chrome page-number classes', () => {
    const t = nativeTemplates({ fontFamily: 'sans-serif', fontSize: '7pt', headerLeft: 'Bø <i>&</i>', footerLeft: 'Eksempeldata' });
    expect(t.headerTemplate).toContain('Bø &lt;i&gt;&amp;&lt;/i&gt;');
    expect(t.headerTemplate).toContain('font-size: 7pt');
    expect(t.headerTemplate).toContain('font-family: sans-serif');
    expect(t.footerTemplate).toContain('side <span class="pageNumber"></span> av <span class="totalPages"></span>');
    expect(escapeHtml(`"'`)).toBe('&quot;&#39;');
  });
});

describe('wrapUntagged', () => {
  const wrap = (src: string): string | undefined => wrapUntagged(src)?.content;

  it('wraps untagged text objects and painted paths, leaves tagged content and clips alone', () => {
    const src = [
      'q 1 0 0 1 0 0 cm',
      'BT /F1 8 Tf (Header \\(side\\) EMC) Tj ET',
      '0 0 10 10 re W n',
      '/P <</MCID 0 >>BDC BT /F1 10 Tf (Body) Tj ET 0 0 5 5 re f EMC',
      '1 0 0 RG 0 0 m 10 0 l S',
      'Q',
    ].join('\n');
    expect(wrap(src)).toBe(
      [
        'q 1 0 0 1 0 0 cm',
        '/Artifact BMC\nBT /F1 8 Tf (Header \\(side\\) EMC) Tj ET\nEMC\n',
        '0 0 10 10 re W n',
        '/P <</MCID 0 >>BDC BT /F1 10 Tf (Body) Tj ET 0 0 5 5 re f EMC',
        '1 0 0 RG /Artifact BMC\n0 0 m 10 0 l S\nEMC\n',
        'Q',
      ].join('\n'),
    );
    expect(wrapUntagged(src)?.count).toBe(2);
  });

  it('allows untagged marked content (ActualText) inside an untagged text object', () => {
    expect(wrap('BT /Span <</ActualText (ffi)>> BDC <0102> Tj EMC ET')).toBe(
      '/Artifact BMC\nBT /Span <</ActualText (ffi)>> BDC <0102> Tj EMC ET\nEMC\n',
    );
  });

  it('leaves streams it does not understand unchanged', () => {
    expect(wrapUntagged('BT /P <</MCID 3>> BDC (x) Tj EMC ET')).toBeUndefined();
    expect(wrapUntagged('q BI /W 1 /H 1 ID \u0000 EI Q')).toBeUndefined();
    expect(wrapUntagged('/P <</MCID 0>> BDC BT (x) Tj ET')).toBeUndefined();
    expect(wrapUntagged('BT (x) Tj ET ) >')).toBeUndefined();
  });
});

describe('laidOutForPrintOnly', () => {
  it('hides the document on screen only, in its head; leaves a document without a head alone', () => {
    const html = '<!doctype html><html><HEAD><title>x</title></HEAD><body><p>x</p></body></html>';
    expect(laidOutForPrintOnly(html)).toBe(
      '<!doctype html><html><HEAD><title>x</title><style media="screen">html { display: none !important; }</style></HEAD><body><p>x</p></body></html>',
    );
    expect(laidOutForPrintOnly('<p>no head</p>')).toBe('<p>no head</p>');
  });
});
