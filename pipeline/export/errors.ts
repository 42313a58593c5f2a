// Export errors carry a code and say which table, row and column they concern.
export type ExportErrorCode = 'EXPORT_BAD_CELL' | 'EXPORT_BAD_TABLE';

export class ExportError extends Error {
  constructor(
    readonly code: ExportErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'ExportError';
  }
}
