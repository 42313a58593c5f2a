// Post-processing of Vega's SVG: one accessible figure (role="img", aria-label, <title>) with Vega's own
// per-mark roles and labels removed, and ids made unique on a page that holds many charts.

import { escapeHtml } from '../util/escape.ts';

/** Ids are used in HTML too: letters, digits, '-' and '_' only. */
export function safeId(id: string): string {
  const s = id
    .replace(/[æÆ]/g, 'ae')
    .replace(/[øØ]/g, 'o')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^A-Za-z0-9_-]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .toLowerCase();
  return /^[A-Za-z]/.test(s) ? s : `fig-${s}`;
}

export interface AccessibleSvgOptions {
  id: string;
  altText: string;
  title?: string;
}

const ARIA_ATTR = / (?:role|aria-[a-z]+)="[^"]*"/g;

export function accessibleSvg(svg: string, { id, altText, title }: AccessibleSvgOptions): string {
  const prefix = safeId(id);
  const rootEnd = svg.indexOf('>');
  if (!svg.startsWith('<svg') || rootEnd < 0) throw new Error('chart.svg-root: Vega output does not start with <svg>');

  // Strip Vega's ARIA attributes from every element (attribute values cannot contain '<' or '>': Vega escapes them).
  let body = svg.slice(rootEnd + 1).replace(/<[^>]+>/g, (tag) => tag.replace(ARIA_ATTR, ''));

  // Prefix ids and their references (clip paths, gradients).
  const ids = new Set<string>();
  body = body.replace(/ id="([^"]+)"/g, (_, v: string) => {
    ids.add(v);
    return ` id="${prefix}-${v}"`;
  });
  for (const v of ids) {
    body = body.split(`url(#${v})`).join(`url(#${prefix}-${v})`).split(`href="#${v}"`).join(`href="#${prefix}-${v}"`);
  }

  // Children are presentation: screen readers and PDF tags see one image with the alt text.
  body = body.replace(/^(<rect[^>]*\/>)?<g /, (m) => m.replace(/<g $/, '<g aria-hidden="true" '));

  const root = svg
    .slice(0, rootEnd)
    .replace(ARIA_ATTR, '')
    .replace(/ class="marks"/, ` class="chart" id="${prefix}"`);
  // The accessible name is the alt text (aria-label wins over <title>; no aria-labelledby, which would win
  // over both). The <title> is the short name some viewers show on hover.
  return `${root} role="img" aria-label="${escapeHtml(altText)}"><title>${escapeHtml(title ?? altText)}</title>${body}`;
}
