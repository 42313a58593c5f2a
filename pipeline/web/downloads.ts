// The files the site offers for download (the report's PDF, the tables workbook, every fact-sheet PDF), placed
// under web/last-ned/ so the site is whole on any host. Hard links where the file system allows (no copy, no
// space), else copies; a file already there with the same size and time is left alone.
import { copyFileSync, linkSync, mkdirSync, rmSync, statSync } from 'node:fs';
import { dirname } from 'node:path';

/** Puts `from` at `to` (hard link, else copy). Returns false when `from` does not exist. */
export function placeFile(from: string, to: string): boolean {
  const src = statSync(from, { throwIfNoEntry: false });
  if (!src) return false;
  const dst = statSync(to, { throwIfNoEntry: false });
  if (dst && (dst.ino === src.ino || (dst.size === src.size && dst.mtimeMs >= src.mtimeMs))) return true;
  mkdirSync(dirname(to), { recursive: true });
  rmSync(to, { force: true });
  try {
    linkSync(from, to);
  } catch {
    copyFileSync(from, to);
  }
  return true;
}
