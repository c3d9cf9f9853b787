/**
 * The mission picture in Obsidian (issue 15): a dashboard across every POC
 * document of the vault, opened by the command "Open the mission picture"
 * and a ribbon icon. The data is the shared one (shared/picture: the same
 * ranking, filters and lists as `poc picture` and, later, the web
 * workspace); this view reads the vault's documents through the cross-link
 * index (open documents with their live content), validates each against
 * the others, and draws the heat map, the filters, the ranked threats and
 * the lists, each item a button that opens its document at its block.
 *
 * Sign-offs live in the server's copy of a document, not in its file, so a
 * picture read from the vault says that its sign-off lists cover none.
 */
import { ItemView, type Plugin, type WorkspaceLeaf } from 'obsidian';
import {
  FACET_WORDS,
  FACETS,
  filteredView,
  LIST_WORDS,
  type MissionPicture,
  missionPicture,
  type MissionThreat,
  type PictureDocument,
  type PictureItem,
  signoffsUnknownWords,
  type ThreatFilter,
} from '../../shared/picture/index.js';
import { validate } from '../../shared/validate/index.js';
import { plural } from '../../shared/words.js';
import type { ViewHost } from './view-host.js';
import { PICTURE_VIEW_TYPE } from './view-types.js';

/** The view's icon, on its tab and in the ribbon. */
export const PICTURE_ICON = 'layout-dashboard';
/** The view's title, on its tab, the ribbon icon and the command. */
export const PICTURE_TITLE = 'POC mission picture';
/** How long the picture waits after a change to a vault file before it reads the documents again (a burst of saves is one refresh). */
export const PICTURE_REFRESH_MS = 1500;
/** The select value that lets every value of a facet through. */
const ALL = '*';

/** The picture of the vault's POC documents as of the host's today, and how many POC files could not be read. */
export async function readPicture(host: ViewHost): Promise<{ picture: MissionPicture; unreadable: number }> {
  const { documents, unreadable } = await host.links.documents();
  const templates = host.services.templates();
  const today = host.services.today();
  const index = host.links.index();
  const docs: PictureDocument[] = [];
  for (const { model, path } of documents) {
    const template = templates.find(model.meta.type);
    if (!template) continue;
    // Validated with the vault's link index, as the problems panel does, so the cross-document findings are there.
    const diagnostics = validate(model, template, {
      today,
      resolve: (docId, blockId) => index.resolve(docId, blockId),
      resolveDocument: (docId) => index.document(docId),
      unreadable: (docId) => (index.document(docId) ? undefined : host.links.unreadable(docId)),
    });
    docs.push({ model, template, diagnostics, ...(path !== undefined ? { path } : {}) });
  }
  return { picture: missionPicture(docs, today), unreadable };
}

