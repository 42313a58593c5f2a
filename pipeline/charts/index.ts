// Charts: Vega-Lite specs built from typed data, rendered to accessible, deterministic SVG in Node.
//   lineSeriesChart / barChart / stackedBarChart / spreadChart / oddsRatioChart / choroplethChart
//       (typed input) → { spec, data: { columns, rows }, altText }
//   renderChart(spec, { id, altText, title? }) → Promise<{ svg, width, height, warnings }>
// The SVG must be inlined in the HTML (not <img>), so it uses the page's embedded Open Sans (fontFaceCss()).
export { renderFigures, type RenderedFigure } from './figures.ts';
// Colours, sizes, strokes, dashes and the Vega-Lite config: pipeline/look.
export { renderChart, compileChart, ChartError } from './render.ts';
export type { RenderOptions, RenderedChart } from './render.ts';
export { describeTrend, describeExtremes, endpoints, listNorwegian } from './alt-text.ts';
export { useFontMetrics } from './text-metrics.ts';
export { accessibleSvg, safeId } from './svg.ts';
export { chartPreviewHtml } from './preview.ts';
export { projectTopology } from './map-projection.ts';
export { lineSeriesChart } from './builders/line-series.ts';
export type { LineSeriesInput, Series, SeriesBreak } from './builders/line-series.ts';
export { barChart } from './builders/bar.ts';
export type { BarInput } from './builders/bar.ts';
export { stackedBarChart } from './builders/stacked-bar.ts';
export type { StackedBarInput, StackedCategory, StackScheme } from './builders/stacked-bar.ts';
export { spreadChart } from './builders/spread.ts';
export type { SpreadInput } from './builders/spread.ts';
export { oddsRatioChart, formatOddsRatio } from './builders/odds-ratio.ts';
export type { OddsRatioInput, OddsRatioTerm } from './builders/odds-ratio.ts';
export { choroplethChart } from './builders/choropleth.ts';
export type { ChoroplethInput, KommuneTopology } from './builders/choropleth.ts';
export type { BuiltChart, ChartData, ChartSize, ValueFormat } from './types.ts';
