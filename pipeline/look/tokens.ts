// The project's look, in one place: every colour, text size, stroke width and dash of the charts (report and
// fact sheets) and of the two stylesheets. Nothing else in pipeline/ or templates/ writes a colour of these:
// the Vega-Lite config (vega.ts), the fact sheets' SVG (pipeline/factsheets/svg) and the stylesheets' CSS
// variables (css.ts) are made from the values here. tests/look/ fails on a copied literal.
//
// Colours. Categorical: the Okabe–Ito hues that reach 3:1 against white (blue, vermillion, bluish green,
// reddish purple), plus dark grey and indigo; every pair stays apart (CIELAB ΔE ≥ 17) under simulated
// protanopia, deuteranopia and tritanopia (Machado et al. 2009). Checked in tests/charts/palette.test.ts.

export const CATEGORICAL = ['#0072B2', '#D55E00', '#009E73', '#CC79A7', '#595959', '#332288'] as const;

/** Ordered answer scales (stor nedgang … stor økning): blue–grey–orange, readable with colour-vision deficiency. */
export const DIVERGING_5 = ['#1F5A96', '#7FAFD6', '#D9D9D9', '#F0A35E', '#B35900'] as const;
/** "Vet ikke", "ikke svart" and other answers outside the scale. */
export const NEUTRAL = '#8C8C8C';
/** The mark colour of single-series charts, and of the unit itself on a fact sheet. */
export const PRIMARY = CATEGORICAL[0];
/** The comparison series on a fact sheet (size group or fylke). */
export const PEER = CATEGORICAL[1];
/** A bar that stands apart from the others, e.g. "Hele landet" among the fylker (7:1 on white). */
export const HIGHLIGHT = '#595959';

/** Sequential blues for maps, light to dark by number of classes; the lightest still differs from the white
 * page and from the grey for missing values. */
export const SEQUENTIAL: Readonly<Record<number, readonly string[]>> = {
  3: ['#BDD7E7', '#6BAED6', '#08519C'],
  4: ['#C6DBEF', '#6BAED6', '#2171B5', '#08306B'],
  5: ['#C6DBEF', '#9ECAE1', '#4292C6', '#2171B5', '#08306B'],
  6: ['#C6DBEF', '#9ECAE1', '#6BAED6', '#4292C6', '#2171B5', '#08306B'],
};
/** A map area without a value. */
export const MISSING_FILL = '#E0E0E0';

export const TEXT = '#262626';
export const TEXT_MUTED = '#4D4D4D';
export const GRID = '#E3E3E3';
export const AXIS = '#595959';
export const BACKGROUND = '#FFFFFF';
/** Separators between filled marks (stacked segments, map areas, the ring round a dot). */
export const SEPARATOR = BACKGROUND;

/** The spread of units: fact-sheet strip (dots of the others, box from Q1 to Q3) and the legend's swatches. */
export const SPREAD = {
  dot: TEXT_MUTED,
  dotOpacity: 0.45,
  boxFill: '#EEF3F8',
  /** The report's spread chart: a white box, dots in the primary colour. */
  reportBoxFill: BACKGROUND,
  reportDotOpacity: 0.6,
} as const;

/** The pages around the charts: the annual report (templates/report/report.css). */
export const REPORT_PAGE = {
  paper: '#FFFFFF',
  ink: '#1F2328',
  muted: '#4A5058',
  accent: '#005A70',
  accentSoft: '#E6F0F3',
  rule: '#B8C0C8',
  tableRule: '#D5DADF',
  subtotal: '#F2F4F6',
  warn: '#8A1C00',
  /** The running head and the page numbers. */
  frame: '#444444',
} as const;

/** The pages around the charts: the fact sheets (templates/factsheet/style.css). Text in the charts' greys. */
export const FACTSHEET_PAGE = {
  text: TEXT,
  muted: TEXT_MUTED,
  rule: '#D9D9D9',
  band: '#F2F5F9',
  unit: PRIMARY,
  peer: PEER,
  land: HIGHLIGHT,
  /** The country's bar in the profile tables. */
  landBar: '#A6A6A6',
  marking: '#A3190F',
} as const;

/** The web edition (templates/web/assets/site.css): the fact sheets' page colours, and its links and focus ring. */
export const WEB_PAGE = {
  ...FACTSHEET_PAGE,
  paper: BACKGROUND,
  link: '#005A8C',
  linkHover: '#003E61',
  focus: PEER,
  /** The strip's box in a legend, as on the sheets. */
  stripBox: SPREAD.boxFill,
} as const;

// Sizes, in CSS px (a chart 160 mm wide is 605 px, so 11 px text prints at 8,25 pt).

/** Width in px of a full-width report chart: 160 mm at 96 px per inch. */
export const FULL_WIDTH = 605;
export const LABEL_SIZE = 11;
export const TITLE_SIZE = 11.5;
export const ANNOTATION_SIZE = 10.5;
export const CHART_TITLE_SIZE = 13;

/** The fact sheets' small charts (about 88 mm wide): smaller text, and their margins round the plot. */
export const SMALL = {
  labelSize: LABEL_SIZE - 1,
  annotationSize: ANNOTATION_SIZE - 1.5,
  line: { left: 30, right: 10, top: 10, bottom: 20 },
  strip: { left: 8, right: 12, top: 6, bottom: 18 },
  /** A strip shows every compared unit as a dot up to `maxDots` units; above that, their distribution: counts in
   * bins `binWidth` px wide, mirrored round the strip's middle. Today's largest group has 97 kommuner; four times
   * the country would have 388 (npm run bench -- --only scale). */
  stripDensity: { maxDots: 150, binWidth: 5, minHeight: 1.5 },
} as const;

// Strokes (px) and dashes (on, off in px).

export const STROKE = {
  grid: 1,
  axis: 1,
  /** Report line charts. */
  line: 2.25,
  /** Fact-sheet trend: the unit, and the comparison lines. */
  unitLine: 2.5,
  compareLine: 1.75,
  /** Spread: the median bar, the box, the whisker, the country's rule. */
  median: 2.5,
  box: 1.25,
  smallBox: 0.75,
  whisker: 1,
  land: 1.25,
  /** The ring round the unit's dot. */
  ring: 1.5,
  /** Series breaks and other reference rules. */
  reference: 1,
  separator: 1,
  mapBorder: 0.3,
} as const;

export const DASH = {
  /** A series break; the odds-ratio chart's reference line at 1. */
  reference: [4, 3],
  /** Fact-sheet trend: the size group or fylke, and the country. */
  peer: [6, 3],
  land: [2, 2],
  /** The country's value on a fact sheet's strip. */
  landRule: [4, 2],
} as const satisfies Record<string, readonly [number, number]>;

/** Point sizes: Vega symbol areas (px²) and SVG radii (px). */
export const POINT = {
  lineArea: 36,
  spreadArea: 18,
  oddsRatioArea: 64,
  /** Fact-sheet trend: dots of a dotted series; a lone value of another. */
  dotRadius: 2.6,
  loneRadius: 2,
  stripDotRadius: 2.2,
  unitRadius: 5.5,
} as const;

/** Weight of a highlighted category's axis label ("Hele landet"). */
export const HIGHLIGHT_WEIGHT = 700;
