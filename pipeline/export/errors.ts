// Export errors carry a code and say which table, row and column they concern.
export type ExportErrorCode = 'export.bad-cell' | 'export.bad-table';
import { PipelineError } from '../errors.ts';

export class ExportError extends PipelineError {
  constructor(code: ExportErrorCode, message: string) {
    super(code, message);
  }
}
