/**
 * The mission picture in Obsidian (issue 15): a dashboard across every POC
 * document of the vault, opened by the command "Open the mission picture"
 * and a ribbon icon. The data is the shared one (shared/picture: the same
 * ranking, filters and lists as `poc picture` and the web
 * workspace); this view reads the vault's documents through the cross-link
 * index (open documents with their live content), validates each against
 * the others, and draws it with the board the web workspace draws too
 * (editor/picture/: heat map, filters, ranked threats and lists, each item
 * a button that opens its document at its block).
 *
 * Sign-offs live in the server's copy of a document, not in its file: signed
 * in to a server, the picture reads them from the documents' states synced to
 * this device (picture-signoffs.ts); otherwise it says its sign-off lists
 * cover none.
 */
import { ItemView, type Plugin, type WorkspaceLeaf } from 'obsidian';
import { drawPictureBoard, type PictureBoard } from '../../editor/picture/index.js';
import { type MissionPicture, missionPicture, type PictureDocument, type ThreatFilter } from '../../shared/picture/index.js';
import { validate } from '../../shared/validate/index.js';
import { interfaceLocale, uiWords } from '../../shared/i18n/interface-locale.js';
import { pluginCommandWords } from '../../shared/i18n/messages/plugin-commands.js';
import { pluginViewWords } from '../../shared/i18n/messages/plugin-views.js';
import { webHome } from '../../shared/i18n/messages/web-home.js';
import { cachedSignoffs } from './picture-signoffs.js';
import { formatDay } from '../../editor/words.js';
import type { ViewHost } from './view-host.js';
import { PICTURE_VIEW_TYPE } from './view-types.js';

/** The view's icon, on its tab and in the ribbon. */
export const PICTURE_ICON = 'layout-dashboard';
const t = uiWords(pluginViewWords);
const web = uiWords(webHome);

/** The view's title, on its tab and the ribbon icon, in the interface language. */
export function pictureTitle(): string {
  return t('picture.tab');
}
/** How long the picture waits after a change to a vault file before it reads the documents again (a burst of saves is one refresh). */
export const PICTURE_REFRESH_MS = 1500;

/** The picture of the vault's POC documents as of the host's today, and how many POC files could not be read. */
export async function readPicture(host: ViewHost): Promise<{ picture: MissionPicture; unreadable: number }> {
  const { documents, unreadable } = await host.links.documents();
  const templates = host.services.templates();
  const today = host.services.today();
  const index = host.links.index();
  // Signed in to a server whose key is known: sign-offs are read from each document's state synced to this device.
  const key = host.services.server() ? host.services.knownIdentity().publicKey : undefined;
  const docs: PictureDocument[] = [];
  for (const { model, path } of documents) {
    const template = templates.find(model.meta.type);
    if (!template) continue;
    // Validated with the vault's link index, as the problems panel does, so the cross-document findings are there.
    const diagnostics = validate(model, template, {
      today,
      locale: interfaceLocale(),
      resolve: (docId, blockId) => index.resolve(docId, blockId),
      resolveDocument: (docId) => index.document(docId),
      unreadable: (docId) => (index.document(docId) ? undefined : host.links.unreadable(docId)),
    });
    const signoffs = key ? await cachedSignoffs(host.services.cache, key, model, template) : undefined;
    docs.push({ model, template, diagnostics, ...(signoffs ? { signoffs } : {}), ...(path !== undefined ? { path } : {}) });
  }
  return { picture: missionPicture(docs, today, interfaceLocale()), unreadable };
}

export class PictureView extends ItemView {
  private picture?: MissionPicture;
  private unreadable = 0;
  private board?: PictureBoard;
  private timer?: number;

  constructor(
    leaf: WorkspaceLeaf,
    private readonly host: ViewHost,
  ) {
    super(leaf);
  }

  override getViewType(): string {
    return PICTURE_VIEW_TYPE;
  }

  override getDisplayText(): string {
    return pictureTitle();
  }

  override getIcon(): string {
    return PICTURE_ICON;
  }

  override async onOpen(): Promise<void> {
    this.contentEl.addClass('poc-picture');
    for (const name of ['create', 'modify', 'delete', 'rename'] as const) this.registerEvent(this.app.vault.on(name as 'modify', () => this.scheduleRefresh()));
    await this.refresh();
  }

  override async onClose(): Promise<void> {
    if (this.timer !== undefined) window.clearTimeout(this.timer);
    this.timer = undefined;
  }

  /** Reads the documents again and redraws (the filters chosen stay). */
  async refresh(): Promise<void> {
    const { picture, unreadable } = await readPicture(this.host);
    this.picture = picture;
    this.unreadable = unreadable;
    this.draw();
  }

  /** The filters chosen now. */
  currentFilter(): ThreatFilter {
    return this.board?.filter() ?? {};
  }

  private scheduleRefresh(): void {
    if (this.timer !== undefined) window.clearTimeout(this.timer);
    this.timer = window.setTimeout(() => {
      this.timer = undefined;
      void this.refresh();
    }, PICTURE_REFRESH_MS);
  }

  private draw(): void {
    const picture = this.picture;
    if (!picture) return;
    const el = this.contentEl;
    el.empty();
    const head = el.createDiv({ cls: 'poc-picture-head' });
    head.createEl('h2', { text: web('picture.heading') });
    head.createEl('button', { cls: 'poc-picture-refresh', text: web('picture.refresh') }).addEventListener('click', () => void this.refresh());
    const n = this.unreadable;
    this.board = drawPictureBoard(el.createDiv({ cls: 'poc-picture-board' }), picture, {
      open: (docId, blockId) => void this.host.openDocument(docId, blockId),
      summary: t('picture.summary', { day: formatDay(picture.today), count: picture.documents }),
      notes: n ? [t('picture.unreadable', { count: n })] : [],
      filter: this.board?.filter() ?? {},
    });
  }
}

/** Opens the mission picture in a tab of its own, or brings forward the one open. */
export async function openPicture(plugin: Plugin): Promise<void> {
  const { workspace } = plugin.app;
  let leaf = workspace.getLeavesOfType(PICTURE_VIEW_TYPE)[0];
  if (!leaf) {
    leaf = workspace.getLeaf(true);
    await leaf.setViewState({ type: PICTURE_VIEW_TYPE, active: true });
  }
  await workspace.revealLeaf(leaf);
}

/** Registers the view, its command and its ribbon icon. */
export function registerPicture(plugin: Plugin, host: ViewHost): void {
  plugin.registerView(PICTURE_VIEW_TYPE, (leaf) => new PictureView(leaf, host));
  plugin.addCommand({ id: 'open-mission-picture', name: uiWords(pluginCommandWords)('command.openPicture'), callback: () => void openPicture(plugin) });
  plugin.addRibbonIcon(PICTURE_ICON, pictureTitle(), () => void openPicture(plugin));
}
