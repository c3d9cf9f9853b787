/**
 * The access levels a person can hold on a document, lowest first: the one
 * list the store's CHECK, the API schemas, the sync server, the CLI and the
 * editor all read, so a level is added here and nowhere else.
 *
 * - viewer: reads.
 * - commenter: reads and writes comments (the Y.Doc's `comments` root), never the content.
 * - editor: changes the content (everything but what only the server writes).
 * - owner: an editor who also decides who has access.
 */

/** Access levels, from least to most. */
export const ACCESS_LEVELS = ['viewer', 'commenter', 'editor', 'owner'] as const;
/** One access level. */
export type AccessLevel = (typeof ACCESS_LEVELS)[number];

/** Whether `have` is at least `need` (undefined, no access, is below every level). */
export function atLeast(have: AccessLevel | undefined, need: AccessLevel): boolean {
  return have !== undefined && ACCESS_LEVELS.indexOf(have) >= ACCESS_LEVELS.indexOf(need);
}

/** Whether a string is an access level. */
export function isAccessLevel(s: string): s is AccessLevel {
  return (ACCESS_LEVELS as readonly string[]).includes(s);
}

/** The level in a sentence with its article: "a viewer", "a commenter", "an editor", "an owner". */
export function withArticle(level: AccessLevel): string {
  return `${/^[aeiou]/.test(level) ? 'an' : 'a'} ${level}`;
}

/** The levels as a person types them, e.g. for a usage line or an error: "viewer, commenter, editor or owner". */
export function levelList(joiner = 'or'): string {
  return `${ACCESS_LEVELS.slice(0, -1).join(', ')} ${joiner} ${ACCESS_LEVELS[ACCESS_LEVELS.length - 1]}`;
}
