/**
 * The small UI pieces: setting rows and their controls, notices, modals and
 * suggesters, menus, `requestUrl`, and helpers. Controls take a test's
 * input through `input(value)`, which fires `onChange` as a user would.
 */
import type * as obsidian from 'obsidian';
import { FakeElement } from './dom.js';
import { Component } from './events.js';
import type { App } from './plugin.js';

/**
 * The members K of T, with results loosened: fluent methods of the double
 * return the double where the real API names its own class. Names and
 * parameters are still checked against the real typings.
 */
type Shape<T, K extends keyof T> = { [P in K]: T[P] extends (...args: infer A) => unknown ? (...args: A) => unknown : T[P] };

// ---------------------------------------------------------------- settings

class ValueComponent<T> {
  disabled = false;
  private handler?: (value: T) => unknown;

  constructor(
    readonly el: FakeElement,
    protected value: T,
  ) {}

  getValue(): T {
    return this.value;
  }

  setValue(value: T): this {
    this.value = value;
    return this;
  }

  onChange(callback: (value: T) => unknown): this {
    this.handler = callback;
    return this;
  }

  setDisabled(disabled: boolean): this {
    this.disabled = disabled;
    return this;
  }

  /** Test helper: the user sets the value; resolves when the change handler has finished. */
  async input(value: T): Promise<void> {
    this.value = value;
    await this.handler?.(value);
  }
}

export class TextComponent extends ValueComponent<string> implements Shape<obsidian.TextComponent, 'setValue' | 'getValue' | 'onChange' | 'setPlaceholder' | 'setDisabled'> {
  placeholder = '';
  inputEl: FakeElement;

  constructor(containerEl: HTMLElement) {
    const el = (containerEl as unknown as FakeElement).createEl('input', { type: 'text' });
    super(el, '');
    this.inputEl = el;
  }

  setPlaceholder(placeholder: string): this {
    this.placeholder = placeholder;
    return this;
  }
}

export class TextAreaComponent extends TextComponent {}

export class ToggleComponent extends ValueComponent<boolean> implements Shape<obsidian.ToggleComponent, 'setValue' | 'getValue' | 'onChange'> {
  constructor(containerEl: HTMLElement) {
    super((containerEl as unknown as FakeElement).createDiv('checkbox-container'), false);
  }
}

export class DropdownComponent extends ValueComponent<string> implements Shape<obsidian.DropdownComponent, 'setValue' | 'getValue' | 'onChange' | 'addOption' | 'addOptions'> {
  readonly options = new Map<string, string>();

  constructor(containerEl: HTMLElement) {
    super((containerEl as unknown as FakeElement).createEl('select', 'dropdown'), '');
  }

  addOption(value: string, display: string): this {
    this.options.set(value, display);
    return this;
  }

  addOptions(options: Record<string, string>): this {
    for (const [v, d] of Object.entries(options)) this.addOption(v, d);
    return this;
  }
}

export class ColorComponent extends ValueComponent<string> implements Shape<obsidian.ColorComponent, 'setValue' | 'getValue' | 'onChange'> {
  constructor(containerEl: HTMLElement) {
    super((containerEl as unknown as FakeElement).createEl('input', { type: 'color' }), '#000000');
  }
}

export class ButtonComponent implements Shape<obsidian.ButtonComponent, 'setButtonText' | 'setCta' | 'onClick' | 'setDisabled'> {
  readonly buttonEl: FakeElement;
  disabled = false;

  constructor(containerEl: HTMLElement) {
    this.buttonEl = (containerEl as unknown as FakeElement).createEl('button');
  }

  setButtonText(name: string): this {
    this.buttonEl.setText(name);
    return this;
  }

  setCta(): this {
    this.buttonEl.addClass('mod-cta');
    return this;
  }

  setDisabled(disabled: boolean): this {
    this.disabled = disabled;
    return this;
  }

  onClick(callback: (evt: MouseEvent) => unknown): this {
    this.buttonEl.addEventListener('click', (e) => callback(e as MouseEvent));
    return this;
  }
}

type SettingApi = 'setName' | 'setDesc' | 'setHeading' | 'setClass' | 'addText' | 'addTextArea' | 'addToggle' | 'addDropdown' | 'addColorPicker' | 'addButton';

export class Setting implements Shape<obsidian.Setting, SettingApi> {
  readonly settingEl: FakeElement;
  readonly nameEl: FakeElement;
  readonly descEl: FakeElement;
  readonly controlEl: FakeElement;
  /** Test helper: the controls added, in order. */
  readonly controls: Array<TextComponent | ToggleComponent | DropdownComponent | ColorComponent | ButtonComponent> = [];

