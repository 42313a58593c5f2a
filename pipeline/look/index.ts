// The one look of the project (see tokens.ts): colours, sizes, strokes and dashes, and what is made from them —
// the Vega-Lite config (vega.ts), colour scales (scales.ts), the stylesheets' CSS variables (css.ts).
export * from './tokens.ts';
export { contrastRatio, relativeLuminance, textColorOn } from './colour.ts';
export { orderedColours, sequentialColours, valenceColours, valenceSteps, VALENCE, type Valence } from './scales.ts';
export { chartTheme, VEGA_LOCALE } from './vega.ts';
export { cssColour, factsheetCssVariables, reportCssVariables, webCssVariables } from './css.ts';
