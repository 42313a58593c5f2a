// What a printed page may load: `data:` URLs and files under allowed local folders, nothing else. A pure
// function; tab.ts applies it to every request a tab makes (DevTools Fetch domain) and reports the blocked.
import { realpathSync } from 'node:fs';
import { isAbsolute, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

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
