// factsheetHtml(model, { lang, synthetic }): the complete, self-contained HTML of one sheet — Open Sans
// inlined, the sheet's CSS inlined, charts as inline SVG — in the sheet's language (nb or nn), for Chrome's
// 'native' print mode. The page frame is in the document's own @page rules: the running head (name and year)
// top left, the sample-data marking bottom left on every page when the data are synthetic, "side n av N"
// bottom right. Templates: templates/factsheet/sheet.hbs and partials/; labels: i18n/<lang>.json.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { FONT_STACK, fontFaceCss } from '../fonts/index.ts';
import { cssColour, FACTSHEET_PAGE, factsheetCssVariables } from '../look/index.ts';
import { DEFAULT_PATHS } from '../paths.ts';
import { cssString } from '../print/page-css.ts';
import { createEngine, type TemplateEngine } from '../templating/index.ts';
import { loadCatalogue, translator } from './i18n.ts';
import type { FactsheetModel, Lang } from './types.ts';
import { headerView } from './view/header.ts';
import { keyFiguresView } from './view/key-figures.ts';
import { membersView } from './view/members.ts';
import { positionView } from './view/position.ts';
import type { StripMarks } from './svg/strip.ts';
import { profileView } from './view/profile.ts';
import { qualityView } from './view/quality.ts';
import { surveyView } from './view/survey.ts';
import { trendView } from './view/trend.ts';
import type { ViewContext } from './view/context.ts';

export const FACTSHEET_TEMPLATES = join(DEFAULT_PATHS.templates, 'factsheet');

/** Page margins; the same as the print engine's native-mode default, so either may set them. */
export const FACTSHEET_MARGIN = { top: '18mm', right: '15mm', bottom: '18mm', left: '15mm' } as const;

export interface FactsheetHtmlOptions {
  /** Written standard; default the unit's own (model.unit.lang). */
  lang?: Lang;
  /** Mark every page as sample data. */
  synthetic: boolean;
  /** Templates folder (sheet.hbs, partials/, style.css, i18n/); default templates/factsheet. */
  templates?: string;
  /** How the position strips show the compared units; default by their number (svg/strip.ts stripMarks). The
   * web edition draws every unit (its charts have a tooltip per dot), so its legend says dots. */
  stripMarks?: StripMarks;
}

interface Loaded {
  fingerprint: string;
  engine: TemplateEngine;
  css: string;
}

const engines = new Map<string, Loaded>();

/** Modification times of the template files, so an edited template (preview, live reload) is read again. */
function fingerprint(dir: string): string {
  const parts: string[] = [];
  for (const sub of ['', 'partials']) {
    const d = join(dir, sub);
    for (const f of readdirSync(d).sort()) {
      if (f.endsWith('.hbs') || f.endsWith('.css')) parts.push(`${sub}/${f}:${statSync(join(d, f)).mtimeMs}`);
    }
  }
  return parts.join('|');
}

function loaded(dir: string, lang: Lang): Loaded {
  const key = `${dir}|${lang}`;
  const fp = fingerprint(dir);
  const hit = engines.get(key);
  if (hit && hit.fingerprint === fp) return hit;
  const l: Loaded = {
    fingerprint: fp,
    engine: createEngine({ partialDirs: [join(dir, 'partials')], lang }),
    // The look's variables first: style.css only refers to them.
    css: factsheetCssVariables() + readFileSync(join(dir, 'style.css'), 'utf8'),
  };
  engines.set(key, l);
  return l;
}

function pageCss(head: string, marking: string | undefined, pageWords: [string, string]): string {
  const m = FACTSHEET_MARGIN;
  const box = `font-family: ${FONT_STACK}; font-size: 7.5pt; color: ${cssColour(FACTSHEET_PAGE.muted)};`;
  return [
    '@page {',
    `  size: A4; margin: ${m.top} ${m.right} ${m.bottom} ${m.left};`,
    `  @top-left { content: ${cssString(head)}; ${box} vertical-align: bottom; padding-bottom: 4mm; }`,
    marking
      ? `  @bottom-left { content: ${cssString(marking)}; ${box} color: ${cssColour(FACTSHEET_PAGE.marking)}; font-weight: 700; vertical-align: top; padding-top: 4mm; }`
      : '',
    `  @bottom-right { content: ${cssString(pageWords[0])} counter(page) ${cssString(pageWords[1])} counter(pages); ${box} vertical-align: top; padding-top: 4mm; }`,
    '}',
  ].join('\n');
}

/** What the sheet's partials show (header, key figures, trend, …), in the sheet's language; the web edition renders the same. */
export interface FactsheetBody {
  lang: Lang;
  /** The sheet's label lookup (templates/factsheet/i18n/<lang>.json). */
  t: ReturnType<typeof translator>;
  /** The unit's name as a heading ("Hele landet" for the country). */
  name: string;
  marking: { short: string; long: string } | false;
  kind: FactsheetModel['unit']['kind'];
  header: ReturnType<typeof headerView>;
  keyFigures: ReturnType<typeof keyFiguresView>;
  trend: ReturnType<typeof trendView>;
  position: ReturnType<typeof positionView>;
  profile: ReturnType<typeof profileView>;
  survey: ReturnType<typeof surveyView>;
  quality: ReturnType<typeof qualityView>;
  members: ReturnType<typeof membersView>;
  source: string;
}

export function factsheetBody(model: FactsheetModel, opts: FactsheetHtmlOptions): FactsheetBody {
  const lang = opts.lang ?? model.unit.lang;
  const dir = opts.templates ?? FACTSHEET_TEMPLATES;
  const t = translator(loadCatalogue(dir, lang));
  const isLand = model.unit.kind === 'land';
  const c: ViewContext = { model, lang, t, name: isLand ? t('land') : model.unit.name, nameInText: isLand ? t('landInText') : model.unit.name };
  const marking = opts.synthetic ? t('marking.short') : undefined;
  return {
    lang,
    t,
    name: c.name,
    marking: marking ? { short: marking, long: t('marking.long', { name: c.nameInText }) } : false,
    kind: model.unit.kind,
    header: headerView(c),
    keyFigures: keyFiguresView(c),
    trend: trendView(c),
    position: positionView(c, opts.stripMarks),
    profile: profileView(c),
    survey: surveyView(c),
    quality: qualityView(c),
    members: membersView(c),
    source: t('sheet.source'),
  };
}

export function factsheetHtml(model: FactsheetModel, opts: FactsheetHtmlOptions): string {
  const dir = opts.templates ?? FACTSHEET_TEMPLATES;
  const body = factsheetBody(model, opts);
  const { lang, t, name } = body;
  const { engine, css } = loaded(dir, lang);
  const context = {
    ...body,
    title: t('sheet.pdfTitle', { year: model.reportYear, name, code: model.unit.code }),
    fontCss: fontFaceCss(),
    css,
    pageCss: pageCss(t('sheet.head', { name, year: model.reportYear }), body.marking ? body.marking.short : undefined, [t('sheet.pageBefore'), t('sheet.pageBetween')]),
  };
  return engine.render(join(dir, 'sheet.hbs'), context);
}
