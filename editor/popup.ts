/**
 * A small floating list for the insert menu and the link picker: items
 * with a label and a detail, filtered by a fuzzy query, driven by the
 * keyboard (arrows, Enter or Tab to choose, Escape to close) or the mouse.
 */
import { h, setChildren, toggleClass } from './dom.js';

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

export class Popup {
  readonly el: HTMLElement;
  private items: PopupItem[] = [];
  private selected = 0;
  private onClose?: () => void;

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

  /** Shows items under a screen rectangle (a caret or a button). */
  open(items: PopupItem[], at: { left: number; bottom: number }, opts: { title?: string; empty?: string; onClose?: () => void } = {}): void {
    this.onClose = opts.onClose;
    this.el.hidden = false;
    this.el.dataset.title = opts.title ?? '';
    this.el.dataset.empty = opts.empty ?? 'Nothing matches';
    this.setItems(items);
    const base = this.layer.getBoundingClientRect();
    this.el.style.setProperty('--poc-popup-left', `${Math.max(0, at.left - base.left)}px`);
    this.el.style.setProperty('--poc-popup-top', `${at.bottom - base.top + 4}px`);
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
