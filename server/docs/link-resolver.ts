/**
 * Resolving links to other documents on the server, so that a dangling
 * cross-link (a threat's response naming an action the Action Plan no
 * longer has, a strategy naming an Action Plan that does not exist) is
 * found before a document is approved, and shown in the detail view.
 *
 * Validation is synchronous and must run inside one read of the document
 * (the model, its hash and its snapshot are one version), while reading
 * another document is asynchronous and must not happen inside that read.
 * So the resolver answers only from documents it has already loaded; a
 * lookup of a document it has not loaded yet is noted as wanted, the caller
 * ends that read, loads what is wanted (`fetchWanted`) and validates again.
 * Only documents a link names are loaded, at most `limit` per request;
 * links beyond that are reported as not checked rather than guessed.
 *
 * A document the reader cannot read is never loaded, and links into it are
 * reported only as "cannot be checked", the same whether it exists or not:
 * nothing of it (existence, type, block ids, titles) reaches a message.
 */
import type * as Y from 'yjs';
import { plainValues } from '../../shared/links/index.js';
import { blockTitleOf } from '../../shared/template/block-title.js';
import type { TemplateSet } from '../../shared/template/set.js';
import type { Diagnostic, ResolvedBlock, ResolvedDocument, ValidationContext } from '../../shared/validate/index.js';
import { toModel } from '../../shared/ydoc/layout.js';
import { translate, wordsOf } from '../../shared/i18n/catalogue.js';
import { DEFAULT_LOCALE, type Locale } from '../../shared/i18n/locale.js';
import { validationDocument } from '../../shared/i18n/messages/validation-document.js';
import { validationNames } from '../../shared/i18n/messages/validation-names.js';

/** What one loaded document offers to links: its type and title, and each typed block's type and title. */
export interface LinkTarget {
  doc: ResolvedDocument;
  blocks: Map<string, ResolvedBlock>;
}

/** How the resolver reaches stored documents. */
export interface LinkSource {
  /** Whether a document with this id is stored. */
  exists(docId: string): Promise<boolean>;
  /** Runs `fn` on the stored document's current content (never called inside another document's read). */
  withDoc<T>(docId: string, fn: (doc: Y.Doc) => T): Promise<T>;
  /** Whether the person the validation is for may read the document (it is never loaded when not). */
  canRead(docId: string): Promise<boolean>;
  templates: TemplateSet;
}

/** At most this many documents are loaded to check one document's links. */
export const LINKED_DOCUMENT_LIMIT = 50;

/** Reads a document's type, title and typed blocks; undefined when it holds no POC document. Titles and values only when `readable`. */
export function linkTarget(doc: Y.Doc, templates: TemplateSet, readable: boolean): LinkTarget | undefined {
  let model;
  try {
    model = toModel(doc, templates).model;
  } catch {
    return undefined;
  }
  const docType = model.meta.type;
  const template = templates.get(docType);
  const blocks = new Map<string, ResolvedBlock>();
  for (const s of model.sections)
    for (const item of s.content) {
      if (item.t !== 'block' || blocks.has(item.id)) continue;
      blocks.set(item.id, readable ? { type: item.type, docType, title: blockTitleOf(item, template), values: plainValues(item.fields) } : { type: item.type, docType });
    }
  return { doc: readable ? { type: docType, title: model.meta.title } : { type: docType }, blocks };
}

/** Per-request resolver of links to other documents; see the module comment for the protocol. */
export class LinkResolver {
  /** Loaded documents; null when the id names no stored POC document. */
  private readonly known = new Map<string, LinkTarget | null>();
  private readonly wanted = new Set<string>();
  /** Documents named beyond the limit, whose links are not checked. */
  private readonly unchecked = new Set<string>();
  /** Documents the reader may not read (or that do not exist for them): never loaded, their links not checked. */
  private readonly unreadable = new Set<string>();

  constructor(
    private readonly source: LinkSource,
    private readonly limit = LINKED_DOCUMENT_LIMIT,
  ) {}

  /** The lookups validation calls; they answer from loaded documents only and note the rest as wanted. */
  context(): Pick<ValidationContext, 'resolve' | 'resolveDocument'> {
    return {
      resolve: (docId, blockId) => this.lookup(docId)?.blocks.get(blockId),
      resolveDocument: (docId) => this.lookup(docId)?.doc,
    };
  }

  /** Whether validation asked about documents not loaded yet (its link results are then incomplete: fetch and validate again). */
  hasWanted(): boolean {
    return this.wanted.size > 0;
  }

  /** Loads the wanted documents, up to the limit; the ones beyond it are marked unchecked. Call outside any document read. */
  async fetchWanted(): Promise<void> {
    const ids = [...this.wanted];
    this.wanted.clear();
    for (const id of ids) {
      if (!(await this.source.canRead(id))) {
        this.unreadable.add(id);
        continue;
      }
      if (this.known.size >= this.limit) {
        this.unchecked.add(id);
        continue;
      }
      this.known.set(id, await this.load(id));
    }
  }

  /**
   * The diagnostics of a validation run with `context()`, made honest about
   * the limit: a link into an unchecked document is not reported as
   * dangling, and one warning says which documents were not checked.
   * `locale` is the language validation wrote the messages in (the one the context asked for).
   */
  finish(diagnostics: readonly Diagnostic[], locale: Locale = DEFAULT_LOCALE): Diagnostic[] {
    if (!this.unchecked.size && !this.unreadable.size) return [...diagnostics];
    const skipped = new Set([...this.unchecked, ...this.unreadable]);
    const kept = diagnostics.filter((d) => d.code !== 'link-unresolved' || d.targetDoc === undefined || !skipped.has(d.targetDoc));
    const t = wordsOf(validationDocument, locale);
    const quoted = (id: string) => translate(validationNames, locale, 'name.quoted', { text: id });
    for (const id of [...this.unreadable].sort()) {
      kept.push({ severity: 'warning', code: 'links-not-readable', location: {}, message: t('link.serverNotReadable', { doc: id }), targetDoc: id });
    }
    if (!this.unchecked.size) return kept;
    const ids = [...this.unchecked];
    const named = ids.slice(0, 5).map(quoted).reduce((first, next) => translate(validationNames, locale, 'list.comma', { first, next }));
    const docs = ids.length > 5 ? t('link.serverMoreDocs', { docs: named, count: ids.length - 5 }) : named;
    kept.push({ severity: 'warning', code: 'links-not-checked', location: {}, message: t('link.serverNotChecked', { limit: this.limit, docs }) });
    return kept;
  }

  private lookup(docId: string): LinkTarget | undefined {
    const hit = this.known.get(docId);
    if (hit !== undefined) return hit ?? undefined;
    if (!this.unchecked.has(docId) && !this.unreadable.has(docId)) this.wanted.add(docId);
    return undefined;
  }

  /** A document the reader may read, as links see it; null when it does not exist or holds no POC document. */
  private async load(docId: string): Promise<LinkTarget | null> {
    const source = this.source;
    if (!(await source.exists(docId))) return null;
    return (await source.withDoc(docId, (doc) => linkTarget(doc, source.templates, true))) ?? null;
  }
}

/**
 * Runs `attempt` (a synchronous validation inside one document read, using
 * `resolver.context()`) until the resolver has every document it asked for,
 * loading them between attempts. Ends: each round loads at least one new
 * document or marks it unchecked, and at most `limit` are loaded.
 */
export async function withLinks<T>(resolver: LinkResolver, attempt: () => Promise<T>): Promise<T> {
  for (;;) {
    const result = await attempt();
    if (!resolver.hasWanted()) return result;
    await resolver.fetchWanted();
  }
}
