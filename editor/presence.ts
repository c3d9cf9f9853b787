/**
 * Presence in short fields. Remote carets in text come from y-prosemirror;
 * a person working in an input (a rating, a status, a date) is not in the
 * text, so the editor shares which field has their focus through the
 * awareness "field" entry and outlines that field in their colour, with
 * their name, in everyone else's editor.
 */
import type { Awareness } from 'y-protocols/awareness';
import { setAttr } from './dom.js';
import { uiWords } from '../shared/i18n/interface-locale.js';
import { editorWords } from '../shared/i18n/messages/editor.js';

const t = uiWords(editorWords);

/** What the awareness "field" entry holds: the block (absent for a document field) and the field name. */
export interface FieldFocus {
  block?: string;
  field: string;
}

interface RemoteState {
  user?: { name?: string; color?: string };
  field?: FieldFocus | null;
}

const MARK = 'poc-remote-field';

/** The cell of a field control under `root`, for a block (or the document header when `block` is absent). */
function cellOf(root: HTMLElement, focus: FieldFocus): HTMLElement | undefined {
  const scope = focus.block ? Array.from(root.querySelectorAll<HTMLElement>('.poc-block[data-bid]')).find((b) => b.dataset.bid === focus.block) : root.querySelector<HTMLElement>('.poc-doc-header');
  const control = scope ? Array.from(scope.querySelectorAll<HTMLElement>('[data-field]')).find((el) => el.dataset.field === focus.field && el.dataset.stop !== 'content') : undefined;
  return control?.closest<HTMLElement>('.poc-cell') ?? control ?? undefined;
}

/** Shares this user's focused field and shows other people's; returns `refresh` (after a redraw) and `destroy`. */
export function fieldPresence(root: HTMLElement, awareness: Awareness): { refresh(): void; destroy(): void } {
  let marked: HTMLElement[] = [];

  const onFocusIn = (e: FocusEvent) => {
    const el = (e.target as HTMLElement | null)?.closest<HTMLElement>('[data-field]');
    if (!el || el.dataset.stop === 'content') return;
    const block = el.closest<HTMLElement>('.poc-block[data-bid]')?.dataset.bid;
    const focus: FieldFocus = { field: el.dataset.field ?? '', ...(block ? { block } : {}) };
    awareness.setLocalStateField('field', focus);
  };
  const onFocusOut = (e: FocusEvent) => {
    const next = (e.relatedTarget as HTMLElement | null)?.closest?.('[data-field]');
    if (!next) awareness.setLocalStateField('field', null);
  };

  const refresh = () => {
    for (const el of marked) {
      el.classList.remove(MARK);
      setAttr(el, 'data-remote-user', null);
    }
    marked = [];
    for (const [id, raw] of awareness.getStates()) {
      if (id === awareness.clientID) continue;
      const state = raw as RemoteState;
      if (!state.field?.field) continue;
      const cell = cellOf(root, state.field);
      if (!cell) continue;
      cell.classList.add(MARK);
      cell.setAttribute('data-remote-user', state.user?.name ?? t('presence.someone'));
      cell.style.setProperty('--poc-user-color', state.user?.color ?? 'var(--interactive-accent)');
      marked.push(cell);
    }
  };

  root.addEventListener('focusin', onFocusIn);
  root.addEventListener('focusout', onFocusOut);
  awareness.on('change', refresh);
  return {
    refresh,
    destroy() {
      root.removeEventListener('focusin', onFocusIn);
      root.removeEventListener('focusout', onFocusOut);
      awareness.off('change', refresh);
      if (awareness.getLocalState()?.field) awareness.setLocalStateField('field', null);
    },
  };
}
