/**
 * Checks on the names people and clients choose: document ids (they arrive
 * in URLs), usernames and offices. Each returns a message saying what is
 * wrong and what would be right, or undefined when the name is fine.
 */

/** Longest document id accepted. */
export const MAX_DOC_ID_LENGTH = 128;

const DOC_ID = /^[A-Za-z0-9][A-Za-z0-9_-]*(?:\.[A-Za-z0-9_-]+)*$/;
const USERNAME = /^[a-z0-9][a-z0-9._-]{0,63}$/;

/** Why a document id is refused (path tricks, odd characters, too long), or undefined if it is fine. */
export function checkDocId(id: string): string | undefined {
  if (!id) return 'the document id is empty (connect to ws://host:port/<documentId>)';
  if (id.length > MAX_DOC_ID_LENGTH) return `the document id is longer than ${MAX_DOC_ID_LENGTH} characters`;
  if (!DOC_ID.test(id)) return 'a document id may hold only letters, digits, "-", "_" and single dots between them';
  return undefined;
}

/** Why a username is refused, or undefined if it is fine. */
export function checkUsername(name: string): string | undefined {
  if (!USERNAME.test(name)) return `"${name}" is not a valid username: use 1–64 lower-case letters, digits, ".", "_" or "-", starting with a letter or digit`;
  return undefined;
}
