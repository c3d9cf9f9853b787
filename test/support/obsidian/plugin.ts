/**
 * The app, the plugin base class and the settings tab. The app records
 * everything a plugin registers (commands, views, protocol handlers, status
 * bar items, setting tabs), and the plugin removes each on unload, as
 * Obsidian does — which is what lets a test prove unload leaves nothing.
 */
import type * as obsidian from 'obsidian';
import { FakeElement } from './dom.js';
import { Component } from './events.js';
import { FileManager, MetadataCache, Vault } from './vault.js';
import { Workspace } from './workspace.js';

type AppApi = 'workspace' | 'vault' | 'metadataCache' | 'fileManager';

export class App implements Pick<obsidian.App, AppApi> {
  vault: obsidian.Vault;
  metadataCache: obsidian.MetadataCache;
  fileManager: obsidian.FileManager;
  workspace: obsidian.Workspace;
  /** Test helpers: what plugins registered. */
  readonly commands = new Map<string, obsidian.Command>();
  readonly protocolHandlers = new Map<string, obsidian.ObsidianProtocolHandler>();
  readonly settingTabs: PluginSettingTab[] = [];
  readonly statusBar = new FakeElement('div');
  readonly ribbon = new FakeElement('div');
  /** Test helper: modals currently open, most recent last. */
  readonly modals: Array<{ close(): void }> = [];

  constructor() {
    const vault = new Vault();
    const metadataCache = new MetadataCache();
    vault.metadataCache = metadataCache;
    vault.on('rename', (file, oldPath) => metadataCache.fileRenamed(oldPath as string, (file as { path: string }).path));
    this.vault = vault as unknown as obsidian.Vault;
    this.metadataCache = metadataCache as unknown as obsidian.MetadataCache;
    this.fileManager = new FileManager(vault) as unknown as obsidian.FileManager;
    this.workspace = new Workspace(this) as unknown as obsidian.Workspace;
  }

  /** The in-memory vault behind `vault`, with its test helpers. */
  get testVault(): Vault {
    return this.vault as unknown as Vault;
  }

  /** The workspace double behind `workspace`, with its test helpers. */
  get testWorkspace(): Workspace {
    return this.workspace as unknown as Workspace;
  }

  /** Test helper: runs a command as the command palette would; false if it is unavailable here. */
  runCommand(id: string): boolean {
    const cmd = this.commands.get(id);
    if (!cmd) throw new Error(`No command "${id}". Registered: ${[...this.commands.keys()].join(', ')}`);
    if (cmd.checkCallback) {
      if (!cmd.checkCallback(true)) return false;
      cmd.checkCallback(false);
      return true;
    }
    if (cmd.callback) {
      void cmd.callback();
      return true;
    }
    throw new Error(`Command "${id}" has no callback the double can run`);
  }

  /** Test helper: opens an `obsidian://` URL as the operating system would hand it to Obsidian. */
  openUrl(url: string): unknown {
    const u = new URL(url);
    const action = u.host || u.pathname.replace(/^\/+/, '');
    const handler = this.protocolHandlers.get(action);
    if (!handler) throw new Error(`No handler for obsidian://${action}`);
    const params: obsidian.ObsidianProtocolData = { action };
    u.searchParams.forEach((v, k) => (params[k] = v));
    return handler(params);
  }
}

type PluginApi =
  | 'app'
  | 'manifest'
  | 'addCommand'
  | 'removeCommand'
  | 'addStatusBarItem'
  | 'addRibbonIcon'
  | 'addSettingTab'
  | 'registerView'
  | 'registerObsidianProtocolHandler'
  | 'loadData'
  | 'saveData';

export abstract class Plugin extends Component implements Pick<obsidian.Plugin, PluginApi> {
  constructor(
    public app: obsidian.App,
    public manifest: obsidian.PluginManifest,
  ) {
    super();
  }

  private get testApp(): App {
    return this.app as unknown as App;
  }

  addCommand(command: obsidian.Command): obsidian.Command {
    const full = { ...command, id: `${this.manifest.id}:${command.id}` };
    this.testApp.commands.set(full.id, full);
    this.register(() => this.testApp.commands.delete(full.id));
    return full;
  }

  removeCommand(commandId: string): void {
    this.testApp.commands.delete(`${this.manifest.id}:${commandId}`);
  }

  addStatusBarItem(): HTMLElement {
    const el = this.testApp.statusBar.createDiv('status-bar-item');
    this.register(() => el.detach());
    return el.asHTMLElement();
  }

  addRibbonIcon(icon: string, title: string, callback: (evt: MouseEvent) => unknown): HTMLElement {
    const el = this.testApp.ribbon.createDiv({ cls: 'side-dock-ribbon-action', attr: { 'aria-label': title, 'data-icon': icon } });
    el.addEventListener('click', (e) => callback(e as MouseEvent));
    this.register(() => el.detach());
    return el.asHTMLElement();
  }

  addSettingTab(settingTab: obsidian.PluginSettingTab): void {
    const tab = settingTab as unknown as PluginSettingTab;
    this.testApp.settingTabs.push(tab);
    this.register(() => this.testApp.settingTabs.splice(this.testApp.settingTabs.indexOf(tab), 1));
  }

  registerView(type: string, viewCreator: obsidian.ViewCreator): void {
    const ws = this.testApp.testWorkspace;
    ws.registerViewType(type, viewCreator);
    this.register(() => ws.unregisterViewType(type));
  }

  registerObsidianProtocolHandler(action: string, handler: obsidian.ObsidianProtocolHandler): void {
    this.testApp.protocolHandlers.set(action, handler);
    this.register(() => this.testApp.protocolHandlers.delete(action));
  }

  async loadData(): Promise<unknown> {
    const path = this.dataPath();
    const adapter = this.app.vault.adapter;
    if (!(await adapter.exists(path))) return null;
    return JSON.parse(await adapter.read(path)) as unknown;
  }

  async saveData(data: unknown): Promise<void> {
    const adapter = this.app.vault.adapter;
    await adapter.mkdir(this.pluginDir());
    await adapter.write(this.dataPath(), JSON.stringify(data, null, 2));
  }

  private pluginDir(): string {
    return this.manifest.dir ?? `${this.app.vault.configDir}/plugins/${this.manifest.id}`;
  }

  private dataPath(): string {
    return `${this.pluginDir()}/data.json`;
  }
}

type SettingTabApi = 'app' | 'containerEl' | 'display' | 'hide' | 'getSettingDefinitions' | 'update' | 'getControlValue' | 'setControlValue';

export abstract class PluginSettingTab implements Pick<obsidian.PluginSettingTab, SettingTabApi> {
  containerEl: HTMLElement = new FakeElement('div').asHTMLElement();
  settingItems: obsidian.SettingDefinitionItem[] = [];

  constructor(
    public app: obsidian.App,
    public plugin: obsidian.Plugin,
  ) {}

  display(): void {}

  hide(): void {
    (this.containerEl as unknown as FakeElement).empty();
  }

  getSettingDefinitions(): obsidian.SettingDefinitionItem[] {
    return [];
  }

  update(): void {
    this.settingItems = this.getSettingDefinitions();
  }

  getControlValue(key: string): unknown {
    return (this.plugin.settings as Record<string, unknown> | undefined)?.[key];
  }

  setControlValue(key: string, value: unknown): void | Promise<void> {
    (this.plugin.settings as Record<string, unknown>)[key] = value;
    return this.plugin.saveData(this.plugin.settings);
  }
}
