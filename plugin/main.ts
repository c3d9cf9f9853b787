/**
 * POC Workspace: co-author the planning documents of the UN Policy on the
 * Protection of Civilians (POC) in Obsidian, live and offline.
 *
 * The plugin's lifecycle only: load the settings, build the services and the
 * workspace of open documents, and
 * register views, commands, the status bar and the settings tab through the
 * plugin, so that unloading leaves nothing behind.
 */
import { getLanguage, Plugin, requireApiVersion } from 'obsidian';
import * as editor from '../editor/index.js';
import { DEVICE_AUTH_ACTION } from '../shared/api/sign-in.js';
import { DeviceSignIn } from './auth/device-sign-in.js';
import { registerCommands } from './commands/register-commands.js';
import { setInterfaceLocale } from '../shared/i18n/interface-locale.js';
import { pluginLocale } from './language.js';
import { PocServices, SERVICE_EVENTS } from './services.js';
import { DEFAULT_SETTINGS, normalizeSettings, type PocSettings, PocSettingTab } from './settings.js';
import type { ServerClient } from './sync/server-client.js';
import { StatusBar } from './sync/status-bar.js';
import { markdownNotesOf } from './markdown-choices.js';
import { registerViews } from './view/switching.js';
import { registerPicture } from './view/picture-view.js';
import { PocWorkspace } from './workspace.js';

export default class PocWorkspacePlugin extends Plugin {
  override settings: PocSettings = { ...DEFAULT_SETTINGS };
  /** Notes to show as Markdown, as read from the plugin's data (the services keep them up to date). */
  markdownNotes: string[] = [];
  /** Signing in through the system browser (the settings' button and the `obsidian://poc-auth` link back). */
  readonly deviceSignIn = new DeviceSignIn(this);
  private services?: PocServices;
  private workspace?: PocWorkspace;

  override async onload(): Promise<void> {
    const data: unknown = await this.loadData();
    this.settings = normalizeSettings(data);
    // Before anything is drawn: the editor, the panels and the settings write their words in this language.
    setInterfaceLocale(pluginLocale(this.settings.language, this.obsidianLanguage()));
    this.markdownNotes = markdownNotesOf(data);
    const services = new PocServices(this);
    this.services = services;
    this.register(() => void services.dispose());
    await services.reloadTemplates();
    const workspace = new PocWorkspace(services, editor);
    this.workspace = workspace;
    this.register(() => workspace.dispose());

    registerViews(this, workspace);
    registerCommands(this, workspace);
    registerPicture(this, workspace);
    this.addSettingTab(new PocSettingTab(this.app, this));
    // The browser returns here after the person allowed this device on the server's page.
    this.registerObsidianProtocolHandler(DEVICE_AUTH_ACTION, (params) => void this.deviceSignIn.handleLink(params));

    const status = new StatusBar(this.addStatusBarItem());
    this.register(() => status.dispose());
    this.registerEvent(services.events.on(SERVICE_EVENTS.activeDocument, () => status.show(workspace.activeDocument()?.session())));

    // Cross-links name files, and tailored templates are files: follow the vault.
    for (const name of ['create', 'modify', 'delete', 'rename'] as const) {
      this.registerEvent(this.app.vault.on(name as 'modify', (file) => workspace.fileChanged(file.path)));
    }
    // The choice to see a note as Markdown follows the note.
    this.registerEvent(this.app.vault.on('rename', (file, oldPath) => services.preferMarkdown.renamed(oldPath, file.path)));
    this.registerEvent(this.app.vault.on('delete', (file) => services.preferMarkdown.delete(file.path)));
  }

  /** The client of the configured server with the current token, or undefined (no address, offline, or an address the token may not travel to). */
  serverClient(): ServerClient | undefined {
    return this.services?.server();
  }

  /** Saves the plugin's data: the settings and the notes to show as Markdown. */
  async saveState(): Promise<void> {
    if (this.services) this.markdownNotes = this.services.preferMarkdown.list();
    await this.saveData({ ...this.settings, markdownNotes: this.markdownNotes });
  }

  /** Obsidian's interface language, which the language setting's "auto" follows. */
  obsidianLanguage(): string {
    // Obsidian before 1.8.7 cannot say: "auto" is English there, and the setting chooses French.
    return requireApiVersion('1.8.7') ? getLanguage() : 'en';
  }

  /** Changes some settings, saves them, and applies them to open documents (nothing happens when no value changes). */
  async updateSettings(patch: Partial<PocSettings>): Promise<void> {
    const next = normalizeSettings({ ...this.settings, ...patch });
    // A confirmation to send the token unencrypted was given for one address only.
    if (next.serverUrl !== this.settings.serverUrl && next.allowUnencrypted === this.settings.allowUnencrypted) next.allowUnencrypted = false;
    // Nothing changed (a field left as it was): do not reconnect every open document for it.
    if ((Object.keys(next) as Array<keyof PocSettings>).every((k) => next[k] === this.settings[k])) return;
    const language = next.language !== this.settings.language;
    this.settings = next;
    // Words drawn from now on are in the new language; what is open keeps its words until it is reopened (the setting says so).
    if (language) setInterfaceLocale(pluginLocale(next.language, this.obsidianLanguage()));
    await this.saveState();
    await this.services?.settingsChanged();
  }
}
