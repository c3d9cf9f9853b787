/**
 * What a commenter may write: the comment threads (shared/ydoc/comments.ts)
 * and nothing else. The sync core applies it as a limited writer; it knows no
 * access levels but the ones it is given.
 *
 * The limit of this check: it is by root. Inside `comments` the server does
 * not look at who a message says wrote it (that would mean decoding every
 * Yjs item's content), so a commenter's client could write a message under
 * another name. The editor always writes the signed-in person's username and
 * name; a forged name is not checked here (the audit trail does not yet
 * record who wrote each comment).
 */
import { COMMENTS } from '../../shared/ydoc/comments.js';
import type { LimitedWriter } from '../sync/sync-server.js';
import { serverLiveErrors } from '../../shared/i18n/messages/server-errors-live.js';
import { localized } from '../../shared/i18n/localized.js';

/** A commenter writes `comments` only; a change elsewhere is refused and they are told so in these words. */
export const COMMENTER_AREA: LimitedWriter = {
  access: 'commenter',
  roots: [COMMENTS],
  refusal: localized(serverLiveErrors, 'told.commentOnly'),
};
