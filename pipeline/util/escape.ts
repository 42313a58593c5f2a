// The one escape for text put into HTML, SVG or XML markup (element text and quoted attribute values):
// `&`, `<`, `>`, `"` and `'` as entities every one of those formats knows.
const ENTITIES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ENTITIES[c] ?? c);
}