  constructor(containerEl: HTMLElement) {
    this.settingEl = (containerEl as unknown as FakeElement).createDiv('setting-item');
    const info = this.settingEl.createDiv('setting-item-info');
    this.nameEl = info.createDiv('setting-item-name');
    this.descEl = info.createDiv('setting-item-description');
    this.controlEl = this.settingEl.createDiv('setting-item-control');
    // Lets a test find the Setting behind a row.
    (this.settingEl as unknown as { setting: Setting }).setting = this;
  }

  setName(name: string | DocumentFragment): this {
    this.nameEl.setText(String(name));
    return this;
  }

  setDesc(desc: string | DocumentFragment): this {
    this.descEl.setText(String(desc));
    return this;
  }

  setHeading(): this {
    this.settingEl.addClass('setting-item-heading');
    return this;
  }

  setClass(cls: string): this {
    this.settingEl.addClass(cls);
    return this;
  }

  private add<T extends Setting['controls'][number]>(control: T, cb: (c: never) => unknown): this {
    this.controls.push(control);
    cb(control as never);
    return this;
  }

  addText(cb: (component: obsidian.TextComponent) => unknown): this {
    return this.add(new TextComponent(this.controlEl.asHTMLElement()), cb);
  }

  addTextArea(cb: (component: obsidian.TextAreaComponent) => unknown): this {
    return this.add(new TextAreaComponent(this.controlEl.asHTMLElement()), cb);
  }

  addToggle(cb: (component: obsidian.ToggleComponent) => unknown): this {
    return this.add(new ToggleComponent(this.controlEl.asHTMLElement()), cb);
  }

  addDropdown(cb: (component: obsidian.DropdownComponent) => unknown): this {
    return this.add(new DropdownComponent(this.controlEl.asHTMLElement()), cb);
  }

  addColorPicker(cb: (component: obsidian.ColorComponent) => unknown): this {
    return this.add(new ColorComponent(this.controlEl.asHTMLElement()), cb);
  }

  addButton(cb: (component: obsidian.ButtonComponent) => unknown): this {
    return this.add(new ButtonComponent(this.controlEl.asHTMLElement()), cb);
  }
}

/** Test helper: the Setting rows rendered in a container, by name. */
export function settingRows(containerEl: HTMLElement): Map<string, Setting> {
  const rows = new Map<string, Setting>();
  for (const el of (containerEl as unknown as FakeElement).findAll('setting-item')) {
    const s = (el as unknown as { setting?: Setting }).setting;
    if (s) rows.set(s.nameEl.textContent, s);
  }
  return rows;
}

// ---------------------------------------------------------------- notices, modals, suggesters

/** Test helper: every notice shown, oldest first. */
export const notices: string[] = [];

export class Notice implements Shape<obsidian.Notice, 'setMessage' | 'hide'> {
  noticeEl = new FakeElement('div');

  constructor(message: string | DocumentFragment, _duration?: number) {
    notices.push(String(message));
    this.noticeEl.setText(String(message));
  }

  setMessage(message: string | DocumentFragment): this {
    notices.push(String(message));
    this.noticeEl.setText(String(message));
    return this;
  }

  hide(): void {}
}

type ModalApi = 'app' | 'containerEl' | 'modalEl' | 'titleEl' | 'contentEl' | 'open' | 'close' | 'onOpen' | 'onClose' | 'setTitle';

export class Modal implements Shape<obsidian.Modal, ModalApi> {
  containerEl = new FakeElement('div').asHTMLElement();
  modalEl: HTMLElement;
  titleEl: HTMLElement;
  contentEl: HTMLElement;
  isOpen = false;

  constructor(public app: obsidian.App) {
    const modal = (this.containerEl as unknown as FakeElement).createDiv('modal');
    this.modalEl = modal.asHTMLElement();
    this.titleEl = modal.createDiv('modal-title').asHTMLElement();
    this.contentEl = modal.createDiv('modal-content').asHTMLElement();
  }

  open(): void {
    this.isOpen = true;
    (this.app as unknown as App).modals.push(this);
    void this.onOpen();
  }

  close(): void {
    if (!this.isOpen) return;
    this.isOpen = false;
    const modals = (this.app as unknown as App).modals;
    modals.splice(modals.indexOf(this), 1);
    this.onClose();
  }

  onOpen(): void | Promise<void> {}

  onClose(): void {}

