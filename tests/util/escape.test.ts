import { describe, expect, it } from 'vitest';
import { escapeHtml } from '../../pipeline/util/escape.ts';

describe('escapeHtml', () => {
  it('escapes the five characters that end text or a quoted attribute, once, and leaves the rest', () => {
    expect(escapeHtml(`<a href="x" title='y'>Bø & Øksnes</a>`)).toBe('&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;Bø &amp; Øksnes&lt;/a&gt;');
    expect(escapeHtml('&amp;')).toBe('&amp;amp;');
    expect(escapeHtml('17\u00a0436 – «tall»')).toBe('17\u00a0436 – «tall»');
  });

});
