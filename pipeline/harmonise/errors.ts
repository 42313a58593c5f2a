// Errors of the harmonise stage carry a stable code, like the rest of the pipeline's errors.
export type HarmoniseErrorCode =
  | 'HARMONISE_BACKWARDS'
  | 'HARMONISE_NO_STRUCTURE'
  | 'HARMONISE_UNKNOWN_UNIT'
  | 'HARMONISE_SPLIT_UNSUPPORTED'
  | 'HARMONISE_POPULATION_MISSING';

export class HarmoniseError extends Error {
  constructor(
    readonly code: HarmoniseErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'HarmoniseError';
  }
}
