/**
 * The cross-link index of the whole vault: every typed block of every POC
 * document (threats, actions, objectives, options…), for the link picker,
 * link chips and backlinks. Files are parsed once per version (by
 * modification time); documents open in a session count with their live
 * content instead of their file.
 */
import type { App, TFile } from 'obsidian';
import { LinkIndex } from '../../shared/links/index.js';
import type { DocModel } from '../../shared/model/types.js';
import { parseMarkdown } from '../../shared/markdown/index.js';
import type { TemplateSet } from '../../shared/template/set.js';
import type { PocFiles } from './poc-files.js';

export class VaultLinks {
  private readonly parsed = new Map<string, { mtime: number; model: DocModel | undefined }>();
  private built: LinkIndex;
  /** Documents whose file could not be read at the last build, by poc-id: their file's path. */
  private unread = new Map<string, string>();
  private building?: Promise<LinkIndex>;
  private dirty = true;
  /** The documents the last build read, with their files' paths (for the mission picture). */
  private read: Array<{ model: DocModel; path?: string }> = [];

  constructor(
    private readonly app: App,
    private readonly files: PocFiles,
    private readonly templates: () => TemplateSet,
    /** Models of the documents open right now, which win over their files. */
    private readonly live: () => DocModel[],
  ) {
    this.built = LinkIndex.build([], templates());
  }

  /** The last index built (synchronous, for the editor's lookups); call `refresh` to bring it up to date. */
  index(): LinkIndex {
    return this.built;
  }

  /** The path of document `docId`'s file when it exists but could not be read (at the last build), else undefined: links into it are then one "could not be read". */
  unreadable(docId: string): string | undefined {
    return this.unread.get(docId);
  }

  /** Every POC document of the vault as the index reads it (open ones with their live content), with its file's path, brought up to date first; and how many files could not be read. */
  async documents(): Promise<{ documents: Array<{ model: DocModel; path?: string }>; unreadable: number }> {
    await this.refresh();
    return { documents: this.read, unreadable: this.unread.size };
  }

  /** Marks the index stale (a POC file or an open document changed). */
  invalidate(): void {
    this.dirty = true;
  }

  /** Rebuilds the index if anything changed since the last build; resolves with the current index. */
  async refresh(): Promise<LinkIndex> {
    // Wait for a build in flight; if something changed meanwhile, build again.
    while (this.building) await this.building;
    if (!this.dirty) return this.built;
    this.dirty = false;
    this.building = this.build()
      .then((index) => (this.built = index))
      .finally(() => (this.building = undefined));
    return this.building;
  }

  private async modelOf(file: TFile): Promise<DocModel | undefined> {
    const cached = this.parsed.get(file.path);
    if (cached && cached.mtime === file.stat.mtime) return cached.model;
    const text = await this.app.vault.cachedRead(file);
    const r = parseMarkdown(text, this.templates(), file.path, this.files.linkOptions());
    const model = r.ok ? r.model : undefined;
    this.parsed.set(file.path, { mtime: file.stat.mtime, model });
    return model;
  }

  private async build(): Promise<LinkIndex> {
    const live = this.live();
    const liveIds = new Set(live.map((m) => m.meta.id));
    const fromFiles: DocModel[] = [];
    const paths = new Map<string, string>();
    const present = new Set<string>();
    const unread = new Map<string, string>();
    for (const info of this.files.all()) {
      present.add(info.file.path);
      if (!paths.has(info.docId)) paths.set(info.docId, info.file.path);
      if (liveIds.has(info.docId)) continue;
      const model = await this.modelOf(info.file);
      if (model) fromFiles.push(model);
      else if (!unread.has(info.docId)) unread.set(info.docId, info.file.path);
    }
    for (const m of fromFiles) unread.delete(m.meta.id);
    this.unread = unread;
    for (const path of [...this.parsed.keys()]) if (!present.has(path)) this.parsed.delete(path);
    this.read = [...live, ...fromFiles].map((model) => ({ model, path: paths.get(model.meta.id) }));
    return LinkIndex.build([...live, ...fromFiles], this.templates());
  }
}
