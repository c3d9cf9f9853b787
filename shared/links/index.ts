/**
 * Cross-links between typed blocks of different documents: resolving a
 * link to its target, the blocks a person may link to, and backlinks
 * ("addressed by A-12"). A backlink is a link in a link field (an action's
 * "Serves", a threat's "Linked items"): a block that merely mentions
 * another in its text neither addresses nor serves it.
 */
import type { DocModel, Inline, RichBlock } from '../model/types.js';
import { blockTitleOf } from '../template/block-title.js';
import type { Template } from '../template/load.js';
import type { TemplateSet } from '../template/set.js';
import type { ValidationContext } from '../validate/validation-context.js';

/** A typed block as seen from elsewhere: enough to show a link chip or a suggestion. */
export interface BlockRef {
  docId: string;
  docType: string;
  docTitle: string;
  blockId: string;
  type: string;
  title: string;
  /** Likelihood × impact, for threats. */
  risk?: number;
  /** The block's plain field values (choices, dates, ratings, yes/no), for rules comparing across documents. */
  values?: Readonly<Record<string, string | number | boolean>>;
}

/** Where a link was found. */
export interface LinkSource {
  docId: string;
  section: string;
  /** The block holding the link, if it sits in a block. */
  blockId?: string;
  field?: string;
  /** The linking document's type and, when the link sits in a block, the block's type (set on backlinks). */
  docType?: string;
  blockType?: string;
}

/** Every link inline in rich text, in order. */
export function linksInRichText(blocks: readonly RichBlock[]): Array<Extract<Inline, { t: 'link' }>> {
  const out: Array<Extract<Inline, { t: 'link' }>> = [];
  const scan = (content: readonly Inline[]) => {
    for (const i of content) if (i.t === 'link') out.push(i);
  };
  for (const b of blocks) {
    if (b.t === 'p') scan(b.content);
    else if (b.t === 'ul') b.items.forEach(scan);
  }
  return out;
}

/** Calls `visit` for every link in a model, with where it sits. */
export function forEachLink(model: DocModel, visit: (link: { docId: string; blockId: string }, from: LinkSource) => void): void {
  for (const s of model.sections) {
    for (const item of s.content) {
      if (item.t === 'block') {
        for (const [field, value] of Object.entries(item.fields)) {
          if (Array.isArray(value)) for (const l of linksInRichText(value)) visit(l, { docId: model.meta.id, section: s.id, blockId: item.id, field });
        }
      } else {
        for (const l of linksInRichText([item])) visit(l, { docId: model.meta.id, section: s.id });
      }
    }
  }
}

/** Whether a block type's field is a link field (its links are the block's stated relations, not mentions in text). */
export function isLinkField(template: Template | undefined, blockType: string, field: string | undefined): boolean {
  if (!template || field === undefined) return false;
  return template.blockTypes.find((b) => b.type === blockType)?.fields.find((f) => f.name === field)?.kind === 'link';
}

/** The fields of a block that hold a plain value (a choice, date, rating, yes/no; not text with links): what rules across documents compare. */
export function plainValues(fields: Readonly<Record<string, unknown>>): Record<string, string | number | boolean> {
  const out: Record<string, string | number | boolean> = {};
  for (const [k, v] of Object.entries(fields)) if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') out[k] = v;
  return out;
}

/** An index of the typed blocks of a set of documents and of the links between them. */
export class LinkIndex {
  private readonly blocks = new Map<string, BlockRef>();
  private readonly incoming = new Map<string, LinkSource[]>();
  private readonly docs = new Map<string, { type: string; title: string }>();

  private constructor() {}

  /** Indexes the given documents. Later duplicates of a document id are ignored. */
  static build(models: readonly DocModel[], templates: TemplateSet): LinkIndex {
    const index = new LinkIndex();
    for (const m of models) {
      if (index.docs.has(m.meta.id)) continue;
      index.docs.set(m.meta.id, { type: m.meta.type, title: m.meta.title });
      for (const s of m.sections)
        for (const item of s.content) {
          if (item.t !== 'block') continue;
          const key = `${m.meta.id}#${item.id}`;
          if (index.blocks.has(key)) continue;
          const l = item.fields.likelihood;
          const i = item.fields.impact;
          index.blocks.set(key, {
            docId: m.meta.id,
            docType: m.meta.type,
            docTitle: m.meta.title,
            blockId: item.id,
            type: item.type,
            title: blockTitleOf(item, templates.find(m.meta.type)),
            ...(typeof l === 'number' && typeof i === 'number' ? { risk: l * i } : {}),
            values: plainValues(item.fields),
          });
        }
    }
    for (const m of models) {
      const template = templates.find(m.meta.type);
      const typeOf = new Map<string, string>();
      for (const s of m.sections) for (const item of s.content) if (item.t === 'block' && !typeOf.has(item.id)) typeOf.set(item.id, item.type);
      forEachLink(m, (link, from) => {
        if (!from.blockId || !isLinkField(template, typeOf.get(from.blockId) ?? '', from.field)) return;
        const key = `${link.docId}#${link.blockId}`;
        const list = index.incoming.get(key) ?? [];
        list.push({ ...from, docType: m.meta.type, blockType: typeOf.get(from.blockId) });
        index.incoming.set(key, list);
      });
    }
    return index;
  }

  /** Whether a document with this id is indexed. */
  hasDocument(docId: string): boolean {
    return this.docs.has(docId);
  }

  /** The type and title of an indexed document, or undefined. */
  document(docId: string): { type: string; title: string } | undefined {
    return this.docs.get(docId);
  }

  /** The target of a link, or undefined if it does not resolve. */
  resolve(docId: string, blockId: string): BlockRef | undefined {
    return this.blocks.get(`${docId}#${blockId}`);
  }

  /** Every linkable block, in indexing order. */
  candidates(): BlockRef[] {
    return [...this.blocks.values()];
  }

  /**
   * The lookups validation needs from the indexed documents: blocks and
   * documents by id, and the links into a block (the incoming links carry
   * the linking document's and block's types).
   */
  validationLookups(): Required<Pick<ValidationContext, 'resolve' | 'resolveDocument' | 'linksInto'>> {
    return {
      resolve: (docId, blockId) => this.resolve(docId, blockId),
      resolveDocument: (docId) => this.document(docId),
      linksInto: (docId, blockId) =>
        this.backlinks(docId, blockId).flatMap((b) => (b.blockId && b.blockType && b.field && b.docType ? [{ docId: b.docId, docType: b.docType, blockId: b.blockId, blockType: b.blockType, field: b.field }] : [])),
    };
  }

  /** The blocks whose link fields link to a block (mentions in text are not backlinks). */
  backlinks(docId: string, blockId: string): LinkSource[] {
    return this.incoming.get(`${docId}#${blockId}`) ?? [];
  }
}

