/**
 * What every server subcommand shares: where it prints, and how it fails.
 * A command prints through `out` (default console.log) and returns its
 * result, so tests can call it directly; it fails with a `CommandError`
 * whose message says what to do, which cli/poc.ts prints (exit code 2).
 */

/** Where a command prints its lines. */
export type Out = (line: string) => void;

/** A failed command, with a message for the person at the terminal. */
export class CommandError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'CommandError';
  }
}

/** The printer of a command's options: its `out`, or console.log. */
export const print = (o: { out?: Out }): Out => o.out ?? ((line) => console.log(line));
