/**
 * The Markdown mirror of an open document, kept in step both ways:
 *
 * - Every change to the document, local or remote, rewrites the file
 *   (debounced, through `vault.process`) so search, graph, backlinks and
 *   PDF export see it.
 * - A change to the file made elsewhere (source mode, a sync tool, git) is
 *   merged into the document block by block (shared/ydoc/merge.ts), with
 *   the text this client last wrote or read as the base. What conflicts
 *   with someone else's change is reported, and the file's version is kept
 *   in a conflict copy by the owner: never silently overwritten.
 * - A file that cannot be read (broken frontmatter, say) is left alone:
 *   writing stops until it reads again, and the problem is reported with
 *   its line.
 * - A file whose content already matches the document is not rewritten, so
 *   someone editing the Markdown keeps their own formatting.
 */
import { type App, debounce, type EventRef, type TFile } from 'obsidian';
import { canonicalJson } from '../../shared/hash/canonical.js';
import type { DocModel } from '../../shared/model/types.js';
import { type LinkOptions, type MarkdownError, parseMarkdown, toMarkdown } from '../../shared/markdown/index.js';
import type { TemplateSet } from '../../shared/template/set.js';
import { mergeModel, type MergeReport } from '../../shared/ydoc/merge.js';
import type { DocSession } from '../sync/session.js';

/** The transaction origin of merges from the file. */
export const FILE_ORIGIN = { source: 'file' } as const;

export interface MirrorHooks {
  templates(): TemplateSet;
  linkOptions(): LinkOptions;
  /** The file's change conflicted with the shared document; `theirs` is the file's text, which the owner should keep. */
  onConflict(report: MergeReport, theirs: string): void;
  /** The file cannot be read (`undefined`: it can again). */
  onProblem(error: MarkdownError | undefined): void;
  /** The text now in the file, after a write or a merge. */
  onText(text: string): void;
}

/** How long after the last change the file is rewritten. */
export const MIRROR_WRITE_MS = 800;

export class MirrorSync {
  private lastText = '';
  /**
   * The last text parsed or written, with its model (and its canonical JSON once
   * compared): parsing a large document takes a second, so the text this
   * mirror just wrote is remembered with the model it was written from
   * instead of being parsed again as the next merge base.
   */
  private parsed?: { text: string; model: DocModel; canon?: string };
  private problem?: MarkdownError;
  private readonly writeSoon = debounce(() => this.enqueueWrite(), MIRROR_WRITE_MS, true);
  private queue: Promise<void> = Promise.resolve();
  private readonly refs: EventRef[] = [];
  private readonly onUpdate = () => this.writeSoon();
  private disposed = false;

  constructor(
    private readonly app: App,
    private readonly session: DocSession,
    readonly file: TFile,
    private readonly hooks: MirrorHooks,
  ) {
    session.ydoc.on('update', this.onUpdate);
    this.refs.push(
      app.vault.on('modify', (f) => {
        if (f === this.file) void app.vault.read(this.file).then((text) => this.external(text));
      }),
      app.vault.on('delete', (f) => {
        if (f === this.file) this.dispose();
      }),
      app.vault.on('rename', (f) => {
        // The merge base follows its file (see `open`).
        if (f === this.file && this.session.meta.mirror !== undefined) this.session.remember({ mirrorPath: this.file.path });
      }),
    );
  }

  /** The file's text as this client last wrote or read it. */
  text(): string {
    return this.lastText;
  }

  /**
   * Pairs the document with the file's current text when a view opens:
   * merges what changed in the file since this client last saw it (while
   * Obsidian was closed, say), then brings the file up to date.
   *
   * The cached base is the text of one file (`mirrorPath`). Any other file
   * with the same poc-id (a copy that became the only one, say) has no base:
   * its merge is cautious, so an older text never reverts the document.
   */
  open(fileText: string): void {
    const { mirror: known, mirrorPath } = this.session.meta;
    // A cache written before paths were kept has no path: its base is taken as this file's.
    const ours = known !== undefined && (mirrorPath ?? this.file.path) === this.file.path;
    if (known === fileText) {
      this.lastText = fileText;
      if (mirrorPath !== this.file.path) this.session.remember({ mirrorPath: this.file.path });
    } else if (ours) {
      this.lastText = known;
      this.merge(fileText, known);
    } else {
      // Never paired with this file on this device: no base, so the merge adds and fills but overwrites nothing.
      this.merge(fileText, undefined);
    }
    this.writeSoon();
  }