  setTitle(title: string): this {
    (this.titleEl as unknown as FakeElement).setText(title);
    return this;
  }
}

type SuggestApi = 'setPlaceholder' | 'setInstructions' | 'emptyStateText' | 'limit' | 'selectSuggestion';

export abstract class SuggestModal<T> extends Modal implements Pick<obsidian.SuggestModal<T>, SuggestApi> {
  limit = 100;
  emptyStateText = 'No results found.';
  placeholder = '';
  inputEl = new FakeElement('input');

  setPlaceholder(placeholder: string): void {
    this.placeholder = placeholder;
  }

  setInstructions(_instructions: obsidian.Instruction[]): void {}

  abstract getSuggestions(query: string): T[] | Promise<T[]>;
  abstract renderSuggestion(value: T, el: HTMLElement): void;
  abstract onChooseSuggestion(item: T, evt: MouseEvent | KeyboardEvent): void;

  selectSuggestion(value: T, evt: MouseEvent | KeyboardEvent): void {
    this.close();
    this.onChooseSuggestion(value, evt);
  }
}

// Test helpers are functions, not methods, so they cannot collide with a plugin's own modal members.

/** Test helper: the suggestions a modal offers for a query, each with the text it renders. */
export async function suggestionsOf<T>(modal: SuggestModal<T>, query = ''): Promise<Array<{ value: T; text: string }>> {
  const values = (await modal.getSuggestions(query)).slice(0, modal.limit);
  return values.map((value) => {
    const el = new FakeElement('div');
    modal.renderSuggestion(value, el.asHTMLElement());
    return { value, text: el.textContent };
  });
}

/** Test helper: types the query and picks the first suggestion whose text includes `text`. */
export async function pickSuggestion<T>(modal: SuggestModal<T>, query: string, text: string): Promise<void> {
  const found = (await suggestionsOf(modal, query)).find((s) => s.text.includes(text));
  if (!found) throw new Error(`No suggestion containing "${text}" for "${query}"`);
  modal.selectSuggestion(found.value, { type: 'keydown' } as KeyboardEvent);
}

export abstract class FuzzySuggestModal<T>
  extends SuggestModal<obsidian.FuzzyMatch<T>>
  implements Pick<obsidian.FuzzySuggestModal<T>, 'getItems' | 'getItemText' | 'onChooseItem' | 'getSuggestions' | 'renderSuggestion' | 'onChooseSuggestion'>
{
  abstract getItems(): T[];
  abstract getItemText(item: T): string;
  abstract onChooseItem(item: T, evt: MouseEvent | KeyboardEvent): void;

  getSuggestions(query: string): Array<obsidian.FuzzyMatch<T>> {
    const q = query.toLowerCase().replace(/\s+/g, '');
    const matches = (text: string) => {
      let i = 0;
      for (const ch of text.toLowerCase()) if (ch === q[i]) i++;
      return i === q.length;
    };
    return this.getItems()
      .filter((item) => matches(this.getItemText(item)))
      .map((item) => ({ item, match: { score: 0, matches: [] } }));
  }

  renderSuggestion(value: obsidian.FuzzyMatch<T>, el: HTMLElement): void {
    (el as unknown as FakeElement).setText(this.getItemText(value.item));
  }

  onChooseSuggestion(item: obsidian.FuzzyMatch<T>, evt: MouseEvent | KeyboardEvent): void {
    this.onChooseItem(item.item, evt);
  }
}

// ---------------------------------------------------------------- menus

export class MenuItem implements Shape<obsidian.MenuItem, 'setTitle' | 'setIcon' | 'onClick' | 'setSection'> {
  title = '';
  icon: string | null = null;
  private handler?: (evt: MouseEvent | KeyboardEvent) => unknown;

  setTitle(title: string | DocumentFragment): this {
    this.title = String(title);
    return this;
  }

  setIcon(icon: string | null): this {
    this.icon = icon;
    return this;
  }

  setSection(_section: string): this {
    return this;
  }

  onClick(callback: (evt: MouseEvent | KeyboardEvent) => unknown): this {
    this.handler = callback;
    return this;
  }

  /** Test helper: the user picks this item. */
  async click(): Promise<void> {
    await this.handler?.({ type: 'click' } as MouseEvent);
  }
}

export class Menu extends Component implements Shape<obsidian.Menu, 'addItem' | 'addSeparator'> {
  readonly items: MenuItem[] = [];

  addItem(cb: (item: obsidian.MenuItem) => unknown): this {
    const item = new MenuItem();
    this.items.push(item);
    cb(item as unknown as obsidian.MenuItem);
    return this;
  }

