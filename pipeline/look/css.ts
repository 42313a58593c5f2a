// The stylesheets' CSS variables, made from the tokens: a `:root { … }` block put before each stylesheet
// (report: pipeline/report/html.ts, fact sheet: pipeline/factsheets/html.ts). The .css files only use var(--…).
import { BACKGROUND, DASH, FACTSHEET_PAGE, REPORT_PAGE, SPREAD, STROKE, WEB_PAGE } from './tokens.ts';

type Vars = Record<string, string | number>;

const px = (n: number) => `${n}px`;

/** A colour as the stylesheets write it (lower-case hex). */
export function cssColour(hex: string): string {
  return hex.toLowerCase();
}

function rootBlock(vars: Vars): string {
  const lines = Object.entries(vars).map(([name, value]) => `  --${name}: ${typeof value === 'string' && value.startsWith('#') ? cssColour(value) : value};`);
  return `:root {\n${lines.join('\n')}\n}\n`;
}

/** Variables of templates/report/report.css. */
export function reportCssVariables(): string {
  const p = REPORT_PAGE;
  return rootBlock({
    paper: p.paper,
    ink: p.ink,
    muted: p.muted,
    accent: p.accent,
    'accent-soft': p.accentSoft,
    rule: p.rule,
    'table-rule': p.tableRule,
    subtotal: p.subtotal,
    warn: p.warn,
  });
}

/** Variables of templates/web/assets/site.css (the web edition). */
export function webCssVariables(): string {
  const p = WEB_PAGE;
  return rootBlock({
    ...sheetPageColours(p),
    link: p.link,
    'link-hover': p.linkHover,
    focus: p.focus,
    paper: p.paper,
    'strip-box': p.stripBox,
  });
}

/** The page colours the fact sheets and the web edition (which shows them) have in common. */
function sheetPageColours(p: typeof FACTSHEET_PAGE): Vars {
  return { text: p.text, muted: p.muted, rule: p.rule, band: p.band, unit: p.unit, peer: p.peer, land: p.land, 'land-bar': p.landBar, marking: p.marking };
}

/** Variables of templates/factsheet/style.css, including the legend swatches of the charts (same colours,
 * strokes and dashes as the lines and marks they stand for). */
export function factsheetCssVariables(): string {
  return rootBlock({
    ...sheetPageColours(FACTSHEET_PAGE),
    'unit-stroke': px(STROKE.unitLine),
    'compare-stroke': px(STROKE.compareLine),
    'peer-dash-on': px(DASH.peer[0]),
    'peer-dash-period': px(DASH.peer[0] + DASH.peer[1]),
    'land-dash-on': px(DASH.land[0]),
    'land-dash-period': px(DASH.land[0] + DASH.land[1]),
    'strip-dot': SPREAD.dot,
    'strip-dot-opacity': SPREAD.dotOpacity,
    // The legend's dot as the chart's dot looks on the page, opaque: an element with opacity is printed as a
    // transparency group, whose content a tagged PDF leaves unmarked (PDF/UA).
    'strip-dot-swatch': over(SPREAD.dot, SPREAD.dotOpacity, BACKGROUND),
    'strip-box': SPREAD.boxFill,
    'strip-box-stroke': px(STROKE.smallBox),
    'median-stroke': px(STROKE.median),
    'land-stroke': px(STROKE.land),
    'land-rule-on': px(DASH.landRule[0]),
    'land-rule-period': px(DASH.landRule[0] + DASH.landRule[1]),
  });
}

/** `colour` at `opacity` over `under`, as one opaque colour (#rrggbb). */
export function over(colour: string, opacity: number, under: string): string {
  const ch = (hex: string, i: number): number => parseInt(hex.slice(1 + 2 * i, 3 + 2 * i), 16);
  const mix = [0, 1, 2].map((i) => Math.round(ch(colour, i) * opacity + ch(under, i) * (1 - opacity)));
  return `#${mix.map((v) => v.toString(16).padStart(2, '0')).join('')}`.toUpperCase();
}
