/**
 * What the person may do with the document they have open, as the server
 * says (`GET /api/docs/:id` answers `access` and `archived`): one reading of
 * it for every host, so the Obsidian view and the web page lock the editor
 * for the same people and say so in the same words.
 */

import { atLeast, type AccessLevel } from '../shared/access-levels.js';
import { uiWords } from '../shared/i18n/interface-locale.js';
import { editorWords } from '../shared/i18n/messages/editor.js';

const t = uiWords(editorWords);

/** The person's access as the server answers it. */
export interface DocumentAccess {
  access: AccessLevel;
  /** An administrator archived the document: read-only for everyone. */
  archived?: boolean;
}

/** Whether the editor's content must be read-only for this access (a viewer or a commenter, or an archived document). */
export function isReadOnly(a: DocumentAccess | undefined): boolean {
  return !!a && (a.archived === true || !atLeast(a.access, 'editor'));
}

/** Whether the person may add comments (a commenter or more, on a document that is not archived). */
export function canComment(a: DocumentAccess | undefined): boolean {
  return !a || (a.archived !== true && atLeast(a.access, 'commenter'));
}

/** The one short line a read-only editor shows, saying why; undefined when the person may edit. */
export function readOnlyLine(a: DocumentAccess | undefined): string | undefined {
  if (!a) return undefined;
  if (a.archived) return t('access.archived');
  if (a.access === 'viewer') return t('access.viewer');
  if (a.access === 'commenter') return t('access.commenter');
  return undefined;
}
