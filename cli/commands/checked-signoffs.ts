/**
 * The sign-offs a server holds for a document, each checked here: the
 * server's published keys are read once, then every record the server
 * answers is verified with them (`verifyWithKeys`, shared/signoff/record.ts)
 * against the document's id and the content the caller holds, a Markdown
 * file's text, not the server's copy. The server's own verdict is not taken,
 * so an answer altered on the way, or a record signed with a key the server
 * does not publish or for another document, never reads as valid.
 *
 * One helper for every command that takes a file's sign-offs from a server:
 * `poc validate --server` (server-signoffs.ts) and `poc export --server`
 * (export.ts). The keys are the server's own: this is to know the sign-offs,
 * not an audit of the server (that is `poc verify --key`).
 */
import type { ApiClient } from '../../shared/api/client.js';
import { contentHash } from '../../shared/hash/canonical.js';
import type { DocModel } from '../../shared/model/types.js';
import { DEFAULT_LOCALE, type Locale } from '../../shared/i18n/locale.js';
import { keysById, type CheckedSignoff, verifyWithKeys } from '../../shared/signoff/record.js';

/** Reads a document's sign-off records from the server and answers how each stands against `model`, in the server's order. */
export type SignoffChecker = (model: DocModel) => Promise<CheckedSignoff[]>;

/**
 * Reads the server's published signing keys (once) and answers the checker of each document's sign-offs, saying why a
 * record does not verify in `locale`. The client's `ApiError`s pass through untouched (a key fetch that fails rejects
 * this call; a sign-off fetch, the checker's), so each command words them for its own person.
 */
export async function signoffChecker(client: Pick<ApiClient, 'keys' | 'signoffs'>, locale: Locale = DEFAULT_LOCALE): Promise<SignoffChecker> {
  const keys = keysById((await client.keys()).keys);
  return async (model) => {
    const records = (await client.signoffs(model.meta.id)).map((v) => v.record);
    return verifyWithKeys(records, keys, model.meta.id, contentHash(model), locale);
  };
}
