// The one error type of the pipeline: a stable code in one style (`area.what`, lower case with dashes, like
// the findings' rules: `codebook.invalid`, `print.load-failed`) and, where there is one, a location (a file,
// with sheet and cell for a workbook, or a template, a table id …). Each area names its errors with a subclass
// (CodebookError, PrintError …) so a caller can catch one area's, but none declares its own code field.
export interface ErrorLocation {
  file?: string;
  sheet?: string;
  cell?: string;
  /** Anything else that says where: a template name, a registry id, a URL. */
  at?: string;
}

export class PipelineError extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly location?: ErrorLocation,
    options?: ErrorOptions,
  ) {
    super(location === undefined ? message : `${message} (${describeLocation(location)})`, options);
    this.name = new.target.name;
  }
}

export function describeLocation(l: ErrorLocation): string {
  const cell = [l.sheet, l.cell].filter((x) => x !== undefined).join('!');
  return [l.file, cell === '' ? undefined : cell, l.at].filter((x) => x !== undefined && x !== '').join(' › ');
}

/** `code` when `err` is a pipeline error, else undefined. */
export function errorCode(err: unknown): string | undefined {
  return err instanceof PipelineError ? err.code : undefined;
}
