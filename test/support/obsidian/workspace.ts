/**
 * Views, leaves and the workspace: enough of Obsidian's window model to
 * open files in leaves, switch a leaf between view types, keep side panels,
 * and fire `file-open`, `active-leaf-change` and `layout-change` as Obsidian
 * does. A TextFileView here loads its file on open, reloads it when the
 * file changes on disk, and saves what `getViewData` returns on close if it
 * differs from the file — so a view that returns stale text is caught.
 */
import type * as obsidian from 'obsidian';
import { FakeElement } from './dom.js';
import { Component, Events, debounce } from './events.js';
import type { App } from './plugin.js';
import { TFile } from './vault.js';

type ViewApi = 'app' | 'leaf' | 'containerEl' | 'icon' | 'navigation' | 'getViewType' | 'getDisplayText' | 'getState' | 'setState' | 'getIcon' | 'getEphemeralState' | 'setEphemeralState';

export abstract class View extends Component implements Pick<obsidian.View, ViewApi> {
  app: obsidian.App;
  leaf: obsidian.WorkspaceLeaf;
  containerEl: HTMLElement;
  icon = '';
  navigation = false;
  /** The view's header (title and actions) and its body. */
  protected readonly headerEl: FakeElement;
  protected readonly actionsEl: FakeElement;

  constructor(leaf: obsidian.WorkspaceLeaf) {
    super();
    this.leaf = leaf;
    this.app = (leaf as unknown as WorkspaceLeaf).app as unknown as obsidian.App;
    const container = new FakeElement('div');
    container.addClass('workspace-leaf-content');
    this.headerEl = container.createDiv('view-header');
    this.actionsEl = this.headerEl.createDiv('view-actions');
    this.containerEl = container.asHTMLElement();
  }

  abstract getViewType(): string;
  abstract getDisplayText(): string;

  getIcon(): string {
    return this.icon;
  }

  getState(): Record<string, unknown> {
    return {};
  }

  async setState(_state: unknown, _result: obsidian.ViewStateResult): Promise<void> {}

  getEphemeralState(): Record<string, unknown> {
    return {};
  }

  setEphemeralState(_state: unknown): void {}

  async onOpen(): Promise<void> {}

  async onClose(): Promise<void> {}

  /** Test helper: the header actions, by title. */
  actions(): FakeElement[] {
    return this.actionsEl.children;
  }
}

export abstract class ItemView extends View implements Pick<obsidian.ItemView, 'contentEl' | 'addAction'> {
  contentEl: HTMLElement;

  constructor(leaf: obsidian.WorkspaceLeaf) {
    super(leaf);
    const container = this.containerEl as unknown as FakeElement;
    this.contentEl = container.createDiv('view-content').asHTMLElement();
  }

  addAction(icon: string, title: string, callback: (evt: MouseEvent) => unknown): HTMLElement {
    const el = this.actionsEl.createEl('a', { cls: 'view-action', attr: { 'aria-label': title, 'data-icon': icon } });
    el.addEventListener('click', (evt) => callback(evt as MouseEvent));
    return el.asHTMLElement();
  }
}

type FileViewApi = 'file' | 'allowNoFile' | 'onLoadFile' | 'onUnloadFile' | 'canAcceptExtension';

export abstract class FileView extends ItemView implements Pick<obsidian.FileView, FileViewApi> {
  file: obsidian.TFile | null = null;
  allowNoFile = false;
  override navigation = true;

  override getDisplayText(): string {
    return this.file?.basename ?? 'No file';
  }

  override getState(): Record<string, unknown> {
    return this.file ? { file: this.file.path } : {};
  }

  override async setState(state: unknown, _result: obsidian.ViewStateResult): Promise<void> {
    const path = (state as { file?: string } | null)?.file;
    if (!path) return;
    const file = this.app.vault.getFileByPath(path);
    if (!file) throw new Error(`No file at ${path}`);
    if (this.file === file) return;
    if (this.file) await this.onUnloadFile(this.file);
    this.file = file;
    await this.onLoadFile(file);
  }

