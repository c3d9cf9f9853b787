/**
 * Opening a document at a block someone linked to (`/d/<docId>#T-3` on the
 * web, `obsidian://poc-open?…&block=T-3` in the plugin): the block is
 * scrolled to, unfolded and focused as `jumpTo` does, and keeps a visible
 * mark (not only the short flash of a jump), so a reader who looks away finds
 * again what the link was about. The mark goes when another block is linked to.
 */
import type { EditorHandle } from './editor-contract.js';
import { uiWords } from '../shared/i18n/interface-locale.js';
import { editorWords } from '../shared/i18n/messages/editor.js';

const t = uiWords(editorWords);

/** The class of the block a link pointed at (styles/deep-link.css). */
export const LINKED_CLASS = 'poc-linked';

/** Goes to the linked block and marks it; false when the document has no such block (the caller says so in words). */
export function revealLinkedBlock(handle: EditorHandle, blockId: string): boolean {
  const root = handle.view.dom;
  const target = Array.from(root.querySelectorAll<HTMLElement>('.poc-block')).find((el) => el.dataset.bid === blockId);
  if (!target) return false;
  for (const el of Array.from(root.querySelectorAll(`.${LINKED_CLASS}`))) el.classList.remove(LINKED_CLASS);
  handle.jumpTo({ block: blockId });
  target.classList.add(LINKED_CLASS);
  return true;
}

/** What a person is told when a link names a block the document does not have (deleted since, or a typo in the link). */
export function missingBlockMessage(blockId: string): string {
  return t('deepLink.missing', { block: blockId });
}
