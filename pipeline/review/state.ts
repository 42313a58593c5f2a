// The review state: which fact sheets and report chapters a reviewer has approved, as a plain JSON file
// `review/review-<year>.json` at the project root (or in the folder named with --review). It is kept with the
// project and meant to be committed: the output folder is generated, and cleaning it must not delete a
// reviewer's work. A state left in its old place, `output/<year>/review.json`, is moved over once
// (`adoptLegacyReviewFile`).
//
//   { "factsheet:4601": { "status": "approved", "comment": "", "at": "2025-03-01T10:00:00.000Z",
//                         "contentHash": "…" },
//     "report:kap-3":   { "status": "needs-changes", "comment": "Figur 3.2 mangler kilde", … } }
//
// An entry records the content hash of what was reviewed. When the content changes (new data, a correction)
// the hash no longer matches and the item counts as "needs-review" again, whatever was stored: an approval
// is only valid for the content that was approved. The file is written atomically; a malformed file is an
// error naming the file and the entry, never silently replaced.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { stableJson } from '../cache/hash.ts';
import type { Logger } from '../context.ts';
import { outputLayout } from '../layout.ts';
import { writeFileAtomic } from '../util/atomic-write.ts';
import { PipelineError } from '../errors.ts';

export const REVIEW_STATUSES = ['approved', 'needs-changes', 'needs-review'] as const;
export type ReviewStatus = (typeof REVIEW_STATUSES)[number];

/** A status a reviewer can set (needs-review is what an item without a valid decision has). */
export type ReviewDecision = Exclude<ReviewStatus, 'needs-review'>;

export interface ReviewEntry {
  status: ReviewStatus;
  comment: string;
  /** ISO time of the decision. */
  at: string;
  /** Content hash of the item when it was reviewed (see `contentHash`). */
  contentHash: string;
}

/** Item id (`factsheet:<code>`, `report:<chapter-id>`) → entry. */
export type ReviewState = Record<string, ReviewEntry>;

/** Longest comment kept, in characters. */
export const MAX_COMMENT = 500;

const ITEM_ID = /^(factsheet|report):[A-Za-z0-9._-]{1,64}$/;

const entrySchema = z.strictObject({
  status: z.enum(REVIEW_STATUSES),
  comment: z.string().max(MAX_COMMENT),
  at: z.string(),
  contentHash: z.string(),
});

export class ReviewError extends PipelineError {
  constructor(code: 'review.invalid-file' | 'review.invalid-id' | 'review.invalid-input', message: string, at?: string) {
    super(code, message, at === undefined ? undefined : { file: at });
  }
}

export const factsheetItem = (code: string): string => `factsheet:${code}`;
export const reportItem = (chapterId: string): string => `report:${chapterId}`;

export function isItemId(id: string): boolean {
  return ITEM_ID.test(id);
}

/** `<review dir>/review-<year>.json`; the review dir is `review/` at the project root unless named (--review). */
export function reviewFile(reviewDir: string, year: number): string {
  return join(reviewDir, `review-${year}.json`);
}

/** Where the review state was kept before it moved out of the generated output: `<out>/<year>/review.json`. */
export function legacyReviewFile(out: string, year: number): string {
  return outputLayout(out).year(year).legacyReviewFile;
}

/**
 * Moves a review state from the output folder (`legacy`) to `file`, once: written atomically, then the old
 * file is removed, with a message. When both exist, the entries are merged (the later decision of an item
 * wins). A malformed old file is an error naming it, and nothing is moved.
 */
export function adoptLegacyReviewFile(legacy: string, file: string, log: Logger): void {
  if (!existsSync(legacy)) return;
  const old = readReviewState(legacy);
  const current = readReviewState(file);
  const merged: ReviewState = { ...current };
  let taken = 0;
  for (const [id, entry] of Object.entries(old)) {
    const mine = merged[id];
    if (mine === undefined || entry.at > mine.at) {
      merged[id] = entry;
      taken++;
    }
  }
  writeReviewState(file, merged);
  rmSync(legacy);
  const what = `${taken} review decision${taken === 1 ? '' : 's'}`;
  log.info(
    Object.keys(current).length > 0
      ? `review: merged ${what} from ${legacy} into ${file} and removed the old file (approvals are kept with the project now; commit ${file})`
      : `review: moved ${what} from ${legacy} to ${file} (approvals are kept with the project now, not in the generated output; commit ${file})`,
  );
}

