/**
 * What every server subcommand shares: where it prints, and how it fails.
 * A command prints through `out` (default console.log) and returns its
 * result, so tests can call it directly; it fails with a `CommandError`
 * whose message says what to do, which cli/poc.ts prints (exit code 2; 1
 * when a user, team or document it names does not exist: `CommandError.missing`).
 */

import { DEFAULT_LOCALE, type Locale } from '../../shared/i18n/locale.js';

/** Where a command prints its lines. */
export type Out = (line: string) => void;

/** The exit code of a command that named a user, team or document the store does not hold (scripts tell it from other failures). */
export const EXIT_NOT_FOUND = 1;
/** The exit code of every other failed command. */
export const EXIT_FAILED = 2;

/** A failed command, with a message for the person at the terminal and the exit code cli/poc.ts ends with. */
export class CommandError extends Error {
  constructor(
    message: string,
    readonly exitCode: number = EXIT_FAILED,
  ) {
    super(message);
    this.name = 'CommandError';
  }

  /** A command that names a person or document that does not exist (exit code 1, so scripts can tell it from a misuse). */
  static missing(message: string): CommandError {
    return new CommandError(message, EXIT_NOT_FOUND);
  }
}

/** The language a command speaks: the CLI's (--lang, then the shell's); English when a caller gives none (tests, embedders). */
export interface Speaks {
  locale?: Locale;
}

/** The language of a command's options: its `locale`, else English. */
export const localeOf = (o: Speaks): Locale => o.locale ?? DEFAULT_LOCALE;

/** The printer of a command's options: its `out`, or console.log. */
export const print = (o: { out?: Out }): Out => o.out ?? ((line) => console.log(line));

