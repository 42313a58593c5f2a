// Small string helpers for the preview's own HTML. Pure.

export { escapeHtml } from '../util/escape.ts';

/** Decodes the entities an HTML attribute value may hold (named basics and numeric). */
export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|amp|lt|gt|quot|apos|nbsp);/gi, (_m, e: string) => {
    const lower = e.toLowerCase();
    if (lower.startsWith('#x')) return String.fromCodePoint(parseInt(lower.slice(2), 16));
    if (lower.startsWith('#')) return String.fromCodePoint(Number(lower.slice(1)));
    return ({ amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00A0' } as Record<string, string>)[lower] ?? '';
  });
}

/** JSON for a `<script type="application/json">` block (no `</script>` can end it early). */
export function jsonScript(id: string, value: unknown): string {
  const json = JSON.stringify(value).replace(/</g, '\\u003c').replace(/>/g, '\\u003e').replace(/&/g, '\\u0026');
  return `<script type="application/json" id="${id}">${json}</script>`;
}

/** Inserts `markup` at the start of the document's <head> (or creates one). */
export function injectHead(html: string, markup: string, where: 'start' | 'end' = 'end'): string {
  if (where === 'end') {
    const close = html.search(/<\/head\s*>/i);
    if (close >= 0) return html.slice(0, close) + markup + html.slice(close);
  }
  const open = /<head(\s[^>]*)?>/i.exec(html);
  if (open) return html.slice(0, open.index + open[0].length) + markup + html.slice(open.index + open[0].length);
  const htmlTag = /<html(\s[^>]*)?>/i.exec(html);
  if (htmlTag) return html.slice(0, htmlTag.index + htmlTag[0].length) + `<head>${markup}</head>` + html.slice(htmlTag.index + htmlTag[0].length);
  return `<!DOCTYPE html><html><head>${markup}</head><body>${html}</body></html>`;
}

/** The <title> of a document, decoded; undefined when it has none. */
export function documentTitle(html: string): string | undefined {
  const m = /<title[^>]*>([\s\S]*?)<\/title>/i.exec(html);
  return m?.[1] === undefined ? undefined : decodeEntities(m[1]).trim();
}
