// Errors of the harmonise stage carry a stable code, like the rest of the pipeline's errors.
export type HarmoniseErrorCode =
  | 'harmonise.backwards'
  | 'harmonise.no-structure'
  | 'harmonise.unknown-unit'
  | 'harmonise.split-unsupported'
  | 'harmonise.population-missing';
import { PipelineError } from '../errors.ts';

export class HarmoniseError extends PipelineError {
  constructor(code: HarmoniseErrorCode, message: string) {
    super(code, message);
  }
}