export class PictureView extends ItemView {
  private picture?: MissionPicture;
  private unreadable = 0;
  private filter: ThreatFilter = {};
  private threatsEl?: HTMLElement;
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
    return PICTURE_TITLE;
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
    return this.filter;
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
    head.createEl('h2', { text: 'Mission picture' });
    head.createEl('button', { cls: 'poc-picture-refresh', text: 'Refresh' }).addEventListener('click', () => void this.refresh());
    el.createEl('p', { cls: 'poc-picture-summary', text: `As of ${picture.today}: ${plural(picture.documents, 'POC document')} in this vault.` });
    if (this.unreadable) el.createEl('p', { cls: 'poc-picture-note', text: `${plural(this.unreadable, 'POC file')} could not be read and ${this.unreadable === 1 ? 'is' : 'are'} left out: open ${this.unreadable === 1 ? 'it' : 'them'} to see why.` });
    this.drawFilters(el.createDiv({ cls: 'poc-picture-filters' }), picture);
    this.threatsEl = el.createDiv({ cls: 'poc-picture-threats' });
    this.drawThreats();
    const lists = el.createDiv({ cls: 'poc-picture-lists' });
    for (const { key, heading, empty } of LIST_WORDS) {
      const items = picture.lists[key];
      const section = lists.createDiv({ cls: `poc-picture-list poc-picture-list-${key}` });
      section.createEl('h3', { text: `${heading} (${items.length})` });
      if (!items.length) section.createEl('p', { cls: 'poc-picture-empty', text: empty });
      else {
        const ul = section.createEl('ul');
        for (const item of items) this.drawItem(ul.createEl('li'), item);
      }
    }
    const unknown = signoffsUnknownWords(picture.signoffsKnown, picture.documents);
    if (unknown) lists.createEl('p', { cls: 'poc-picture-note', text: unknown });
  }

  private drawFilters(el: HTMLElement, picture: MissionPicture): void {
    for (const facet of FACETS) {
      const options = picture.facets[facet];
      const label = el.createEl('label', { cls: 'poc-picture-filter' });
      label.createSpan({ text: FACET_WORDS[facet] });
      const select = label.createEl('select', { attr: { 'data-facet': facet } });
      select.createEl('option', { text: 'All', value: ALL });
      for (const o of options) select.createEl('option', { text: `${o.label} (${o.count})`, value: o.value });
      select.value = this.filter[facet]?.[0] ?? ALL;
      select.addEventListener('change', () => {
        this.filter = { ...this.filter, [facet]: select.value === ALL ? undefined : [select.value] };
        this.drawThreats();
      });
    }
    const label = el.createEl('label', { cls: 'poc-picture-filter' });
    label.createSpan({ text: 'Imminence' });
    const select = label.createEl('select', { attr: { 'data-facet': 'imminence' } });
    select.createEl('option', { text: 'All', value: ALL });
    select.createEl('option', { text: 'Imminent only', value: 'imminent' });
    select.createEl('option', { text: 'Not imminent', value: 'not-imminent' });
    select.value = this.filter.imminence ?? ALL;
    select.addEventListener('change', () => {
      this.filter = { ...this.filter, imminence: select.value === ALL ? undefined : (select.value as ThreatFilter['imminence']) };
      this.drawThreats();
    });
  }

  /** The heat map and the ranked threats, for the filters chosen. */
  private drawThreats(): void {
    const el = this.threatsEl;
    if (!el || !this.picture) return;
    el.empty();
    const { threats, heat } = filteredView(this.picture, this.filter);
    const rated = threats.filter((t) => t.missionRank !== undefined);
    el.createEl('h3', { text: `Threats of every matrix, ranked together (${rated.length} of ${plural(this.picture.threats.filter((t) => t.missionRank !== undefined).length, 'rated threat')})` });
    // A table, not a picture: each cell says its numbers in words to a screen reader, and colour only repeats the band.
    const table = el.createEl('table', { cls: 'poc-picture-heat', attr: { 'aria-label': 'Heat map: number of threats by likelihood and impact' } });
    const top = table.createEl('tr');
    top.createEl('th', { text: 'Likelihood \\ impact' });
    for (const c of heat.rows[0]) top.createEl('th', { text: String(c.impact) });
    for (const row of heat.rows) {
      const tr = table.createEl('tr');
      tr.createEl('th', { text: String(row[0].likelihood) });
      for (const cell of row) {
        const n = cell.points.length;
        tr.createEl('td', {
          cls: ['poc-picture-heat-cell', `poc-risk-${cell.band}`],
          text: n ? String(n) : '',
          attr: { 'aria-label': `Likelihood ${cell.likelihood} × impact ${cell.impact} = ${cell.risk}: ${plural(n, 'threat')}`, title: cell.points.map((t) => `${t.id} ${t.title}`).join('\n') },
        });
      }
    }
    if (heat.unrated.length) el.createEl('p', { cls: 'poc-picture-note', text: `Not rated yet: ${heat.unrated.map((t) => `${t.id} (${t.doc.title})`).join(', ')}` });
    if (!threats.length) {
      el.createEl('p', { cls: 'poc-picture-empty', text: this.picture.threats.length ? 'No threat passes these filters.' : 'No threat matrix in this vault holds a threat yet.' });
      return;
    }
    const ol = el.createEl('ol', { cls: 'poc-picture-ranking' });
    for (const t of rated) this.drawThreat(ol.createEl('li'), t);
  }

  private drawThreat(li: HTMLElement, t: MissionThreat): void {
    li.createSpan({ cls: 'poc-picture-rank', text: String(t.missionRank) });
    li.createSpan({ cls: ['poc-risk', `poc-risk-${t.band}`], text: String(t.risk) });
    const open = li.createEl('button', { cls: 'poc-picture-link', text: `${t.id} ${t.title}`, attr: { 'data-doc': t.doc.id, 'data-block': t.id } });
    open.addEventListener('click', () => void this.host.openDocument(t.doc.id, t.id));
    li.createSpan({ cls: 'poc-picture-where', text: t.sector ?? t.doc.title });
    if (t.priority) li.createSpan({ cls: 'poc-picture-tag', text: 'priority' });
    if (t.imminent) li.createSpan({ cls: 'poc-picture-tag is-imminent', text: 'imminent' });
  }

  private drawItem(li: HTMLElement, item: PictureItem): void {
    const name = `${item.doc.title}${item.block ? ` › ${item.block} ${item.title}` : ''}`;
    const open = li.createEl('button', { cls: 'poc-picture-link', text: name, attr: { 'data-doc': item.doc.id, ...(item.block ? { 'data-block': item.block } : {}) } });
    open.addEventListener('click', () => void this.host.openDocument(item.doc.id, item.block));
    li.createDiv({ cls: 'poc-picture-detail', text: item.detail });
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
  plugin.addCommand({ id: 'open-mission-picture', name: 'Open the mission picture', callback: () => void openPicture(plugin) });
  plugin.addRibbonIcon(PICTURE_ICON, PICTURE_TITLE, () => void openPicture(plugin));
}
