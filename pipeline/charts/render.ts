// Vega-Lite spec → SVG string, in Node, without a browser: compile with vega-lite, run a headless Vega View
// (renderer 'none'), serialise with toSVG, then make the SVG one accessible figure with page-unique ids.
// Text is measured with the real font; the Norwegian locale is passed to every View (never Vega's default).
import { parse, resetSVGDefIds, View } from 'vega';
import type { ViewOptions } from 'vega';
import { compile } from 'vega-lite';
import type { TopLevelSpec } from 'vega-lite';
import type { TextMeasurer } from '../fonts/index.ts';
import { accessibleSvg } from './svg.ts';
import { useFontMetrics } from './text-metrics.ts';
import { PipelineError } from '../errors.ts';
import { chartTheme, VEGA_LOCALE } from '../look/index.ts';

export interface RenderOptions {
  /** Figure id: prefixes the ids inside the SVG so many charts can share one page. */
  id: string;
  /** Alt text: the root's aria-label. */
  altText: string;
  /** The SVG's <title> (a short name of the figure); defaults to the alt text. */
  title?: string;
  /** Text measurer; defaults to the shared Open Sans measurer. */
  measurer?: TextMeasurer;
}

export interface RenderedChart {
  svg: string;
  width: number;
  height: number;
}

export class ChartError extends PipelineError {
  constructor(code: string, message: string, at?: string) {
    super(code, message, at === undefined ? undefined : { at });
  }
}

/** A Vega / Vega-Lite logger that collects warnings instead of printing them. */
function collectingLogger(warnings: string[]) {
  const logger = {
    level: () => logger,
    error: (...args: unknown[]) => warnings.push(`error: ${args.join(' ')}`),
    warn: (...args: unknown[]) => warnings.push(args.join(' ')),
    info: () => logger,
    debug: () => logger,
  };
  return logger;
}

/** Compiles a Vega-Lite spec with the project theme to a Vega spec; Vega-Lite's warnings are returned. */
export function compileChart(spec: TopLevelSpec) {
  const warnings: string[] = [];
  const { spec: vgSpec } = compile(spec, { config: chartTheme(), logger: collectingLogger(warnings) as never });
  return { vgSpec, warnings };
}

/**
 * Renders a Vega-Lite spec to an SVG string. Text is measured with Open Sans; numbers and dates use the nb-NO
 * locale passed to this View (Vega's typings call the option formatter functions; at runtime the View takes
 * d3 locale definitions, see vega-view's View constructor).
 */
export async function renderChart(spec: TopLevelSpec, opts: RenderOptions): Promise<RenderedChart & { warnings: string[] }> {
  useFontMetrics(opts.measurer);
  const { vgSpec, warnings } = compileChart(spec);
  let view: View;
  try {
    const options = {
      renderer: 'none',
      locale: VEGA_LOCALE as unknown as ViewOptions['locale'],
      logger: collectingLogger(warnings) as unknown as ViewOptions['logger'],
    } satisfies ViewOptions;
    view = new View(parse(vgSpec), options);
  } catch (e) {
    throw new ChartError('chart.parse', `Vega could not parse the compiled spec: ${(e as Error).message}`, opts.id);
  }
  try {
    // Clip-path and gradient ids restart for every chart (then get the figure id as prefix).
    resetSVGDefIds();
    const raw = await view.toSVG();
    const m = /<svg[^>]* width="([\d.]+)" height="([\d.]+)"/.exec(raw);
    if (!m) throw new ChartError('chart.svg-size', 'Vega output has no width and height', opts.id);
    return { svg: accessibleSvg(raw, opts), width: Number(m[1]), height: Number(m[2]), warnings };
  } finally {
    view.finalize();
  }
}
