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

/** What indexing reads from one block: its reference and the links in its fields, for the section it sits in. */
export interface BlockFacts {
  readonly section: string;
  readonly ref: BlockRef;
  readonly links: readonly LinkUse[];
}

/** What indexing reads from one section: whether it says something itself, its blocks and its links, in order. */
export interface SectionFacts {
  readonly own: boolean;
  readonly refs: readonly BlockRef[];
  readonly links: readonly LinkUse[];
}

/** The facts of one block sitting in section `section`. */
export function blockFacts(block: TypedBlock, section: string): BlockFacts {
  const links: LinkUse[] = [];
  for (const field in block.fields) {
    const v = block.fields[field];
    if (Array.isArray(v)) for (const b of v) forEachLinkInBlock(b, (link) => links.push({ link, section, block, field }));
  }
  return { section, ref: { block, section }, links };
}

/** The facts of one section, reading its blocks through `factsOfBlock` (which an incremental caller may cache). */
export function sectionFacts(s: Section, factsOfBlock: (block: TypedBlock, section: string) => BlockFacts = blockFacts): SectionFacts {
  let own = false;
  const refs: BlockRef[] = [];
  const links: LinkUse[] = [];
  for (const item of s.content) {
    if (item.t !== 'block') {
      if (!own && richBlockHasContent(item)) own = true;
      forEachLinkInBlock(item, (link) => links.push({ link, section: s.id }));
      continue;
    }
    // A typed block counts as content even when its fields are still empty: someone put it there.
    own = true;
    const b = factsOfBlock(item, s.id);
    refs.push(b.ref);
    for (const l of b.links) links.push(l);
  }
  return { own, refs, links };
}

/**
 * The index of `model` assembled from the facts of each section, read
 * through `factsOf` (an incremental validator passes its cached facts), and
 * remembered as the model's index.
 */
export function buildIndex(model: DocModel, factsOf: (s: Section) => SectionFacts = (s) => sectionFacts(s)): ModelIndex {
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
    const facts = factsOf(s);
    if (facts.own) withOwnContent.add(s.id);
    for (const ref of facts.refs) {
      blocks.push(ref);
      if (byId.has(ref.block.id)) repeatedIds.push(ref);
      else byId.set(ref.block.id, ref);
      let list = byType.get(ref.block.type);
      if (!list) byType.set(ref.block.type, (list = []));
      list.push(ref);
    }
    for (const l of facts.links) links.push(l);
  }
  const ix: ModelIndex = { model, sections, repeatedSections, blocks, byId, repeatedIds, byType, links, withOwnContent };
  if (!cache.has(model)) cache.set(model, ix);
  return cache.get(model)!;
}

/** The shared lookups for a model, walked once per model object. */
export function indexModel(model: DocModel): ModelIndex {
  return cache.get(model) ?? buildIndex(model);
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
