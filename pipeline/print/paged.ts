// The paged (report) mode's DOM work, done from Node through DevTools (the page's own JavaScript stays off):
//
//   data-running-head="3 Tiltak"   on a chapter element (a block in normal flow, e.g. <section>): the pages
//                                  of that chapter show the text as running head (via page-css.ts)
//   data-cover                     on the cover element: its page has no header and no page number
//   data-page-of="ID"              on an element (e.g. a <span> in a TOC entry): filled with the number of the
//                                  page where the element with id ID begins
//
// Page numbers are found by printing: Chrome writes a named destination for each linked id, `resolvePageRefs`
// prints, reads them, fills the numbers in and prints again until the numbers no longer change. Ids that no
// `<a href="#ID">` points to get a temporary, invisible, out-of-flow link during measuring passes.
import type { Evaluator } from './tab.ts';
import { PrintError } from './errors.ts';
import { namedDestinationPages } from './pdf-dests.ts';

export interface PagedDom {
  /** Running-head texts, in document order; chapter n is marked data-print-chapter="n". */
  heads: string[];
  hasCover: boolean;
  /** Ids named by data-page-of, without duplicates, in document order. */
  refs: string[];
  /** Of `refs`, those that no <a href="#id"> in the document points to. */
  unlinked: string[];
  /** Of `refs`, those with no element. */
  missing: string[];
}

/** Marks chapters (data-print-chapter) and collects what the paged mode needs to know about the document. */
export function inspectPagedDom(page: Evaluator): Promise<PagedDom> {
  return page.evaluate(() => {
    const heads = Array.from(document.querySelectorAll('[data-running-head]')).map((el, i) => {
      el.setAttribute('data-print-chapter', String(i));
      return el.getAttribute('data-running-head') ?? '';
    });
    const refs = [...new Set(Array.from(document.querySelectorAll('[data-page-of]')).map((el) => el.getAttribute('data-page-of') ?? ''))];
    const linked = new Set(
      Array.from(document.querySelectorAll('a[href^="#"]')).map((a) => decodeURIComponent((a.getAttribute('href') ?? '').slice(1))),
    );
    return {
      heads,
      hasCover: document.querySelector('[data-cover]') !== null,
      refs,
      unlinked: refs.filter((id) => !linked.has(id)),
      missing: refs.filter((id) => document.getElementById(id) === null),
    };
  });
}

export async function addStyle(page: Evaluator, css: string): Promise<void> {
  await page.evaluate((content) => {
    const style = document.createElement('style');
    style.setAttribute('data-print-style', '');
    style.textContent = content;
    document.head.append(style);
  }, css);
}

async function fillPageRefs(page: Evaluator, numbers: Record<string, string>): Promise<void> {
  await page.evaluate((nums) => {
    for (const el of Array.from(document.querySelectorAll('[data-page-of]'))) {
      const value = nums[el.getAttribute('data-page-of') ?? ''];
      if (value !== undefined) el.textContent = value;
    }
  }, numbers);
}

async function setHelperLinks(page: Evaluator, ids: readonly string[]): Promise<void> {
  await page.evaluate((list) => {
    for (const a of Array.from(document.querySelectorAll('a[data-print-helper]'))) a.remove();
    for (const id of list) {
      const a = document.createElement('a');
      a.setAttribute('data-print-helper', '');
      a.href = `#${encodeURIComponent(id)}`;
      a.setAttribute('aria-hidden', 'true');
      a.setAttribute('style', 'position:absolute;top:0;left:0;width:1px;height:1px;overflow:hidden;font-size:1px;color:transparent');
      a.textContent = '.';
      document.body.append(a);
    }
  }, ids);
}

export interface PageRefResult {
  pdf: Uint8Array;
  /** Id → 1-based page number. */
  pages: Record<string, number>;
  /** How many times the document was printed. */
  passes: number;
}

/**
 * Prints with `print` until every data-page-of number equals the page its target lands on; returns the final
 * PDF. Throws `print.page-ref-missing` for an id without element, `print.page-ref-unresolved` when a target
 * is not printed (e.g. display: none), `print.page-refs-unstable` when the numbers do not settle.
 */
export async function resolvePageRefs(
  page: Evaluator,
  dom: PagedDom,
  print: () => Promise<Uint8Array>,
  maxPasses = 4,
): Promise<PageRefResult> {
  const firstMissing = dom.missing[0];
  if (firstMissing !== undefined) {
    throw new PrintError('print.page-ref-missing', `data-page-of names an id that no element has`, `#${firstMissing}`);
  }
  if (dom.refs.length === 0) return { pdf: await print(), pages: {}, passes: 1 };

  // Two digits keep the placeholder about as wide as most real numbers, so the layout rarely moves.
  let numbers: Record<string, string> = Object.fromEntries(dom.refs.map((id) => [id, '00']));
  for (let pass = 1; pass <= maxPasses; pass++) {
    await fillPageRefs(page, numbers);
    await setHelperLinks(page, dom.unlinked);
    const pdf = await print();
    const pages = await destinationsFor(pdf, dom.refs);
    const settled = pass > 1 && dom.refs.every((id) => numbers[id] === String(pages[id]));
    if (settled) {
      if (dom.unlinked.length === 0) return { pdf, pages, passes: pass };
      // Print once more without the helper links (they are out of flow: the layout does not change), and
      // check the targets that real links still point to.
      await setHelperLinks(page, []);
      const final = await print();
      const linked = dom.refs.filter((id) => !dom.unlinked.includes(id));
      const check = await destinationsFor(final, linked);
      for (const id of linked) {
        if (check[id] !== pages[id]) {
          throw new PrintError('print.page-refs-unstable', `page of #${id} moved from ${pages[id]} to ${check[id]} in the final print`, `#${id}`);
        }
      }
      return { pdf: final, pages, passes: pass + 1 };
    }
    numbers = Object.fromEntries(dom.refs.map((id) => [id, String(pages[id])]));
  }
  throw new PrintError('print.page-refs-unstable', `page numbers did not settle after ${maxPasses} prints`);
}

async function destinationsFor(pdf: Uint8Array, ids: readonly string[]): Promise<Record<string, number>> {
  const dests = await namedDestinationPages(pdf);
  const out: Record<string, number> = {};
  for (const id of ids) {
    const n = dests.get(id);
    if (n === undefined) {
      throw new PrintError('print.page-ref-unresolved', 'the element that data-page-of names was not printed (hidden?)', `#${id}`);
    }
    out[id] = n;
  }
  return out;
}
