// The review state file: round trip, atomic write, validation of a malformed file, the reset of a decision
// when the content hash changes, and isApproved for `factsheets --approved-only`.
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { memoryLogger } from '../../pipeline/context.ts';
import { DEFAULT_PATHS, PROJECT_ROOT } from '../../pipeline/paths.ts';
import {
  adoptLegacyReviewFile,
  approvalChecker,
  contentHash,
  effectiveStatus,
  legacyReviewFile,
  readReviewState,
  recordDecision,
  reviewFile,
  ReviewError,
} from '../../pipeline/review/index.ts';

const dirs: string[] = [];
const tmp = () => {
  const d = mkdtempSync(join(tmpdir(), 'is248-review-'));
  dirs.push(d);
  return d;
};
afterEach(() => dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })));

describe('review state', () => {
  it('lives with the project (review/review-<year>.json at the root, committed), not in the generated output', () => {
    expect(reviewFile('/x/review', 2024)).toBe('/x/review/review-2024.json');
    expect(DEFAULT_PATHS.review).toBe(join(PROJECT_ROOT, 'review'));
    expect(relativeToOutput(DEFAULT_PATHS.review)).toBe(false);
    // Not ignored by git: the folder is meant to be committed.
    const ignored = readFileSync(join(PROJECT_ROOT, '.gitignore'), 'utf8').split('\n').map((l) => l.trim().replace(/^\/|\/$/g, ''));
    expect(ignored).not.toContain('review');
    expect(legacyReviewFile('/x/output', 2024)).toBe('/x/output/2024/review.json');
  });

  it('moves a state left in output/<year>/review.json over once, with a message', () => {
    const dir = tmp();
    const legacy = legacyReviewFile(join(dir, 'output'), 2024);
    const file = reviewFile(join(dir, 'review'), 2024);
    const at = new Date('2025-03-01T10:00:00Z');
    recordDecision(legacy, 'factsheet:4601', { status: 'approved', comment: 'ok', contentHash: 'h1' }, at);
    recordDecision(legacy, 'report:tiltak', { status: 'needs-changes', comment: 'Kilde mangler', contentHash: 'h2' }, at);
    const before = readFileSync(legacy, 'utf8');
    const log = memoryLogger();
    adoptLegacyReviewFile(legacy, file, log);
    expect(readReviewState(file)).toEqual(JSON.parse(before));
    expect(readdirSync(join(legacy, '..'))).toEqual([]);
    expect(log.lines).toEqual([{ level: 'info', message: expect.stringMatching(new RegExp(`moved 2 review decisions from ${legacy} to ${file}`)) as unknown }]);
    // Once: a second run finds nothing to move and says nothing.
    adoptLegacyReviewFile(legacy, file, log);
    expect(log.lines).toHaveLength(1);
    expect(readReviewState(file)).toEqual(JSON.parse(before));
  });

  it('merges an old state into an existing one (the later decision of an item wins)', () => {
    const dir = tmp();
    const legacy = legacyReviewFile(join(dir, 'output'), 2024);
    const file = reviewFile(join(dir, 'review'), 2024);
    recordDecision(file, 'factsheet:4601', { status: 'approved', comment: '', contentHash: 'new' }, new Date('2025-03-02T10:00:00Z'));
    recordDecision(legacy, 'factsheet:4601', { status: 'needs-changes', comment: 'gammel', contentHash: 'old' }, new Date('2025-03-01T10:00:00Z'));
    recordDecision(legacy, 'factsheet:0301', { status: 'approved', comment: '', contentHash: 'o' }, new Date('2025-03-01T10:00:00Z'));
    const log = memoryLogger();
    adoptLegacyReviewFile(legacy, file, log);
    const state = readReviewState(file);
    expect(state['factsheet:4601']).toMatchObject({ status: 'approved', contentHash: 'new' });
    expect(state['factsheet:0301']).toMatchObject({ status: 'approved', contentHash: 'o' });
    expect(log.lines[0]?.message).toMatch(/merged 1 review decision from/);
  });

  it('leaves a malformed old state where it is and names it', () => {
    const dir = tmp();
    const legacy = legacyReviewFile(join(dir, 'output'), 2024);
    const file = reviewFile(join(dir, 'review'), 2024);
    recordDecision(legacy, 'factsheet:4601', { status: 'approved', comment: '', contentHash: 'h' }, new Date());
    writeFileSync(legacy, '{ "factsheet:4601": ');
    expect(() => adoptLegacyReviewFile(legacy, file, memoryLogger())).toThrow(new RegExp(legacy.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')));
    expect(readFileSync(legacy, 'utf8')).toBe('{ "factsheet:4601": ');
    expect(readdirSync(dir)).not.toContain('review');
  });

  it('records decisions as plain JSON, written atomically, and reads them back', () => {
    const file = join(tmp(), '2024', 'review.json');
    expect(readReviewState(file)).toEqual({});
    const at = new Date('2025-03-01T10:00:00Z');
    recordDecision(file, 'factsheet:4601', { status: 'approved', comment: ' ok ', contentHash: 'h1' }, at);
    recordDecision(file, 'report:tiltak', { status: 'needs-changes', comment: 'Figur 5.1 mangler kilde', contentHash: 'h2' }, at);
    const json = JSON.parse(readFileSync(file, 'utf8')) as unknown;
    expect(json).toEqual({
      'factsheet:4601': { status: 'approved', comment: 'ok', at: '2025-03-01T10:00:00.000Z', contentHash: 'h1' },
      'report:tiltak': { status: 'needs-changes', comment: 'Figur 5.1 mangler kilde', at: '2025-03-01T10:00:00.000Z', contentHash: 'h2' },
    });
    expect(readReviewState(file)).toEqual(json);
    expect(readdirSync(join(file, '..'))).toEqual(['review.json']); // no temp files left
  });

  it('refuses bad ids, statuses and a needs-changes without comment', () => {
    const file = join(tmp(), 'review.json');
    const now = new Date();
    expect(() => recordDecision(file, 'factsheet:../x', { status: 'approved', comment: '', contentHash: 'h' }, now)).toThrow(ReviewError);
    expect(() => recordDecision(file, 'other:1', { status: 'approved', comment: '', contentHash: 'h' }, now)).toThrow(ReviewError);
    expect(() => recordDecision(file, 'factsheet:1', { status: 'needs-changes', comment: '  ', contentHash: 'h' }, now)).toThrow(/comment/);
    expect(() => recordDecision(file, 'factsheet:1', { status: 'approved', comment: 'x'.repeat(501), contentHash: 'h' }, now)).toThrow(/500/);
  });

  it('names the file and the entry when the file is malformed', () => {
    const file = join(tmp(), 'review.json');
    writeFileSync(file, '{ not json');
    expect(() => readReviewState(file)).toThrow(expect.objectContaining({ code: 'review.invalid-file', location: { file } }));
    writeFileSync(file, JSON.stringify({ 'factsheet:4601': { status: 'ok', comment: '', at: '', contentHash: '' } }));
    expect(() => readReviewState(file)).toThrow(/factsheet:4601.*status/);
    writeFileSync(file, JSON.stringify({ 'factsheet:4601': { status: 'approved', comment: '', at: '', contentHash: '', extra: 1 } }));
    expect(() => readReviewState(file)).toThrow(ReviewError);
  });

  it('counts a decision only for the content that was reviewed', () => {
    const entry = { status: 'approved' as const, comment: '', at: '', contentHash: 'abc' };
    expect(effectiveStatus(entry, 'abc')).toBe('approved');
    expect(effectiveStatus(entry, 'abd')).toBe('needs-review');
    expect(effectiveStatus({ ...entry, status: 'needs-changes' }, 'abc')).toBe('needs-changes');
    expect(effectiveStatus({ ...entry, status: 'needs-changes' }, 'new')).toBe('needs-review');
    expect(effectiveStatus(undefined, 'abc')).toBe('needs-review');
    expect(effectiveStatus(entry, undefined)).toBe('needs-review');
  });

  it('hashes content independently of key order, and isApproved follows the current hash', () => {
    expect(contentHash({ a: 1, b: [1, 2] })).toBe(contentHash({ b: [1, 2], a: 1 }));
    expect(contentHash({ a: 1 })).not.toBe(contentHash({ a: 2 }));
    const file = join(tmp(), 'review.json');
    const deps: Record<string, unknown> = { '4601': { arsverk: 800 }, '4640': { arsverk: 21 }, '0301': { arsverk: 1500 } };
    recordDecision(file, 'factsheet:4601', { status: 'approved', comment: '', contentHash: contentHash(deps['4601']) }, new Date());
    recordDecision(file, 'factsheet:4640', { status: 'approved', comment: '', contentHash: contentHash(deps['4640']) }, new Date());
    recordDecision(file, 'factsheet:0301', { status: 'needs-changes', comment: 'nei', contentHash: contentHash(deps['0301']) }, new Date());
    deps['4640'] = { arsverk: 22 }; // a correction after the approval
    const isApproved = approvalChecker(file, (code) => (code in deps ? contentHash(deps[code]) : undefined));
    expect(['4601', '4640', '0301', '9999'].filter(isApproved)).toEqual(['4601']);
  });
});

function relativeToOutput(dir: string): boolean {
  return dir.startsWith(DEFAULT_PATHS.out + '/') || dir === DEFAULT_PATHS.out;
}
