// The report stage's error: a stable code (`report.ref-unknown`, `report.duplicate-item`, …), a message and,
// where there is one, the template it happened in.
export class ReportError extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly location?: string,
  ) {
    super(location ? `${message} (${location})` : message);
    this.name = 'ReportError';
  }
}