  async onLoadFile(_file: obsidian.TFile): Promise<void> {}

  async onUnloadFile(_file: obsidian.TFile): Promise<void> {}

  canAcceptExtension(_extension: string): boolean {
    return false;
  }
}

export abstract class EditableFileView extends FileView {}

type TextFileViewApi = 'data' | 'requestSave' | 'save' | 'getViewData' | 'setViewData' | 'clear';

export abstract class TextFileView extends EditableFileView implements Pick<obsidian.TextFileView, TextFileViewApi> {
  data = '';
  requestSave: () => void = debounce(() => void this.save(), 2000, true);

  abstract getViewData(): string;
  abstract setViewData(data: string, clear: boolean): void;
  abstract clear(): void;

  override onload(): void {
    // Obsidian reloads an open text file when it changes on disk and differs from what the view holds.
    this.registerEvent(
      this.app.vault.on('modify', (file) => {
        if (file !== this.file || !(file instanceof TFile)) return;
        void this.app.vault.read(file as unknown as obsidian.TFile).then((data) => {
          if (file !== this.file || data === this.data) return;
          this.data = data;
          this.setViewData(data, false);
        });
      }),
    );
  }

  override async onLoadFile(file: obsidian.TFile): Promise<void> {
    const data = await this.app.vault.read(file);
    this.data = data;
    this.setViewData(data, true);
  }

  override async onUnloadFile(_file: obsidian.TFile): Promise<void> {
    await this.save();
  }

  async save(_clear?: boolean): Promise<void> {
    if (!this.file) return;
    const data = this.getViewData();
    if (data === (await this.app.vault.read(this.file))) return;
    this.data = data;
    await this.app.vault.modify(this.file, data);
  }
}

/** Obsidian's own editor view, reduced to holding the text. */
export class MarkdownView extends TextFileView implements Pick<obsidian.MarkdownView, 'getMode'> {
  getViewType(): string {
    return 'markdown';
  }

  getViewData(): string {
    return this.data;
  }

  setViewData(data: string): void {
    this.data = data;
  }

  clear(): void {}

  /** Simplification: the place it was opened at (a subpath, a line, a match) is what it reports back, as if the cursor were there. */
  private place: Record<string, unknown> = {};

  override getEphemeralState(): Record<string, unknown> {
    return { ...this.place };
  }

  override setEphemeralState(state: unknown): void {
    this.place = state && typeof state === 'object' ? { ...(state as Record<string, unknown>) } : {};
  }

  getMode(): 'source' | 'preview' {
    return 'source';
  }

  override canAcceptExtension(extension: string): boolean {
    return extension === 'md';
  }
}

class EmptyView extends ItemView {
  getViewType(): string {
    return 'empty';
  }

  getDisplayText(): string {
    return 'New tab';
  }
}

type LeafApi = 'view' | 'openFile' | 'setViewState' | 'getViewState' | 'getEphemeralState' | 'setEphemeralState' | 'detach' | 'getDisplayText' | 'loadIfDeferred';

export class WorkspaceLeaf extends Events implements Pick<obsidian.WorkspaceLeaf, LeafApi> {
  view: obsidian.View;
  /** Test helper: the last view-state change, to await it. */
  settled: Promise<void> = Promise.resolve();

  constructor(
    readonly workspace: Workspace,
    readonly app: App,
    readonly side: 'root' | 'left' | 'right',
  ) {
    super();
    this.view = new EmptyView(this as unknown as obsidian.WorkspaceLeaf) as unknown as obsidian.View;
    (this.view as unknown as Component).load();
  }

