// Every page's frame (templates/web/layout.hbs): head with the Content-Security-Policy, skip link, site
// header with the sample-data notice, optional chapter navigation and previous/next, footer. The engine and
// the label catalogues (templates/web/i18n/<lang>.json) are loaded once per site build.
import { join } from 'node:path';
import { loadCatalogue } from '../factsheets/i18n.ts';
import type { Lang } from '../factsheets/types.ts';
import { createEngine, type TemplateEngine } from '../templating/index.ts';
import { fill } from '../factsheets/i18n.ts';
import { rootOf } from './paths.ts';

/**
 * Nothing but the site's own files: scripts and styles from 'self' only (no inline code, no eval — the charts use
 * vega's expression interpreter), images from the site or made in the page (PNG download), no frames, no forms.
 */
export const CSP = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

export type Words = Record<string, string>;

export interface Site {
  engine: TemplateEngine;
  templates: string;
  words(lang: Lang): Words;
  year: number;
  /** The sample-data notice, or ''. */
  notice: string;
  footer: string;
}

export interface NavItem {
  href: string;
  label: string;
  current?: boolean;
  sections?: { href: string; label: string }[];
}

export interface PageInput {
  /** Site path of the page ('kapittel/storrelse.html'); links in the frame are made relative to it. */
  path: string;
  lang: Lang;
  title: string;
  description?: string;
  pageKind: 'start' | 'chapter' | 'unit';
  body: string;
  /** Whether the page has interactive charts (loads the chart runtime). */
  charts: boolean;
  /** Shared data scripts the page's charts need (relative links). */
  dataScripts?: string[];
  /** Whether the page has the unit search (loads the search index). */
  search?: boolean;
  nav?: { title: string; items: NavItem[] };
  pager?: { label: string; prev?: { href: string; label: string }; next?: { href: string; label: string } };
}

export function createSite(templates: string, year: number, notice: string, footer: string): Site {
  const engine = createEngine({ partialDirs: [join(templates, 'partials')] });
  const cache = new Map<Lang, Words>();
  return {
    engine,
    templates,
    year,
    notice,
    footer,
    words(lang) {
      let w = cache.get(lang);
      if (!w) {
        const cat = loadCatalogue(templates, lang) as unknown as Record<string, string>;
        w = Object.fromEntries(Object.entries(cat).map(([k, v]) => [k, typeof v === 'string' ? v : String(v)]));
        cache.set(lang, w);
      }
      return w;
    },
  };
}

/** A label with `{placeholders}` filled. */
export function word(words: Words, key: string, vars: Record<string, string | number> = {}): string {
  const text = words[key];
  if (text === undefined) throw new Error(`web: no label "${key}" in templates/web/i18n/${words.lang}.json`);
  return fill(text, vars, `web:${key}`);
}

export function renderPage(site: Site, page: PageInput): string {
  const words = site.words(page.lang);
  return site.engine.render(join(site.templates, 'layout.hbs'), {
    lang: page.lang,
    csp: CSP,
    title: page.title,
    description: page.description ?? '',
    root: rootOf(page.path),
    charts: page.charts,
    dataScripts: page.dataScripts ?? [],
    search: page.search ?? false,
    pageKind: page.pageKind,
    words,
    siteName: word(words, 'siteName', { year: site.year }),
    notice: site.notice,
    footer: site.footer,
    body: page.body,
    nav: page.nav ?? false,
    pager: page.pager ?? false,
  });
}
