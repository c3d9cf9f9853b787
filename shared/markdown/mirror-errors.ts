/**
 * Errors of the Markdown mirror. Parsing either gives a whole model or one
 * error saying where (file and line) and what to change; never a partial
 * document.
 */

/** A problem in a Markdown mirror file, at a 1-based line. */
export interface MarkdownError {
  file?: string;
  line: number;
  message: string;
}

/** Formats an error as "file:line: message" (or "line N: message" without a file). */
export function formatMarkdownError(e: MarkdownError): string {
  return e.file ? `${e.file}:${e.line}: ${e.message}` : `line ${e.line}: ${e.message}`;
}

/** Thrown inside the parser to stop at the first problem; caught at its edge and returned as a value. @internal */
export class MarkdownFailure extends Error {
  constructor(
    readonly line: number,
    message: string,
  ) {
    super(message);
    this.name = 'MarkdownFailure';
  }
}

/** Stops parsing with an error at `line`. @internal */
export function fail(line: number, message: string): never {
  throw new MarkdownFailure(line, message);
}