  addSeparator(): this {
    return this;
  }
}

// ---------------------------------------------------------------- network and helpers

/** A test's answer to a request: a status and a JSON, text or binary body, with headers if any. */
type Answer = { status: number; json?: unknown; text?: string; bytes?: Uint8Array; headers?: Record<string, string> };
type Handler = (request: obsidian.RequestUrlParam) => Answer | Promise<Answer>;

let requestHandler: Handler | undefined;
/** Test helper: every request made, oldest first. */
export const requests: obsidian.RequestUrlParam[] = [];

/** Test helper: answers `requestUrl` calls; without a handler every request fails as if offline. */
export function setRequestHandler(handler: Handler | undefined): void {
  requestHandler = handler;
}

/**
 * Test helper: `requestUrl` reaches the real server its URL names (a test server on loopback), as Obsidian's does, and
 * its answer comes back as it is: status, bytes and headers.
 */
export function relayRequestsToServer(): void {
  setRequestHandler(async (req) => {
    const r = await fetch(req.url, { method: req.method ?? 'GET', headers: { ...req.headers, ...(req.contentType ? { 'content-type': req.contentType } : {}) }, body: req.body as string | undefined });
    return { status: r.status, bytes: new Uint8Array(await r.arrayBuffer()), headers: Object.fromEntries(r.headers.entries()) };
  });
}

export const requestUrl: typeof obsidian.requestUrl = (request) => {
  const param: obsidian.RequestUrlParam = typeof request === 'string' ? { url: request } : request;
  requests.push(param);
  const response = (async (): Promise<obsidian.RequestUrlResponse> => {
    if (!requestHandler) throw new Error(`net::ERR_CONNECTION_REFUSED (${param.url})`);
    const r = await requestHandler(param);
    const text = r.bytes ? new TextDecoder().decode(r.bytes) : (r.text ?? (r.json === undefined ? '' : JSON.stringify(r.json)));
    if (param.throw !== false && r.status >= 400) throw Object.assign(new Error(`Request failed, status ${r.status}`), { status: r.status, text });
    const buffer = (r.bytes ?? new TextEncoder().encode(text)).slice().buffer;
    // Like Obsidian's, JSON is parsed only when read, so a binary answer can be fetched.
    let json: unknown = r.json;
    return {
      status: r.status,
      headers: r.headers ?? {},
      text,
      get json() {
        json ??= text ? (JSON.parse(text) as unknown) : undefined;
        return json;
      },
      arrayBuffer: buffer,
    };
  })();
  // The shortcuts are made on demand, so a failed request the caller handles leaves no unhandled rejection.
  return Object.defineProperties(response, {
    json: { get: () => response.then((r) => r.json as unknown) },
    text: { get: () => response.then((r) => r.text) },
    arrayBuffer: { get: () => response.then((r) => r.arrayBuffer) },
  }) as obsidian.RequestUrlResponsePromise;
};

export const setIcon: typeof obsidian.setIcon = (parent, iconId) => {
  (parent as unknown as FakeElement).setAttr('data-icon', iconId);
};

export const normalizePath: typeof obsidian.normalizePath = (path) => {
  const p = path.replace(/\\/g, '/').replace(/\/+/g, '/').replace(/^\/|\/$/g, '');
  return p === '' ? '/' : p;
};

export const Platform = {
  isDesktop: true,
  isMobile: false,
  isDesktopApp: true,
  isMobileApp: false,
  isIosApp: false,
  isAndroidApp: false,
  isPhone: false,
  isTablet: false,
  isMacOS: false,
  isWin: false,
  isLinux: true,
  isSafari: false,
  resourcePathPrefix: 'app://local/',
} satisfies typeof obsidian.Platform;

/** Test helper: the language Obsidian reports (its interface language: "en", "fr", "zh-TW"…), changed by tests. */
export const obsidianLanguage = { value: 'en' };

export const getLanguage: typeof obsidian.getLanguage = () => obsidianLanguage.value;

/** Test helper: the Obsidian version the double reports to `requireApiVersion` (the typings' own). */
export const apiVersion = { value: '1.13.1' };

export const requireApiVersion: typeof obsidian.requireApiVersion = (version) => {
  const a = apiVersion.value.split('.').map(Number);
  const b = version.split('.').map(Number);
  for (let i = 0; i < Math.max(a.length, b.length); i++) if ((a[i] ?? 0) !== (b[i] ?? 0)) return (a[i] ?? 0) > (b[i] ?? 0);
  return true;
};
