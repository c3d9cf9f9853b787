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
 * - Every write is stamped with the model it was written from (stamp.ts), so
 *   a rendering that arrives through a file sync tool is told from an edit
 *   and not merged a second time when a server carries the document.
 * - The merge base belongs to one file (its path is cached with it): another
 *   note with the same poc-id is never merged against it (see copies.ts).
 */
import { type App, debounce, type EventRef, type TFile } from 'obsidian';
import { canonicalJson } from '../../shared/hash/canonical.js';
import type { DocModel } from '../../shared/model/types.js';
import { type LinkOptions, type MarkdownError, parseMarkdown, toMarkdown } from '../../shared/markdown/index.js';
import type { TemplateSet } from '../../shared/template/set.js';
import type { Diagnostic } from '../../shared/validate/diagnostic.js';
import { mergeModel, type MergeReport } from '../../shared/ydoc/merge.js';
import { isReadOnly } from '../../editor/access.js';
import type { DocSession } from '../sync/doc-session.js';
import { readStamp, stampOf, withStamp } from './stamp.js';

/** A text of the file rendered from the document, with its model and that model's canonical JSON. */
interface Rendering {
  text: string;
  model: DocModel;
  canon: string;
}

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
  /** What the reader repaired to read a text of the file (a repeated block id read under a new id), each time such a text is merged. */
  onNotes?(notes: readonly Diagnostic[]): void;
}

