/**
 * A small floating list for the insert menu and the link picker: items
 * with a label and a detail, filtered by a fuzzy query, driven by the
 * keyboard (arrows, Enter or Tab to choose, Escape to close) or the mouse.
 * It opens below its anchor, or above it when there is more room there, and
 * stays inside what can be seen of the page (the window and any scrolling
 * pane around the editor), shrinking to fit when neither side has room.
 */
import { h, setChildren, toggleClass } from './dom.js';
import { uiWords } from '../shared/i18n/interface-locale.js';
import { editorWords } from '../shared/i18n/messages/editor.js';

const t = uiWords(editorWords);

export interface PopupItem {
  label: string;
  detail?: string;
  /** Extra words matched by the filter but not shown. */
  keywords?: string;
  cls?: string;
  run(): void;
}

/**
 * Scores how well `query` matches `text` as a subsequence (higher is
 * better), or -1 when it does not match: consecutive letters and matches
 * at word starts count more, so "armat" finds "Armed attack".
 */
export function fuzzyScore(query: string, text: string): number {
  const q = query.toLowerCase().replace(/\s+/g, '');
  const t = text.toLowerCase();
  if (!q) return 0;
  let score = 0;
  let ti = 0;
  let run = 0;
  for (const ch of q) {
    const found = t.indexOf(ch, ti);
    if (found < 0) return -1;
    run = found === ti ? run + 1 : 1;
    const wordStart = found === 0 || /[\s\-_/.·(]/.test(t[found - 1]);
    score += run * 2 + (wordStart ? 3 : 0) - Math.min(found - ti, 5) * 0.1;
    ti = found + 1;
  }
  return score;
}

/** Items matching a query, best first (original order on ties), at most `limit`. */
export function filterItems<T extends { label: string; detail?: string; keywords?: string }>(items: readonly T[], query: string, limit = 50): T[] {
  if (!query.trim()) return items.slice(0, limit);
  return items
    .map((item, i) => ({ item, i, s: fuzzyScore(query, `${item.label} ${item.detail ?? ''} ${item.keywords ?? ''}`) }))
    .filter((x) => x.s >= 0)
    .sort((a, b) => b.s - a.s || a.i - b.i)
    .slice(0, limit)
    .map((x) => x.item);
}

/** Where a popup is anchored, in window coordinates: a caret or a button (its left edge, top and bottom). */
export interface PopupAnchor {
  left: number;
  bottom: number;
  /** The anchor's top; the popup opens above it when there is more room there. Defaults to `bottom`. */
  top?: number;
}

/** Space between the anchor and the popup, and the least height a squeezed popup keeps. */
const GAP = 4;
const MIN_HEIGHT = 80;

/** The part of the window that `el` can show: the viewport cut by every clipping (scrolling) box around it. */
function visibleBox(el: HTMLElement): { top: number; bottom: number; left: number; right: number } {
  const win = el.ownerDocument.defaultView;
  const box = { top: 0, left: 0, bottom: win?.innerHeight ?? Infinity, right: win?.innerWidth ?? Infinity };
  for (let p: HTMLElement | null = el; p && win; p = p.parentElement) {
    const style = win.getComputedStyle(p);
    if (style.overflowY === 'visible' && style.overflowX === 'visible') continue;
    const r = p.getBoundingClientRect();
    box.top = Math.max(box.top, r.top);
    box.left = Math.max(box.left, r.left);
    box.bottom = Math.min(box.bottom, r.bottom);
    box.right = Math.min(box.right, r.right);
  }
  return box;
}

export class Popup {
  readonly el: HTMLElement;
  private items: PopupItem[] = [];
  private selected = 0;
  private onClose?: () => void;
  private anchor?: PopupAnchor;

  constructor(
    private readonly doc: Document,
    private readonly layer: HTMLElement,
  ) {
    this.el = h(doc, 'div', { class: 'poc-popup', attrs: { role: 'listbox', hidden: true } });
    // Keep the editor's focus and selection while clicking in the list.
    this.el.addEventListener('mousedown', (e) => e.preventDefault());
    layer.append(this.el);
  }

  get isOpen(): boolean {
    return !this.el.hidden;
  }

  /** Shows items next to a screen rectangle (a caret or a button): below it, or above it when there is more room there. */
  open(items: PopupItem[], at: PopupAnchor, opts: { title?: string; empty?: string; onClose?: () => void } = {}): void {
    this.onClose = opts.onClose;
    this.anchor = at;
    this.el.hidden = false;
    this.el.dataset.title = opts.title ?? '';
    this.el.dataset.empty = opts.empty ?? t('popup.nothingMatches');
    this.setItems(items);
  }

  /** Places the open popup by its anchor, inside the visible part of the page (see the module comment). */
  private place(): void {
    const at = this.anchor;
    if (!at || this.el.hidden) return;
    const box = visibleBox(this.layer);
    const base = this.layer.getBoundingClientRect();
    const top = at.top ?? at.bottom;
    this.el.style.removeProperty('--poc-popup-max');
    const natural = this.el.offsetHeight;
    const below = box.bottom - at.bottom - GAP;
    const above = top - box.top - GAP;
    const up = natural > below && above > below;
    const room = Math.max(MIN_HEIGHT, up ? above : below);
    if (natural > room) this.el.style.setProperty('--poc-popup-max', `${room}px`);
    const height = Math.min(natural, room);
    const left = Math.max(box.left, Math.min(at.left, box.right - this.el.offsetWidth));
    this.el.style.setProperty('--poc-popup-left', `${left - base.left}px`);
    this.el.style.setProperty('--poc-popup-top', `${(up ? top - GAP - height : at.bottom + GAP) - base.top}px`);
    toggleClass(this.el, 'is-above', up);
  }

  /** Replaces the items (as the query changes), keeping the first one selected. */
  setItems(items: PopupItem[]): void {
    this.items = items;
    this.selected = 0;
    const doc = this.doc;
    const title = this.el.dataset.title;
    setChildren(
      this.el,
      title ? h(doc, 'div', { class: 'poc-popup-title', text: title }) : null,
      ...(items.length
        ? items.map((item, i) =>
            h(
              doc,
              'div',
              {
                class: `poc-popup-item${item.cls ? ` ${item.cls}` : ''}`,
                attrs: { role: 'option', 'data-index': i },
                on: { click: () => this.choose(i), mousemove: () => this.select(i) },
              },
              h(doc, 'span', { class: 'poc-popup-label', text: item.label }),
              item.detail ? h(doc, 'span', { class: 'poc-popup-detail', text: item.detail }) : null,
            ),
          )
        : [h(doc, 'div', { class: 'poc-popup-empty', text: this.el.dataset.empty ?? '' })]),
    );
    this.place();
    this.select(0);
  }

  private select(i: number): void {
    this.selected = i;
    this.el.querySelectorAll('.poc-popup-item').forEach((el, k) => {
      toggleClass(el, 'is-selected', k === i);
      el.setAttribute('aria-selected', k === i ? 'true' : 'false');
      if (k === i) (el as HTMLElement).scrollIntoView?.({ block: 'nearest' });
    });
  }

  private choose(i: number): void {
    const item = this.items[i];
    this.close();
    item?.run();
  }

  /** Handles a key while open; true when the key was used. */
  handleKey(e: KeyboardEvent): boolean {
    if (!this.isOpen) return false;
    const n = this.items.length;
    switch (e.key) {
      case 'ArrowDown':
        if (n) this.select((this.selected + 1) % n);
        return true;
      case 'ArrowUp':
        if (n) this.select((this.selected - 1 + n) % n);
        return true;
      case 'Enter':
      case 'Tab':
        if (!n) return false;
        this.choose(this.selected);
        return true;
      case 'Escape':
        this.close();
        return true;
    }
    return false;
  }

  close(): void {
    if (this.el.hidden) return;
    this.el.hidden = true;
    const cb = this.onClose;
    this.onClose = undefined;
    cb?.();
  }

  destroy(): void {
    this.el.remove();
  }
}