/** Content hash of anything JSON-serialisable (object keys sorted), e.g. a sheet's `factsheetDependencies`. */
export function contentHash(value: unknown): string {
  return createHash('sha256').update(typeof value === 'string' ? value : stableJson(value)).digest('hex').slice(0, 32);
}

/** Reads the state; a missing file is an empty state. Throws `review.invalid-file` for a malformed one. */
export function readReviewState(file: string): ReviewState {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return {};
    throw err;
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (err) {
    throw new ReviewError('review.invalid-file', `not valid JSON (${(err as Error).message})`, file);
  }
  if (json === null || typeof json !== 'object' || Array.isArray(json)) {
    throw new ReviewError('review.invalid-file', 'expected an object of item id → review entry', file);
  }
  const state: ReviewState = {};
  for (const [id, raw] of Object.entries(json)) {
    if (!isItemId(id)) throw new ReviewError('review.invalid-file', `unknown item id "${id}"`, file);
    const parsed = entrySchema.safeParse(raw);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      throw new ReviewError('review.invalid-file', `entry "${id}": ${issue?.path.join('.') || 'value'}: ${issue?.message ?? 'invalid'}`, file);
    }
    state[id] = parsed.data;
  }
  return state;
}

/** Writes the state atomically, keys sorted, one entry per line block. */
export function writeReviewState(file: string, state: ReviewState): void {
  const sorted = Object.fromEntries(Object.entries(state).sort(([a], [b]) => a.localeCompare(b)));
  writeFileAtomic(file, JSON.stringify(sorted, null, 2) + '\n');
}

export interface Decision {
  status: ReviewDecision;
  comment: string;
  contentHash: string;
}

/**
 * Records a decision for one item (read, change, write atomically; synchronous, so two decisions in one
 * process never interleave). Returns the new state.
 */
export function recordDecision(file: string, id: string, decision: Decision, now: Date): ReviewState {
  if (!isItemId(id)) throw new ReviewError('review.invalid-id', `unknown item id "${id}"`);
  if (decision.status !== 'approved' && decision.status !== 'needs-changes') {
    throw new ReviewError('review.invalid-input', `status must be approved or needs-changes`);
  }
  const comment = decision.comment.replace(/[\u0000-\u001F\u007F]/g, ' ').trim();
  if (comment.length > MAX_COMMENT) throw new ReviewError('review.invalid-input', `comment longer than ${MAX_COMMENT} characters`);
  if (decision.status === 'needs-changes' && comment === '') {
    throw new ReviewError('review.invalid-input', 'say what needs to change (a short comment)');
  }
  const state = readReviewState(file);
  state[id] = { status: decision.status, comment, at: now.toISOString(), contentHash: decision.contentHash };
  writeReviewState(file, state);
  return state;
}

/**
 * The status that counts now: the stored decision while the content is the one reviewed, otherwise
 * needs-review (nothing decided yet, or the content changed since).
 */
export function effectiveStatus(entry: ReviewEntry | undefined, currentHash: string | undefined): ReviewStatus {
  if (entry === undefined || currentHash === undefined) return 'needs-review';
  return entry.contentHash === currentHash ? entry.status : 'needs-review';
}

/**
 * `isApproved(code)` for `npm run factsheets -- --approved-only`: true when the sheet of `code` was approved
 * and its content (hash of its factsheetDependencies) has not changed since. Reads the file once.
 *
 *   const isApproved = approvalChecker(reviewFile(reviewDir, year), (code) => contentHash(factsheetDependencies(data, code)));
 */
export function approvalChecker(file: string, currentHash: (code: string) => string | undefined): (code: string) => boolean {
  const state = readReviewState(file);
  return (code) => effectiveStatus(state[factsheetItem(code)], currentHash(code)) === 'approved';
}
