// What the preview server shows, as one interface: the report, the fact sheets, the data-quality findings and
// the tables of one report year, rendered by the same functions as the build. `loadProject` (real.ts) builds
// it from the cached stage artifacts; tests pass stand-ins. A project is immutable: a change of data or
// templates makes a new one (the server keeps the memoised pages whose content did not change).
import type { PdfMetadata, PrintJob } from '../print/index.ts';
import type { TableModel } from '../registry/types.ts';
import type { YearLayout } from '../layout.ts';

export interface SheetUnit {
  code: string;
  name: string;
  kind: string;
  fylke?: string;
  lang: string;
  slug: string;
}

/** How a document prints: everything of a PrintJob except the HTML. */
export type PrintSpec = Omit<PrintJob, 'html'>;

export interface RenderedDoc {
  /** The complete HTML document, exactly as it is printed. */
  html: string;
  print: PrintSpec;
  /** File name for the PDF download, e.g. `4601-bergen.pdf`. */
  fileName: string;
  /** The PDF's document properties, as the build sets them; omit for Chrome's own (title and language only). */
  metadata?: PdfMetadata;
}

export interface ChapterInfo {
  /** Review id part: `report:<id>`. */
  id: string;
  title: string;
  /** HTML id of the chapter's element in the report. */
  anchor: string;
}

export interface PreviewProject {
  year: number;
  /** The year's outputs (pipeline/layout.ts): the folder is served read-only under /files/, the web edition under /web/. */
  layout: Pick<YearLayout, 'dir' | 'tables' | 'quality' | 'report' | 'web'>;
  /** The review state (approvals) the server records decisions in: `review/review-<year>.json`, outside the output. */
  reviewFile: string;
  synthetic: boolean;
  units: readonly SheetUnit[];
  /** Fylke code → name, for the start page's filter. */
  fylker: Readonly<Record<string, string>>;
  chapters: readonly ChapterInfo[];
  /** The whole report; waits for the registry (computed on first use after a data change). */
  report(): Promise<RenderedDoc>;
  factsheet(code: string): RenderedDoc;
  /** Content hash of a sheet (of what it depends on); undefined for an unknown code. */
  factsheetHash(code: string): string | undefined;
  /** The data-quality findings as a complete HTML document. */
  quality(): string;
  /** The unit's own free-text comments of the report year (shown to the reviewer on its sheet's page, never printed). */
  comments?(code: string): readonly { year: number; text: string }[];
  tables(): Promise<readonly TableModel[]>;
}

export type ChangeKind = 'data' | 'templates';

export interface ProjectSource {
  /** Folders the server watches: data workbooks, templates (and the stylesheets in them or elsewhere). */
  watch: { data: string; templates: string; styles: readonly string[] };
  /** Loads (or reloads after a change of `changed`) the project. */
  load(changed?: ChangeKind): Promise<PreviewProject>;
}
