/**
 * One linear walk over a document that every rule shares: sections by id,
 * typed blocks by id and by type, and every cross-link with where it sits.
 * Cached per model object (models are immutable by convention), so
 * `validate`, `rankThreats` and `completion` on the same model walk it once.
 * @internal
 */
import type { DocModel, LinkRef, Section, TypedBlock } from '../model/types.js';
import type { TemplateIndex } from './template-index.js';
import { forEachLinkInBlock, richBlockHasContent } from './values.js';

/** A typed block with the section it sits in. */
export interface BlockRef {
  readonly block: TypedBlock;
  readonly section: string;
}

/** A cross-link with its place: in a section's text, or in a field of a block. */
export interface LinkUse {
  readonly link: LinkRef;
  readonly section: string;
  readonly block?: TypedBlock;
  readonly field?: string;
}

export interface ModelIndex {
  readonly model: DocModel;
  /** First section with each id. */
  readonly sections: ReadonlyMap<string, Section>;
  /** Sections whose id already appeared earlier. */
  readonly repeatedSections: readonly Section[];
  /** Every typed block, in document order. */
  readonly blocks: readonly BlockRef[];
  /** First block with each id. */
  readonly byId: ReadonlyMap<string, BlockRef>;
  /** Blocks whose id already appeared earlier. */
  readonly repeatedIds: readonly BlockRef[];
  readonly byType: ReadonlyMap<string, readonly BlockRef[]>;
  readonly links: readonly LinkUse[];
  /** Sections whose own content (text or blocks) says something. */
  readonly withOwnContent: ReadonlySet<string>;
}

const cache = new WeakMap<DocModel, ModelIndex>();
const EMPTY: readonly BlockRef[] = [];

/** The shared lookups for a model, walked once per model object. */
export function indexModel(model: DocModel): ModelIndex {
  let ix = cache.get(model);
  if (ix) return ix;
  const sections = new Map<string, Section>();
  const repeatedSections: Section[] = [];
  const blocks: BlockRef[] = [];
  const byId = new Map<string, BlockRef>();
  const repeatedIds: BlockRef[] = [];
  const byType = new Map<string, BlockRef[]>();
  const links: LinkUse[] = [];
  const withOwnContent = new Set<string>();
  for (const s of model.sections) {
    if (sections.has(s.id)) repeatedSections.push(s);
    else sections.set(s.id, s);
    for (const item of s.content) {
      if (item.t !== 'block') {
        if (richBlockHasContent(item)) withOwnContent.add(s.id);
        forEachLinkInBlock(item, (link) => links.push({ link, section: s.id }));
        continue;
      }
      // A typed block counts as content even when its fields are still empty: someone put it there.
      withOwnContent.add(s.id);
      const ref: BlockRef = { block: item, section: s.id };
      blocks.push(ref);
      if (byId.has(item.id)) repeatedIds.push(ref);
      else byId.set(item.id, ref);
      let list = byType.get(item.type);
      if (!list) byType.set(item.type, (list = []));
      list.push(ref);
      for (const field in item.fields) {
        const v = item.fields[field];
        if (Array.isArray(v)) for (const b of v) forEachLinkInBlock(b, (link) => links.push({ link, section: s.id, block: item, field }));
      }
    }
  }
  ix = { model, sections, repeatedSections, blocks, byId, repeatedIds, byType, links, withOwnContent };
  cache.set(model, ix);
  return ix;
}

/**
 * Records `ix` as the index of its model, so `rankThreats`, `completion`
 * and the rules reuse it (an incremental validator builds it from cached
 * parts; it must equal what `indexModel` would build).
 * @internal
 */
export function rememberIndex(ix: ModelIndex): void {
  if (!cache.has(ix.model)) cache.set(ix.model, ix);
}

/** The blocks of one type, in document order (empty when there are none). */
export function blocksOfType(mix: ModelIndex, type: string): readonly BlockRef[] {
  return mix.byType.get(type) ?? EMPTY;
}

/**
 * Sections that say something themselves or through any of their
 * sub-sections (a parent such as "A" may hold nothing but its parts).
 */
export function sectionsWithContent(mix: ModelIndex, tix: TemplateIndex): Set<string> {
  const filled = new Set(mix.withOwnContent);
  const specs = tix.template.sections;
  // Flattened templates list children after their parent, so a reverse pass carries content upwards.
  for (let i = specs.length - 1; i >= 0; i--) {
    const s = specs[i];
    if (s.parent && filled.has(s.id)) filled.add(s.parent);
  }
  return filled;
}