  /** A text of the file seen from outside (a modify event, or Obsidian reloading the view); merged if it is new. */
  external(text: string): void {
    if (this.disposed || text === this.lastText) return;
    if (this.merge(text, this.lastText)) this.writeSoon();
  }

  /** Writes any pending change now and waits for it (before a view closes). */
  async flush(): Promise<void> {
    if (this.disposed) return;
    this.writeSoon.cancel();
    this.enqueueWrite();
    await this.queue;
  }

  /** Stops following the document and the file. */
  dispose(): void {
    if (this.disposed) return;
    this.disposed = true;
    this.writeSoon.cancel();
    this.session.ydoc.off('update', this.onUpdate);
    for (const r of this.refs) this.app.vault.offref(r);
  }

  // ---------------------------------------------------------------- merging

  private parse(text: string): { ok: true; model: DocModel } | { ok: false; error: MarkdownError } {
    if (this.parsed?.text === text) return { ok: true, model: this.parsed.model };
    const r = parseMarkdown(text, this.hooks.templates(), this.file.path, this.hooks.linkOptions());
    if (r.ok) this.parsed = { text, model: r.model };
    return r;
  }

  /** Merges a text of the file into the document; false when the file cannot be read. Synchronous, so it can run inside `vault.process`. */
  private merge(text: string, baseText: string | undefined): boolean {
    const theirs = this.parse(text);
    if (!theirs.ok) {
      this.problem = theirs.error;
      this.hooks.onProblem(theirs.error);
      return false;
    }
    const base = baseText === undefined ? undefined : this.parse(baseText);
    let report: MergeReport;
    try {
      report = mergeModel(this.session.ydoc, theirs.model, { base: base?.ok ? base.model : undefined, origin: FILE_ORIGIN });
    } catch (e) {
      // The file names another document: treat it as unreadable rather than mix two documents.
      this.problem = { file: this.file.path, line: 1, message: e instanceof Error ? e.message : String(e) };
      this.hooks.onProblem(this.problem);
      return false;
    }
    this.parse(text); // keep the file's model as the cached one: it is the new base
    this.lastText = text;
    this.session.remember({ mirror: text, mirrorPath: this.file.path });
    if (this.problem) {
      this.problem = undefined;
      this.hooks.onProblem(undefined);
    }
    if (report.conflicts.length) this.hooks.onConflict(report, text);
    this.hooks.onText(text);
    return true;
  }

  // ---------------------------------------------------------------- writing

  private enqueueWrite(): void {
    this.queue = this.queue.then(() => this.write()).catch((e: unknown) => console.error('POC Workspace: could not update the Markdown file', e));
  }

  private render(): { text: string; model: DocModel } | undefined {
    const current = this.session.model();
    if (!current) return undefined;
    const template = this.hooks.templates().find(current.model.meta.type);
    if (!template) return undefined;
    return { text: toMarkdown(current.model, template, this.hooks.linkOptions()), model: current.model };
  }

  /** Whether the file's last known text already holds the document's content (parsed only when it is not the text last written or parsed). */
  private fileIsCurrent(model: DocModel): boolean {
    if (!this.lastText || !this.parse(this.lastText).ok) return false;
    const known = this.parsed!;
    known.canon ??= canonicalJson(known.model);
    return known.canon === canonicalJson(model);
  }

  /** Notes that the file now holds `text`, written from `model`: it is the next merge base, known without parsing. */
  private wrote(text: string, model: DocModel): void {
    this.lastText = text;
    this.parsed = { text, model };
  }

  private async write(): Promise<void> {
    if (this.disposed || this.problem) return;
    const next = this.render();
    if (!next || next.text === this.lastText || this.fileIsCurrent(next.model)) return;
    if (!this.app.vault.getAbstractFileByPath(this.file.path)) return;
    await this.app.vault.process(this.file, (current) => {
      if (current !== this.lastText) {
        // Changed outside since we last looked: merge that first, never write over it.
        if (!this.merge(current, this.lastText)) return current;
        const again = this.render();
        if (!again || this.fileIsCurrent(again.model)) return current;
        this.wrote(again.text, again.model);
        return again.text;
      }
      this.wrote(next.text, next.model);
      return next.text;
    });
    this.session.remember({ mirror: this.lastText, mirrorPath: this.file.path });
    this.hooks.onText(this.lastText);
  }
}
