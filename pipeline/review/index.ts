// Review: the approval state of fact sheets and report chapters (output/<year>/review.json).
export {
  approvalChecker,
  contentHash,
  effectiveStatus,
  factsheetItem,
  isItemId,
  MAX_COMMENT,
  readReviewState,
  recordDecision,
  REVIEW_STATUSES,
  ReviewError,
  reviewFile,
  reportItem,
  writeReviewState,
} from './state.ts';
export type { Decision, ReviewDecision, ReviewEntry, ReviewState, ReviewStatus } from './state.ts';