  async openFile(file: obsidian.TFile, openState?: obsidian.OpenViewState): Promise<void> {
    const type = this.workspace.viewTypeForExtension(file.extension);
    if (this.view.getViewType() === type && this.view instanceof FileView) {
      await this.view.setState({ file: file.path }, { history: false });
      if (openState?.eState) this.view.setEphemeralState(openState.eState);
    } else {
      await this.setViewState({ type, state: { file: file.path }, active: true }, openState?.eState);
    }
    this.workspace.setActiveLeaf(this as unknown as obsidian.WorkspaceLeaf);
    this.workspace.trigger('file-open', file);
  }

  async setViewState(viewState: obsidian.ViewState, eState?: unknown): Promise<void> {
    const run = async () => {
      await this.closeView();
      const creator = this.workspace.viewCreator(viewState.type);
      const view = creator ? creator(this as unknown as obsidian.WorkspaceLeaf) : new EmptyView(this as unknown as obsidian.WorkspaceLeaf);
      this.view = view as obsidian.View;
      (view as unknown as Component).load();
      await (view as unknown as View).onOpen();
      if (viewState.state) await view.setState(viewState.state, { history: false });
      if (eState) (view as unknown as View).setEphemeralState(eState);
      if (viewState.active) this.workspace.setActiveLeaf(this as unknown as obsidian.WorkspaceLeaf);
      this.workspace.trigger('layout-change');
    };
    this.settled = this.settled.then(run, run);
    await this.settled;
  }

  getViewState(): obsidian.ViewState {
    return { type: this.view.getViewType(), state: this.view.getState() };
  }

  getEphemeralState(): unknown {
    return this.view.getEphemeralState();
  }

  setEphemeralState(state: unknown): void {
    this.view.setEphemeralState(state);
  }

  detach(): void {
    this.settled = this.settled.then(() => this.closeView());
    this.workspace.removeLeaf(this, this.settled);
  }

  getDisplayText(): string {
    return this.view.getDisplayText();
  }

  async loadIfDeferred(): Promise<void> {}

  /** Closes the current view: unloads its file, then the view itself. */
  async closeView(): Promise<void> {
    const view = this.view as unknown as View;
    if (view instanceof FileView && view.file) await view.onUnloadFile(view.file);
    await view.onClose();
    view.unload();
  }
}

type WorkspaceApi =
  | 'activeLeaf'
  | 'layoutReady'
  | 'getLeaf'
  | 'getRightLeaf'
  | 'getLeftLeaf'
  | 'getLeavesOfType'
  | 'getActiveViewOfType'
  | 'getActiveFile'
  | 'setActiveLeaf'
  | 'onLayoutReady'
  | 'getMostRecentLeaf'
  | 'revealLeaf'
  | 'iterateAllLeaves'
  | 'detachLeavesOfType';

export class Workspace extends Events implements Pick<obsidian.Workspace, WorkspaceApi> {
  activeLeaf: obsidian.WorkspaceLeaf | null = null;
  layoutReady = true;
  readonly leaves: WorkspaceLeaf[] = [];
  private readonly closing: Array<Promise<void>> = [];
  private readonly creators = new Map<string, obsidian.ViewCreator>([['markdown', (leaf) => new MarkdownView(leaf) as unknown as obsidian.View]]);
  private readonly extensions = new Map<string, string>([['md', 'markdown']]);

  constructor(private readonly app: App) {
    super();
  }

  getLeaf(newLeaf?: boolean | obsidian.PaneType): obsidian.WorkspaceLeaf {
    const active = this.activeLeaf as unknown as WorkspaceLeaf | null;
    if (!newLeaf && active && active.side === 'root') return this.activeLeaf!;
    return this.addLeaf('root');
  }

  getRightLeaf(_split: boolean): obsidian.WorkspaceLeaf {
    return this.addLeaf('right');
  }

  getLeftLeaf(_split: boolean): obsidian.WorkspaceLeaf {
    return this.addLeaf('left');
  }

  getLeavesOfType(viewType: string): obsidian.WorkspaceLeaf[] {
    return this.leaves.filter((l) => l.view.getViewType() === viewType) as unknown as obsidian.WorkspaceLeaf[];
  }

