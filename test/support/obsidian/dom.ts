/**
 * A tiny stand-in for the DOM elements Obsidian hands to plugins, with the
 * helper methods Obsidian adds to every element (createEl, createDiv,
 * empty, setText, addClass…). Tests run in Node without a DOM; the plugin's
 * glue only builds small trees of these, which tests then inspect.
 */

/** The Obsidian element helpers this stand-in provides; `satisfies` keeps the names in step with the real typings. */
export const ELEMENT_HELPERS = [
  'createEl',
  'createDiv',
  'createSpan',
  'empty',
  'setText',
  'getText',
  'addClass',
  'removeClass',
  'toggleClass',
  'hasClass',
  'setAttr',
  'getAttr',
  'detach',
  'remove',
  'addEventListener',
  'removeEventListener',
  'appendChild',
  'setAttribute',
  'getAttribute',
] as const satisfies ReadonlyArray<keyof HTMLElement>;

type Listener = (evt: unknown) => unknown;

interface ElementInfo {
  cls?: string | string[];
  text?: string;
  attr?: Record<string, string | number | boolean | null>;
  title?: string;
  value?: string;
  type?: string;
  placeholder?: string;
  href?: string;
  prepend?: boolean;
}

/** An element of the stand-in DOM. Cast to HTMLElement where the real API types it so. */
export class FakeElement {
  readonly tagName: string;
  readonly classes = new Set<string>();
  readonly attrs = new Map<string, string>();
  children: FakeElement[] = [];
  parent: FakeElement | null = null;
  value = '';
  private ownText = '';
  private readonly listeners = new Map<string, Listener[]>();

  constructor(tag = 'div') {
    this.tagName = tag.toUpperCase();
  }

  /** The element as the real API types it. */
  asHTMLElement(): HTMLElement {
    return this as unknown as HTMLElement;
  }

  createEl(tag: string, o?: ElementInfo | string, callback?: (el: FakeElement) => void): FakeElement {
    const el = new FakeElement(tag);
    const info: ElementInfo = typeof o === 'string' ? { cls: o } : (o ?? {});
    for (const c of typeof info.cls === 'string' ? info.cls.split(' ') : (info.cls ?? [])) if (c) el.classes.add(c);
    if (info.text !== undefined) el.setText(info.text);
    for (const [k, v] of Object.entries(info.attr ?? {})) if (v !== null) el.attrs.set(k, String(v));
    if (info.title !== undefined) el.attrs.set('title', info.title);
    if (info.value !== undefined) el.value = info.value;
    if (info.type !== undefined) el.attrs.set('type', info.type);
    if (info.placeholder !== undefined) el.attrs.set('placeholder', info.placeholder);
    if (info.href !== undefined) el.attrs.set('href', info.href);
    el.parent = this;
    if (info.prepend) this.children.unshift(el);
    else this.children.push(el);
    callback?.(el);
    return el;
  }

  createDiv(o?: ElementInfo | string, callback?: (el: FakeElement) => void): FakeElement {
    return this.createEl('div', o, callback);
  }

  createSpan(o?: ElementInfo | string, callback?: (el: FakeElement) => void): FakeElement {
    return this.createEl('span', o, callback);
  }

  empty(): void {
    for (const c of this.children) c.parent = null;
    this.children = [];
    this.ownText = '';
  }

  setText(text: string): void {
    this.empty();
    this.ownText = text;
  }

  getText(): string {
    return this.textContent;
  }

  get textContent(): string {
    return this.ownText + this.children.map((c) => c.textContent).join('');
  }

  set textContent(text: string) {
    this.setText(text);
  }

  // The standard DOM that host-agnostic code (editor/dom.ts `h`) builds with: a document that makes these elements,
  // class names, a title, and appending or replacing children (text given as a string becomes a text child).

  /** The stand-in document this element belongs to. */
  get ownerDocument(): { createElement(tag: string): FakeElement } {
    return FAKE_DOCUMENT;
  }

  get className(): string {
    return [...this.classes].join(' ');
  }

  set className(value: string) {
    this.classes.clear();
    for (const c of value.split(/\s+/)) if (c) this.classes.add(c);
  }

  get title(): string {
    return this.attrs.get('title') ?? '';
  }

  set title(value: string) {
    this.attrs.set('title', value);
  }

  append(...nodes: Array<FakeElement | string>): void {
    for (const n of nodes) {
      if (typeof n !== 'string') this.appendChild(n);
      else this.appendChild(new FakeElement('#text')).setText(n);
    }
  }

  replaceChildren(...nodes: Array<FakeElement | string>): void {
    this.empty();
    this.append(...nodes);
  }

  addClass(...classes: string[]): void {
    for (const c of classes) this.classes.add(c);
  }

  removeClass(...classes: string[]): void {
    for (const c of classes) this.classes.delete(c);
  }

  toggleClass(classes: string | string[], value: boolean): void {
    for (const c of typeof classes === 'string' ? [classes] : classes) {
      if (value) this.classes.add(c);
      else this.classes.delete(c);
    }
  }

  hasClass(cls: string): boolean {
    return this.classes.has(cls);
  }

  setAttr(name: string, value: string | number | boolean | null): void {
    if (value === null) this.attrs.delete(name);
    else this.attrs.set(name, String(value));
  }

  getAttr(name: string): string | null {
    return this.attrs.get(name) ?? null;
  }

  setAttribute(name: string, value: string): void {
    this.attrs.set(name, value);
  }

  getAttribute(name: string): string | null {
    return this.getAttr(name);
  }

  appendChild<T extends FakeElement>(child: T): T {
    child.detach();
    child.parent = this;
    this.children.push(child);
    return child;
  }

  detach(): void {
    if (!this.parent) return;
    this.parent.children = this.parent.children.filter((c) => c !== this);
    this.parent = null;
  }

  remove(): void {
    this.detach();
  }

  addEventListener(type: string, listener: Listener): void {
    this.listeners.set(type, [...(this.listeners.get(type) ?? []), listener]);
  }

  removeEventListener(type: string, listener: Listener): void {
    this.listeners.set(
      type,
      (this.listeners.get(type) ?? []).filter((l) => l !== listener),
    );
  }

  /** Test helper: dispatches an event of this type to the element's listeners. */
  dispatch(type: string, evt: unknown = { type }): void {
    for (const l of this.listeners.get(type) ?? []) l(evt);
  }

  /** Test helper: a click. */
  click(): void {
    this.dispatch('click', { type: 'click', preventDefault() {} });
  }

  /** Test helper: every descendant (depth first) that has the class. */
  findAll(cls: string): FakeElement[] {
    const out: FakeElement[] = [];
    const walk = (el: FakeElement) => {
      for (const c of el.children) {
        if (c.classes.has(cls)) out.push(c);
        walk(c);
      }
    };
    walk(this);
    return out;
  }

  /** Test helper: the first descendant with the class, or undefined. */
  find(cls: string): FakeElement | undefined {
    return this.findAll(cls)[0];
  }
}

/** The stand-in document of every FakeElement: it makes elements of the stand-in DOM. */
const FAKE_DOCUMENT = { createElement: (tag: string) => new FakeElement(tag) };

/** The stand-in behind an element the real API types as HTMLElement. */
export function fake(el: HTMLElement | Element | null | undefined): FakeElement {
  if (!((el as unknown) instanceof FakeElement)) throw new TypeError('not an element of the test double');
  return el as unknown as FakeElement;
}
