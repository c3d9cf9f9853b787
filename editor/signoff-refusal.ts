/**
 * What a person is told when the server signed nothing because the document
 * changed while they were reviewing it (409 content-changed). The server
 * cannot know what the person saw, so the client keeps the model they
 * reviewed when they asked to sign and lists what differs from the document
 * now, with the same change list the sign-off panel shows for a stale
 * signature (shared/diff/model-diff.ts). Nothing is signed again by itself: the
 * person reviews the changes and asks again.
 */
import type { DocModel } from '../shared/model/types.js';
import type { Template } from '../shared/template/load.js';
import { modelDiff } from '../shared/diff/model-diff.js';
import { interfaceLocale, uiWords } from '../shared/i18n/interface-locale.js';
import { editorPanelWords } from '../shared/i18n/messages/editor-panels.js';

const t = uiWords(editorPanelWords);

/** The refusal code of a sign-off whose reviewed version the document has left. */
export const CONTENT_CHANGED = 'content-changed';

/** How many changes the message lists before it says how many more there are. */
const LISTED = 5;

/** The message for a sign-off refused because the document changed: what changed from `reviewed` to `now`, and what to do. */
export function changedWhileReviewing(reviewed: DocModel, now: DocModel, template?: Template): string {
  const changes = modelDiff(reviewed, now, template, { locale: interfaceLocale() }).map((c) => c.text);
  if (!changes.length) {
    // The edit reached the server but not yet this client (or only formatting changed).
    return t('refusal.notArrived');
  }
  const listed = changes.slice(0, LISTED).join('; ');
  return changes.length > LISTED ? t('refusal.changesMore', { changes: listed, count: changes.length - LISTED }) : t('refusal.changes', { changes: listed });
}
