/**
 * How the people services (server/people) refuse: one error with a kind the
 * HTTP routes turn into a status and the CLI into an exit code, and a
 * message that says what is wrong and what to do.
 */

/** What kind of refusal: no such person or document, a request that is wrong, a name already taken, or a change that would lock someone out. */
export type PeopleErrorKind = 'not-found' | 'invalid' | 'exists' | 'conflict';

/** A refusal of the people services, with a stable code (e.g. `no-such-user`) and a message a person can act on. */
export class PeopleError extends Error {
  constructor(
    readonly kind: PeopleErrorKind,
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'PeopleError';
  }
}

/** The refusal for a username nobody has. */
export function noSuchUser(username: string): PeopleError {
  return new PeopleError('not-found', 'no-such-user', `There is no user named "${username}"; check the spelling, or add them first.`);
}
