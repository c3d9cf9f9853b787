/**
 * Which Y.Doc layout a sync client writes, said in its WebSocket URL
 * (`?layout=2`). Layout 2 keeps short text fields in `short_field` children
 * (shared/model/nodes.ts). A client built before it has no such node in its
 * ProseMirror schema, and y-prosemirror deletes, for everyone, the content
 * its schema rejects: an older plugin opening a current document would erase
 * every location, perpetrator and title typed in it. So the server refuses a
 * client that does not say it writes the current layout, before sending it
 * any content, and tells it to update. The URL also says the person's
 * language, for the words of the server's refusals.
 */
import type { Locale } from '../i18n/locale.js';

/** The layout this code writes and reads: 1 kept short text in block attributes; 2 in `short_field` children, with the title and document fields as shared texts. */
export const LAYOUT_VERSION = 2;

/** The URL parameter a sync client names its layout with. */
export const LAYOUT_PARAM = 'layout';

/** The URL parameter a sync client names the language of its person with, so refusals on the socket come in it. */
export const LANG_PARAM = 'lang';

/** The URL parameters a sync client of this code sends (y-websocket's `params`): its layout, and its person's language when given. */
export function layoutParams(language?: Locale): Record<string, string> {
  return { [LAYOUT_PARAM]: String(LAYOUT_VERSION), ...(language ? { [LANG_PARAM]: language } : {}) };
}

/** Whether a WebSocket URL's query says its client writes the current layout (older clients say nothing). */
export function writesCurrentLayout(query: URLSearchParams): boolean {
  const said = Number(query.get(LAYOUT_PARAM));
  return Number.isInteger(said) && said >= LAYOUT_VERSION;
}
