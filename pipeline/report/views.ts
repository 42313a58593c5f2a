// Registry models → what the table and figure partials render: formatted cells, the number and label from
// the numbering, the inline SVG. Pure functions.
import type Handlebars from 'handlebars';
import { formatCell } from '../format/index.ts';
import type { RenderedFigure } from '../charts/figures.ts';
import type { CellValue, ColumnFormat, FigureModel, RowKind, TableModel } from '../registry/types.ts';
import type { Placement } from './numbering.ts';

export interface CellView {
  text: string;
  /** Row header (the first column when it holds text). */
  header: boolean;
  numeric: boolean;
}

export interface TableView {
  /** Registry id. */
  id: string;
  anchor: string;
  /** "Tabell 3.1" */
  label: string;
  title: string;
  columns: { label: string; unit: string | undefined; numeric: boolean }[];
  rows: { kind: RowKind; cells: CellView[] }[];
  notes: string[];
  source: string;
  /** Long tables may break across pages (header row repeated); short ones are kept on one page. */
  long: boolean;
  /** Extra CSS class from the template (`{{table "x" class="compact"}}`). */
  className: string;
}

export interface FigureView {
  /** Registry id. */
  id: string;
  anchor: string;
  /** "Figur 3.1" */
  label: string;
  title: string;
  altText: string;
  svg: Handlebars.SafeString;
  width: number;
  height: number;
  notes: string[];
  source: string;
  className: string;
}

/**
 * Rows above which a table may break across pages (its header row repeats). 12: table 6.1 (14 rows, many of
 * two lines) otherwise moved whole to the next page and left a page with one paragraph on it.
 */
export const LONG_TABLE_ROWS = 12;

const isNumeric = (f: ColumnFormat): boolean => f !== 'text';
/** The partials write "Kilde: "; a registry source line may already start with it. */
const sourceText = (source: string): string => source.replace(/^\s*Kilde:\s*/i, '');

/** A unit that the label does not already say, e.g. label "Årsverk" + unit "årsverk" → undefined. */
function shownUnit(label: string, unit: string | undefined, format: ColumnFormat): string | undefined {
  if (!unit || format === 'percent1' || format === 'signedPercent1') return undefined;
  return label.toLowerCase().includes(unit.toLowerCase()) ? undefined : unit;
}

export function tableView(model: TableModel, place: Placement, className = ''): TableView {
  const firstIsText = model.columns[0]?.format === 'text';
  return {
    id: model.id,
    anchor: place.anchor,
    label: place.label,
    title: model.title,
    columns: model.columns.map((c) => ({ label: c.label, unit: shownUnit(c.label, c.unit, c.format), numeric: isNumeric(c.format) })),
    rows: model.rows.map((r) => ({
      kind: r.kind ?? 'data',
      cells: model.columns.map((c, i) => {
        const v: CellValue = r.cells[c.key] ?? null;
        return { text: formatCell(v, c.format), header: i === 0 && firstIsText, numeric: isNumeric(c.format) };
      }),
    })),
    notes: model.notes,
    source: sourceText(model.source),
    long: model.rows.length > LONG_TABLE_ROWS,
    className,
  };
}

export function figureView(model: FigureModel, rendered: RenderedFigure, place: Placement, svg: Handlebars.SafeString, className = ''): FigureView {
  return {
    id: model.id,
    anchor: place.anchor,
    label: place.label,
    title: model.title,
    altText: model.altText,
    svg,
    width: rendered.width,
    height: rendered.height,
    notes: model.notes,
    source: sourceText(model.source),
    className,
  };
}
