// Review: the approval state of fact sheets and report chapters (review/review-<year>.json, kept with the project).
export {
  adoptLegacyReviewFile,
  approvalChecker,
  contentHash,
  effectiveStatus,
  factsheetItem,
  isItemId,
  legacyReviewFile,
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
