// The preview's state: the current project, the documents rendered from it (memoised in memory, so opening
// a page again is instant), the review statuses, and what a change of data or templates invalidates.
//
//   template or style change → a new project, every page re-rendered ('*')
//   data change              → a new project from the re-read workbooks (cached per workbook), in two steps:
//                              now:   the sheets whose content hash changed and the overview pages (the
//                                     report's chapters show as "being updated" there)
//                              later: the report and the tables, once the registry has been recomputed
//                                     (seconds), and the overview again with the chapters' statuses
//   A fact sheet thus reloads without waiting for the registry.
import {
  contentHash,
  effectiveStatus,
  factsheetItem,
  readReviewState,
  recordDecision,
  reportItem,
  type Decision,
  type ReviewState,
  type ReviewStatus,
} from '../review/index.ts';
import type { ChangeKind, ChapterInfo, PreviewProject, ProjectSource, RenderedDoc } from './project.ts';
import { chapterRanges, reportChapter, reportFront } from './report-parts.ts';
import { PipelineError } from '../errors.ts';

export class PreviewError extends PipelineError {
  constructor(code: 'preview.not-found' | 'preview.bad-request', message: string) {
    super(code, message);
  }
}

/**
 * Pages: the overviews; `report` (cover and contents), `report:<chapter-id>` (one chapter), `report-all` (the
 * whole report: slow to lay out on screen), `factsheet:<code>`. A chapter's and a sheet's page id is also its
 * review item id.
 */
export type PageId = 'index' | 'quality' | 'tables' | PrintablePage;
export type PrintablePage = 'report' | 'report-all' | `report:${string}` | `factsheet:${string}`;

export interface ItemStatus {
  status: ReviewStatus;
  comment: string;
  at?: string;
  /** A report chapter whose content is still being rendered after a change: its status is not known yet. */
  pending?: boolean;
}

/** What a change changed: pages to reload now, and those to reload once the report has been re-rendered. */
export interface ChangeResult {
  now: readonly string[] | '*';
  /**
   * Renders the report again (seconds: the registry is recomputed) and resolves with its pages that changed.
   * Call it once the pages reloaded for `now` have been laid out, so it does not slow them down.
   */
  later: () => Promise<readonly string[]>;
}

export interface Site {
  /** The current project; waits while a reload is under way. */
  project(): Promise<PreviewProject>;
  /** A printable document (the report or a sheet), memoised. Rejects with preview.not-found. */
  doc(project: PreviewProject, page: PageId): Promise<RenderedDoc>;
  /**
   * Effective review status of every item (sheets and chapters) of the project, or of the items `only`. A
   * chapter is `pending` while the report of this project has not been rendered yet.
   */
  statuses(project: PreviewProject, only?: readonly string[]): Map<string, ItemStatus>;
  /**
   * Renders the current project's report in the background, if it is not yet; resolves with the pages to
   * reload because of it ('index' when it was shown with pending chapters).
   */
  renderReport(): Promise<readonly string[]>;
  /** Records a reviewer's decision for the content as it is now. */
  decide(itemId: string, decision: Omit<Decision, 'contentHash'>): Promise<{ status: ReviewStatus; comment: string }>;
  /**
   * Reloads after a change; renders `open` pages again before returning (so a reload is served from memory).
   * `now`: the pages whose content changed, or '*'; `later()`: the report's pages (and the overview) once
   * the report has been rendered again, when it was rendered before or one of its pages is open.
   */
  change(kind: ChangeKind, open: readonly string[]): Promise<ChangeResult>;
  reviewFile(project: PreviewProject): string;
}

export function isPrintablePage(page: string): page is PrintablePage {
  return page === 'report' || page === 'report-all' || page.startsWith('report:') || page.startsWith('factsheet:');
}

const isReportPage = (page: string) => page === 'report' || page === 'report-all' || page.startsWith('report:');

/** Each chapter's element in the report HTML, hashed for review (a chapter's approval is for its content). */
export function chapterHashes(html: string, chapters: readonly ChapterInfo[]): Map<string, string> {
  const out = new Map<string, string>();
  for (const [id, [start, end]] of chapterRanges(html, chapters)) out.set(id, contentHash(html.slice(start, end)));
  return out;
}

interface Rendered {
  doc: RenderedDoc;
  /** Content hash: the sheet's dependencies hash, or the report HTML's hash. */
  hash: string;
}