  detachLeavesOfType(viewType: string): void {
    for (const leaf of this.getLeavesOfType(viewType)) leaf.detach();
  }

  getActiveViewOfType<T extends obsidian.View>(type: obsidian.Constructor<T>): T | null {
    const view = this.activeLeaf?.view;
    return view instanceof (type as unknown as new (...a: never[]) => T) ? view : null;
  }

  getActiveFile(): obsidian.TFile | null {
    const view = this.activeLeaf?.view;
    return view instanceof FileView ? view.file : null;
  }

  setActiveLeaf(leaf: obsidian.WorkspaceLeaf): void {
    if (this.activeLeaf === leaf) return;
    this.activeLeaf = leaf;
    this.trigger('active-leaf-change', leaf);
  }

  getMostRecentLeaf(): obsidian.WorkspaceLeaf | null {
    const active = this.activeLeaf as unknown as WorkspaceLeaf | null;
    if (active?.side === 'root') return this.activeLeaf;
    return (this.leaves.filter((l) => l.side === 'root').pop() as unknown as obsidian.WorkspaceLeaf) ?? null;
  }

  onLayoutReady(callback: () => unknown): void {
    callback();
  }

  async revealLeaf(_leaf: obsidian.WorkspaceLeaf): Promise<void> {}

  iterateAllLeaves(callback: (leaf: obsidian.WorkspaceLeaf) => unknown): void {
    for (const leaf of [...this.leaves]) callback(leaf as unknown as obsidian.WorkspaceLeaf);
  }

  /** Test helper: opens a file in a new tab and waits until its view has loaded it. */
  async openInNewLeaf(file: obsidian.TFile): Promise<obsidian.WorkspaceLeaf> {
    const leaf = this.getLeaf(true);
    await leaf.openFile(file);
    return leaf;
  }

  /** Test helper: waits until every leaf has finished changing views, and detached leaves have closed. */
  async settled(): Promise<void> {
    await Promise.all([...this.leaves.map((l) => l.settled), ...this.closing.splice(0)]);
  }

  // ---- used by Plugin and WorkspaceLeaf

  registerViewType(type: string, creator: obsidian.ViewCreator): void {
    if (this.creators.has(type)) throw new Error(`Attempting to register an existing view type "${type}"`);
    this.creators.set(type, creator);
  }

  /** Forgets a plugin's view type; its open views are closed, as when Obsidian unloads the plugin. */
  unregisterViewType(type: string): void {
    this.creators.delete(type);
    for (const leaf of this.leaves) {
      if (leaf.view.getViewType() !== type) continue;
      leaf.settled = leaf.settled.then(async () => {
        await leaf.closeView();
        leaf.view = new EmptyView(leaf as unknown as obsidian.WorkspaceLeaf) as unknown as obsidian.View;
      });
    }
  }

  /** Test helper: the view types currently registered, beyond Obsidian's own. */
  registeredViewTypes(): string[] {
    return [...this.creators.keys()].filter((t) => t !== 'markdown');
  }

  viewCreator(type: string): obsidian.ViewCreator | undefined {
    return this.creators.get(type);
  }

  viewTypeForExtension(extension: string): string {
    return this.extensions.get(extension) ?? 'empty';
  }

  removeLeaf(leaf: WorkspaceLeaf, closing: Promise<void>): void {
    this.closing.push(closing);
    const i = this.leaves.indexOf(leaf);
    if (i >= 0) this.leaves.splice(i, 1);
    if (this.activeLeaf === (leaf as unknown as obsidian.WorkspaceLeaf)) this.activeLeaf = (this.leaves.find((l) => l.side === 'root') as unknown as obsidian.WorkspaceLeaf) ?? null;
    this.trigger('layout-change');
  }

  private addLeaf(side: 'root' | 'left' | 'right'): obsidian.WorkspaceLeaf {
    const leaf = new WorkspaceLeaf(this, this.app, side);
    this.leaves.push(leaf);
    return leaf as unknown as obsidian.WorkspaceLeaf;
  }
}
