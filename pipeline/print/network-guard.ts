// Blocks every request a printed page makes except `data:` URLs and files under allowed local folders.
// The policy (`isAllowedUrl`) is a pure function; `guardPage` installs it on a puppeteer page through request
// interception and reports each blocked URL. A page can be reused for many documents: `setAllowDirs` changes
// the allowed folders between jobs.
import { realpathSync } from 'node:fs';
import { isAbsolute, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { HTTPRequest, Page } from 'puppeteer';

/** True for `data:` URLs and for `file:` URLs whose path lies inside one of `allowDirs` (after resolving symlinks). */
export function isAllowedUrl(url: string, allowDirs: readonly string[]): boolean {
  if (url.startsWith('data:')) return true;
  if (url === 'about:blank') return true;
  if (!url.startsWith('file:')) return false;
  let path: string;
  try {
    path = canonical(fileURLToPath(url));
  } catch {
    return false;
  }
  return allowDirs.some((dir) => isInside(path, canonical(dir)));
}

function isInside(path: string, dir: string): boolean {
  const rel = relative(dir, path);
  return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel));
}

function canonical(path: string): string {
  const abs = resolve(path);
  try {
    return realpathSync(abs);
  } catch {
    return abs; // a missing file: its request fails anyway
  }
}

export interface PageGuard {
  /**
   * Sets up the next document: the folders whose files it may load and, optionally, a `file:` URL to serve
   * `html` at (so relative URLs resolve against a local folder; a document set with setContent has no
   * file access).
   */
  prepare(allowDirs: readonly string[], document?: { url: string; html: string }): void;
  /** URLs blocked since the last call; clears the list. */
  takeBlocked(): string[];
}

/** Turns on request interception for `page`; every disallowed request is aborted as blocked-by-client. */
export async function guardPage(page: Page): Promise<PageGuard> {
  let allowDirs: readonly string[] = [];
  let served: { url: string; html: string } | undefined;
  let blocked: string[] = [];
  await page.setRequestInterception(true);
  page.on('request', (request: HTTPRequest) => {
    if (request.isInterceptResolutionHandled()) return;
    const url = request.url();
    if (served !== undefined && url === served.url && request.isNavigationRequest()) {
      void request.respond({ status: 200, contentType: 'text/html; charset=utf-8', body: served.html }).catch(() => undefined);
    } else if (isAllowedUrl(url, allowDirs)) {
      void request.continue().catch(() => undefined);
    } else {
      blocked.push(url);
      void request.abort('blockedbyclient').catch(() => undefined);
    }
  });
  return {
    prepare: (dirs, document) => {
      allowDirs = [...dirs];
      served = document;
    },
    takeBlocked: () => {
      const out = blocked;
      blocked = [];
      return out;
    },
  };
}
