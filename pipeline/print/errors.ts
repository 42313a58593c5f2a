// The print stage's error: a stable code (`print.browser-missing`, `print.page-refs-unstable`, …), a message
// and, where there is one, a location (a file, an element id).
export class PrintError extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly location?: string,
  ) {
    super(location ? `${message} (${location})` : message);
    this.name = 'PrintError';
  }
}
