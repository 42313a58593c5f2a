// Maps a URL path below a route prefix to a file inside one root folder, or refuses. Pure except for
// `realpath` (symlinks must not lead out of the root). Refused: malformed percent-encoding, null bytes,
// backslashes, `.`/`..` segments (also when percent-encoded), hidden names (`.cache`, `.env`), absolute
// paths and anything whose real path lies outside the root.
import { realpathSync, statSync } from 'node:fs';
import { isAbsolute, join, relative, sep } from 'node:path';

export type Resolved = { ok: true; file: string } | { ok: false; status: 400 | 403 | 404 };

/** `rest` is the raw (still percent-encoded) part of the URL path after the route prefix. */
export function resolveInside(root: string, rest: string): Resolved {
  if (rest.includes('\\') || /%5c/i.test(rest) || rest.includes('\0') || /%00/.test(rest)) return { ok: false, status: 403 };
  const segments: string[] = [];
  for (const raw of rest.split('/')) {
    if (raw === '') continue;
    let seg: string;
    try {
      seg = decodeURIComponent(raw);
    } catch {
      return { ok: false, status: 400 };
    }
    // Decoding may reveal separators, dots or control characters that were hidden in the raw URL.
    if (seg.includes('/') || seg.includes('\\') || seg.includes('\0') || /[\u0000-\u001F]/.test(seg)) return { ok: false, status: 403 };
    if (seg === '.' || seg === '..' || seg.startsWith('.')) return { ok: false, status: 403 };
    segments.push(seg);
  }
  if (segments.length === 0) return { ok: false, status: 404 };
  let realRoot: string;
  try {
    realRoot = realpathSync(root);
  } catch {
    return { ok: false, status: 404 };
  }
  const candidate = join(realRoot, ...segments);
  if (!isInside(realRoot, candidate)) return { ok: false, status: 403 };
  let real: string;
  try {
    real = realpathSync(candidate);
  } catch {
    return { ok: false, status: 404 };
  }
  if (!isInside(realRoot, real)) return { ok: false, status: 403 };
  if (!statSync(real, { throwIfNoEntry: false })?.isFile()) return { ok: false, status: 404 };
  return { ok: true, file: real };
}

export function isInside(dir: string, path: string): boolean {
  const rel = relative(dir, path);
  return rel !== '' && !rel.startsWith(`..${sep}`) && rel !== '..' && !isAbsolute(rel);
}