/** How many stamps of its own renderings a mirror remembers (to tell an older rendering from another device's). */
const RENDERED_KEPT = 32;

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
  private parsed?: { text: string; model: DocModel; canon?: string; notes?: readonly Diagnostic[] };
  private problem?: MarkdownError;
  private readonly writeSoon = debounce(() => this.enqueueWrite(), MIRROR_WRITE_MS, true);
  private queue: Promise<void> = Promise.resolve();
  private readonly refs: EventRef[] = [];
  /** Stamps of the latest renderings of the document made here: states this device's document has held. */
  private readonly rendered: string[] = [];
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
    const merged = this.merge(text, this.lastText);
    // A rendering from another device is not written over: the server brings its state (see `merge`).
    if (merged === 'merged' || merged === 'old') this.writeSoon();
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

  private parse(text: string): { ok: true; model: DocModel; notes: readonly Diagnostic[] } | { ok: false; error: MarkdownError } {
    if (this.parsed?.text === text) return { ok: true, model: this.parsed.model, notes: this.parsed.notes ?? [] };
    const r = parseMarkdown(text, this.hooks.templates(), this.file.path, this.hooks.linkOptions());
    if (r.ok) this.parsed = { text, model: r.model, notes: r.notes };
    return r;
  }

  /** The canonical JSON of the model of a text that parses (kept with the cached parse). */
  private canonical(text: string): string | undefined {
    if (!this.parse(text).ok) return undefined;
    const known = this.parsed!;
    known.canon ??= canonicalJson(known.model);
    return known.canon;
  }

  /**
   * Merges a text of the file into the document. Synchronous, so it can run inside `vault.process`.
   * "unreadable": the file cannot be read. "kept": the text is a mirror's unedited rendering of some state
   * of the document (its stamp names its own model, see stamp.ts) and a server carries the document: it is
   * nobody's edit — another device's rendering delivered by a file sync tool before the server delivered the
   * change itself, or an older one — so merging it would apply that change a second time or revert it. It
   * only becomes the base of the next edit. "old": such a rendering of a state this mirror rendered itself,
   * so the document already holds it (the file should be brought up to date). Working locally (no server),
   * the file is the only way another device's change arrives, so it is merged.
   */
  private merge(text: string, baseText: string | undefined): 'merged' | 'kept' | 'old' | 'unreadable' {
    const theirs = this.parse(text);
    if (!theirs.ok) {
      this.problem = theirs.error;
      this.hooks.onProblem(theirs.error);
      return 'unreadable';
    }
    if (theirs.notes.length) this.hooks.onNotes?.(theirs.notes);
    const stamp = readStamp(text);
    if (stamp && this.session.current().connection !== 'local' && stamp === stampOf(this.canonical(text)!)) {
      this.settled(text);
      return this.rendered.includes(stamp) ? 'old' : 'kept';
    }
    if (isReadOnly(this.session.meta.access)) {
      // A person who may only read cannot change the document through its file either (the server would refuse
      // it): the file is taken as seen, and rewritten from the document.
      this.settled(text);
      return 'old';
    }
    const base = baseText === undefined ? undefined : this.parse(baseText);
    let report: MergeReport;
    try {
      report = mergeModel(this.session.ydoc, theirs.model, { base: base?.ok ? base.model : undefined, origin: FILE_ORIGIN, template: this.hooks.templates().find(theirs.model.meta.type) });
    } catch (e) {
      // The file names another document: treat it as unreadable rather than mix two documents.
      this.problem = { file: this.file.path, line: 1, message: e instanceof Error ? e.message : String(e) };
      this.hooks.onProblem(this.problem);
      return 'unreadable';
    }
    this.settled(text);
    if (report.conflicts.length) this.hooks.onConflict(report, text);
    return 'merged';
  }

  /** The file's text `text` was read and taken in: it is the new base, and any file problem is over. */
  private settled(text: string): void {
    this.parse(text); // keep the file's model as the cached one: it is the new base
    this.lastText = text;
    this.session.remember({ mirror: text, mirrorPath: this.file.path });
    if (this.problem) {
      this.problem = undefined;
      this.hooks.onProblem(undefined);
    }
    this.hooks.onText(text);
  }

  // ---------------------------------------------------------------- writing

  private enqueueWrite(): void {
    this.queue = this.queue.then(() => this.write()).catch((e: unknown) => console.error('POC Workspace: could not update the Markdown file', e));
  }

  /** The file's text for the document now, stamped with the model it is written from (see stamp.ts). */
  private render(): Rendering | undefined {
    const current = this.session.model();
    if (!current) return undefined;
    const template = this.hooks.templates().find(current.model.meta.type);
    if (!template) return undefined;
    const canon = canonicalJson(current.model);
    const stamp = stampOf(canon);
    if (!this.rendered.includes(stamp)) this.rendered.push(stamp);
    if (this.rendered.length > RENDERED_KEPT) this.rendered.shift();
    return { text: withStamp(toMarkdown(current.model, template, { ...this.hooks.linkOptions(), summary: true }), stamp), model: current.model, canon };
  }

  /** Whether the file's last known text already holds the document's content (parsed only when it is not the text last written or parsed). */
  private fileIsCurrent(next: Rendering): boolean {
    // A text read with a repair (a repeated block id read under a new id) means the rendering's model but says it otherwise: rewritten, so the repair reaches the file.
    return !!this.lastText && this.canonical(this.lastText) === next.canon && !this.parsed?.notes?.length;
  }

  /** Notes that the file now holds a rendering: it is the next merge base, known without parsing. */
  private wrote(next: Rendering): void {
    this.lastText = next.text;
    this.parsed = { ...next };
  }

  private async write(): Promise<void> {
    if (this.disposed || this.problem) return;
    const next = this.render();
    if (!next || next.text === this.lastText || this.fileIsCurrent(next)) return;
    if (!this.app.vault.getAbstractFileByPath(this.file.path)) return;
    await this.app.vault.process(this.file, (current) => {
      if (current !== this.lastText) {
        // Changed outside since we last looked: merge that first, never write over it.
        if (this.merge(current, this.lastText) === 'unreadable') return current;
        const again = this.render();
        if (!again || this.fileIsCurrent(again)) return current;
        this.wrote(again);
        return again.text;
      }
      this.wrote(next);
      return next.text;
    });
    this.session.remember({ mirror: this.lastText, mirrorPath: this.file.path });
    this.hooks.onText(this.lastText);
  }
}
