// The preview's state: the current project, the documents rendered from it (memoised in memory, so opening
// a page again is instant), the review statuses, and what a change of data or templates invalidates.
//
//   template or style change → a new project, every page re-rendered ('*')
//   data change              → a new project from the re-read workbooks (cached per workbook); only the sheets
//                              whose content hash changed, the report if its HTML changed, and the overview
//                              pages are reported as changed
import { join } from 'node:path';
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

export class PreviewError extends Error {
  constructor(
    readonly code: 'preview.not-found' | 'preview.bad-request',
    message: string,
  ) {
    super(message);
    this.name = 'PreviewError';
  }
}

/**
 * Pages: the overviews; `report` (cover and contents), `report:<chapter-id>` (one chapter), `report-all` (the
 * whole report: slow to lay out on screen), `factsheet:<code>`. A chapter's and a sheet's page id is also its
 * review item id.
 */
export type PageId = 'index' | 'quality' | 'tables' | PrintablePage;
export type PrintablePage = 'report' | 'report-all' | `report:${string}` | `factsheet:${string}`;

export interface Site {
  /** The current project; waits while a reload is under way. */
  project(): Promise<PreviewProject>;
  /** A printable document (the report or a sheet), memoised. Throws preview.not-found. */
  doc(project: PreviewProject, page: PageId): RenderedDoc;
  /** Effective review status of every item (sheets and chapters) of the project. */
  statuses(project: PreviewProject): Map<string, { status: ReviewStatus; comment: string; at?: string }>;
  /** Records a reviewer's decision for the content as it is now. */
  decide(itemId: string, decision: Omit<Decision, 'contentHash'>): Promise<{ status: ReviewStatus; comment: string }>;
  /**
   * Reloads after a change; renders `open` pages again before returning (so a reload is served from memory).
   * Returns the pages whose content changed, or '*'.
   */
  change(kind: ChangeKind, open: readonly string[]): Promise<readonly string[] | '*'>;
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

interface Memo {
  doc: RenderedDoc;
  /** Content hash: the sheet's dependencies hash, or the report HTML's hash. */
  hash: string;
}

export function createSite(source: ProjectSource, now: () => Date): Site {
  let current: Promise<PreviewProject> = source.load();
  /** The last project that loaded: what a change is compared with, also after a failed load. */
  let lastGood: PreviewProject | undefined;
  current.then((p) => (lastGood = p)).catch(() => undefined);
  const memo = new Map<string, Memo>();
  /** Hashes of the report (and its chapters) last rendered, to tell what a data change changed. */
  let lastReport: { hash: string; chapters: Map<string, string> } | undefined;
  // Changes and decisions run one at a time, in order.
  let queue: Promise<unknown> = current;
  const serial = <T>(job: () => Promise<T>): Promise<T> => {
    const run = queue.then(job, job);
    queue = run.catch(() => undefined);
    return run;
  };

  const render = (project: PreviewProject, page: string): Memo => {
    let m = memo.get(page);
    if (m) return m;
    if (page === 'report-all') {
      const doc = project.report();
      m = { doc, hash: contentHash(doc.html) };
      lastReport = { hash: m.hash, chapters: chapterHashes(doc.html, project.chapters) };
    } else if (page === 'report' || page.startsWith('report:')) {
      const full = render(project, 'report-all');
      const html = page === 'report' ? reportFront(full.doc.html, project.chapters) : reportChapter(full.doc.html, project.chapters, page.slice('report:'.length));
      if (html === undefined) throw new PreviewError('preview.not-found', `the report has no chapter ${page.slice('report:'.length)}`);
      m = { doc: { ...full.doc, html }, hash: contentHash(html) };
    } else if (page.startsWith('factsheet:')) {
      const code = page.slice('factsheet:'.length);
      const hash = project.factsheetHash(code);
      if (hash === undefined) throw new PreviewError('preview.not-found', `no fact sheet for unit ${code}`);
      m = { doc: project.factsheet(code), hash };
    } else {
      throw new PreviewError('preview.not-found', `no printable page ${page}`);
    }
    memo.set(page, m);
    return m;
  };

  const itemHash = (project: PreviewProject, id: string): string | undefined => {
    if (id.startsWith('factsheet:')) return project.factsheetHash(id.slice('factsheet:'.length));
    if (id.startsWith('report:')) return chapterHashes(render(project, 'report-all').doc.html, project.chapters).get(id.slice('report:'.length));
    return undefined;
  };

  const reviewFile = (project: PreviewProject) => join(project.yearDir, 'review.json');

  const site: Site = {
    project: () => current,
    reviewFile,
    doc: (project, page) => render(project, page).doc,
    statuses(project) {
      const state: ReviewState = readReviewState(reviewFile(project));
      const out = new Map<string, { status: ReviewStatus; comment: string; at?: string }>();
      const put = (id: string, hash: string | undefined) => {
        const entry = state[id];
        const status = effectiveStatus(entry, hash);
        out.set(id, { status, comment: status === entry?.status ? entry.comment : '', ...(entry && status === entry.status ? { at: entry.at } : {}) });
      };
      for (const u of project.units) put(factsheetItem(u.code), project.factsheetHash(u.code));
      if (project.chapters.length > 0) {
        const report = tryRender(project, 'report-all');
        const hashes = report ? chapterHashes(report.doc.html, project.chapters) : new Map<string, string>();
        for (const c of project.chapters) put(reportItem(c.id), hashes.get(c.id));
      }
      return out;
    },
    decide: (itemId, decision) =>
      serial(async () => {
        const project = await current;
        const hash = itemHash(project, itemId);
        if (hash === undefined) throw new PreviewError('preview.not-found', `no review item ${itemId}`);
        const state = recordDecision(reviewFile(project), itemId, { ...decision, contentHash: hash }, now());
        const entry = state[itemId]!;
        return { status: entry.status, comment: entry.comment };
      }),
    change: (kind, open) =>
      serial(async () => {
        const before = lastGood;
        const next = source.load(kind);
        current = next;
        const project = await next;
        lastGood = project;
        if (kind === 'templates' || before === undefined) {
          memo.clear();
          for (const page of open) if (isPrintablePage(page)) tryRender(project, page);
          return '*';
        }
        const changed = new Set<string>(['index', 'quality', 'tables']);
        // Sheets: changed when their content hash changed (memoised ones and those open in a browser).
        for (const page of new Set([...memo.keys(), ...open])) {
          if (!page.startsWith('factsheet:')) continue;
          const code = page.slice('factsheet:'.length);
          const old = memo.get(page)?.hash ?? before.factsheetHash(code);
          if (old !== undefined && project.factsheetHash(code) === old) continue;
          memo.delete(page);
          changed.add(page);
        }
        // The report: re-rendered when it was rendered before or is open; its pages changed when their HTML did.
        const old = lastReport;
        for (const page of [...memo.keys()]) if (isReportPage(page)) memo.delete(page);
        if (old !== undefined || open.some(isReportPage)) {
          const fresh = tryRender(project, 'report-all');
          if (fresh === undefined || fresh.hash !== old?.hash) {
            changed.add('report').add('report-all');
            const now = fresh ? chapterHashes(fresh.doc.html, project.chapters) : new Map<string, string>();
            for (const c of project.chapters) if (now.get(c.id) !== old?.chapters.get(c.id)) changed.add(`report:${c.id}`);
          }
        }
        for (const page of open) if (isPrintablePage(page)) tryRender(project, page);
        return [...changed];
      }),
  };

  function tryRender(project: PreviewProject, page: string): Memo | undefined {
    try {
      return render(project, page);
    } catch {
      return undefined; // the request for the page shows the error
    }
  }
  return site;
}