interface Memo {
  /** The project it was rendered from: an entry of an older project is not served. */
  project: PreviewProject;
  pending: Promise<Rendered>;
  /** Set once rendered. */
  done?: Rendered;
}

export function createSite(source: ProjectSource, now: () => Date): Site {
  let current: Promise<PreviewProject> = source.load();
  /** The last project that loaded: what a change is compared with, also after a failed load. */
  let lastGood: PreviewProject | undefined;
  current.then((p) => (lastGood = p)).catch(() => undefined);
  const memo = new Map<string, Memo>();
  /** Hashes of the report (and its chapters) last rendered, to tell what a data change changed. */
  let lastReport: { hash: string; chapters: Map<string, string> } | undefined;
  /** The overview was served with chapters still pending: reload it once the report is rendered. */
  let indexPending = false;
  // Changes and decisions run one at a time, in order.
  let queue: Promise<unknown> = current;
  const serial = <T>(job: () => Promise<T>): Promise<T> => {
    const run = queue.then(job, job);
    queue = run.catch(() => undefined);
    return run;
  };

  const remember = (project: PreviewProject, page: string, make: () => Promise<Rendered>): Promise<Rendered> => {
    const m = memo.get(page);
    if (m && m.project === project) return m.done ? Promise.resolve(m.done) : m.pending;
    const entry: Memo = { project, pending: make() };
    entry.pending.then(
      (r) => (entry.done = r),
      () => {
        if (memo.get(page) === entry) memo.delete(page); // a failure is not memoised: the next request tries again
      },
    );
    memo.set(page, entry);
    return entry.pending;
  };
  /** The rendered document of `page` if it is in memory for `project`. */
  const peek = (project: PreviewProject, page: string): Rendered | undefined => {
    const m = memo.get(page);
    return m && m.project === project ? m.done : undefined;
  };

  const render = (project: PreviewProject, page: string): Promise<Rendered> => {
    if (page === 'report-all') {
      return remember(project, page, async () => {
        const doc = await project.report();
        const r = { doc, hash: contentHash(doc.html) };
        if (project === lastGood) lastReport = { hash: r.hash, chapters: chapterHashes(doc.html, project.chapters) };
        return r;
      });
    }
    if (page === 'report' || page.startsWith('report:')) {
      return remember(project, page, async () => {
        const full = await render(project, 'report-all');
        const html = page === 'report' ? reportFront(full.doc.html, project.chapters) : reportChapter(full.doc.html, project.chapters, page.slice('report:'.length));
        if (html === undefined) throw new PreviewError('preview.not-found', `the report has no chapter ${page.slice('report:'.length)}`);
        return { doc: { ...full.doc, html }, hash: contentHash(html) };
      });
    }
    if (page.startsWith('factsheet:')) {
      const code = page.slice('factsheet:'.length);
      return remember(project, page, async () => {
        const hash = project.factsheetHash(code);
        if (hash === undefined) throw new PreviewError('preview.not-found', `no fact sheet for unit ${code}`);
        return { doc: project.factsheet(code), hash };
      });
    }
    return Promise.reject(new PreviewError('preview.not-found', `no printable page ${page}`));
  };

  /** Renders `page` ahead of its request; a failure is left for the request to show. */
  const tryRender = (project: PreviewProject, page: string): Promise<Rendered | undefined> => render(project, page).catch(() => undefined);

  const itemHash = async (project: PreviewProject, id: string): Promise<string | undefined> => {
    if (id.startsWith('factsheet:')) return project.factsheetHash(id.slice('factsheet:'.length));
    if (id.startsWith('report:')) return chapterHashes((await render(project, 'report-all')).doc.html, project.chapters).get(id.slice('report:'.length));
    return undefined;
  };

  const reviewFile = (project: PreviewProject) => project.reviewFile;

  /** Renders `project`'s report (if it is still the current one); the pages to reload because of it. */
  const reportPages = async (project: PreviewProject, open: readonly string[], before: typeof lastReport): Promise<string[]> => {
    if (project !== lastGood) return []; // superseded by a newer change, which renders its own
    const hadPendingIndex = indexPending;
    const fresh = await tryRender(project, 'report-all');
    const changed = new Set<string>(['tables']);
    if (fresh === undefined || fresh.hash !== before?.hash) {
      changed.add('report').add('report-all');
      const now = fresh ? chapterHashes(fresh.doc.html, project.chapters) : new Map<string, string>();
      for (const c of project.chapters) if (now.get(c.id) !== before?.chapters.get(c.id)) changed.add(`report:${c.id}`);
    }
    if (hadPendingIndex || changed.size > 1) changed.add('index');
    indexPending = false;
    for (const page of open) if (isReportPage(page) || page === 'tables') await tryRender(project, page === 'tables' ? 'report-all' : page);
    return [...changed];
  };

  /** Renders `project`'s report; ['index'] when the overview was shown with chapters pending meanwhile. */
  const overviewAfterReport = async (project: PreviewProject): Promise<string[]> => {
    await tryRender(project, 'report-all');
    if (project !== lastGood || !indexPending) return [];
    indexPending = false;
    return ['index'];
  };

  const site: Site = {
    project: () => current,
    reviewFile,
    doc: async (project, page) => (await render(project, page)).doc,
    statuses(project, only) {
      const state: ReviewState = readReviewState(reviewFile(project));
      const out = new Map<string, ItemStatus>();
      const wanted = only === undefined ? undefined : new Set(only);
      const units = wanted === undefined ? project.units : project.units.filter((u) => wanted.has(factsheetItem(u.code)));
      const chapters = wanted === undefined ? project.chapters : project.chapters.filter((c) => wanted.has(reportItem(c.id)));
      // A hash is needed only for an item with a decision on file: the others need review whatever they hold.
      const put = (id: string, hashOf: () => string | undefined) => {
        const entry = state[id];
        const status = entry === undefined ? 'needs-review' : effectiveStatus(entry, hashOf());
        out.set(id, { status, comment: status === entry?.status ? entry.comment : '', ...(entry && status === entry.status ? { at: entry.at } : {}) });
      };
      for (const u of units) put(factsheetItem(u.code), () => project.factsheetHash(u.code));
      if (chapters.length > 0) {
        const report = peek(project, 'report-all');
        if (report === undefined) {
          // Not rendered here (seconds, and the overview is being loaded): `renderReport` or a change's `later`
          // renders it, and the overview reloads then.
          if (wanted === undefined) indexPending = true;
          for (const c of chapters) out.set(reportItem(c.id), { status: state[reportItem(c.id)]?.status ?? 'needs-review', comment: '', pending: true });
        } else {
          const hashes = chapterHashes(report.doc.html, project.chapters);
          for (const c of chapters) put(reportItem(c.id), () => hashes.get(c.id));
        }
      }
      return out;
    },
    renderReport: async () => overviewAfterReport(await current),
    decide: (itemId, decision) =>
      serial(async () => {
        const project = await current;
        const hash = await itemHash(project, itemId);
        if (hash === undefined) throw new PreviewError('preview.not-found', `no review item ${itemId}`);
        const state = recordDecision(reviewFile(project), itemId, { ...decision, contentHash: hash }, now());
        const entry = state[itemId]!;
        return { status: entry.status, comment: entry.comment };
      }),
    change: (kind, open) =>
      serial(async (): Promise<ChangeResult> => {
        const before = lastGood;
        const next = source.load(kind);
        current = next;
        const project = await next;
        lastGood = project;
        if (kind === 'templates' || before === undefined) {
          memo.clear();
          lastReport = undefined;
          for (const page of open) if (isPrintablePage(page)) await tryRender(project, page);
          return { now: '*', later: () => overviewAfterReport(project) };
        }
        const changed = new Set<string>(['index', 'quality']);
        // Sheets: changed when their content hash changed (memoised ones and those open in a browser);
        // the others carry over to the new project.
        for (const page of new Set([...memo.keys(), ...open])) {
          if (!page.startsWith('factsheet:')) continue;
          const code = page.slice('factsheet:'.length);
          const m = memo.get(page);
          const old = m?.done?.hash ?? before.factsheetHash(code);
          if (old !== undefined && project.factsheetHash(code) === old) {
            if (m?.done) memo.set(page, { project, pending: Promise.resolve(m.done), done: m.done });
            continue;
          }
          memo.delete(page);
          changed.add(page);
        }
        for (const page of open) if (page.startsWith('factsheet:')) await tryRender(project, page);
        // The report and the tables wait for the registry: re-rendered after the sheets have been told, when
        // the report was rendered before or a page of it is open.
        const old = lastReport;
        for (const page of [...memo.keys()]) if (isReportPage(page)) memo.delete(page);
        const needed = old !== undefined || open.some((p) => isReportPage(p) || p === 'tables');
        return { now: [...changed], later: () => (needed ? reportPages(project, open, old) : overviewAfterReport(project)) };
      }),
  };
  return site;
}
