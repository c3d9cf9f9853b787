/**
 * The block-by-block merge: apply a model parsed from the Markdown mirror
 * (edited outside the structured view — source mode, a sync tool, git) to
 * the collaborative Y.Doc, touching only what the file changed.
 *
 * It is a three-way merge. `base` is the model of the mirror as last written
 * or read by this client, `incoming` the model of the file now, and "ours"
 * the Y.Doc now (which may hold edits other people made meanwhile):
 * - what the file did not change is left alone, whatever the Y.Doc holds;
 * - what the file changed and the Y.Doc did not is applied, in place — a
 *   changed paragraph is edited character by character, a changed rating
 *   sets one attribute — so concurrent typing elsewhere survives;
 * - what both changed differently is a conflict: the Y.Doc's value is kept,
 *   or for text both versions are kept, and the conflict is reported so the
 *   caller can tell the user and keep the file's text. Nothing is silently
 *   overwritten.
 * Without a base (a file never seen before) the merge is cautious: it adds
 * typed blocks and sections the Y.Doc lacks and fills empty fields; every
 * other difference is a conflict.
 *
 * Typed blocks are matched by id, sections by section id, other rich text by
 * content. A block moved to another place in the file keeps its place in the
 * Y.Doc. Sign-offs are never touched.
 */
import * as Y from 'yjs';
import { canonicalJson } from '../hash/canonical.js';
import { normalizeRichText } from '../model/normalize.js';
import type { DocModel, FieldValue, JsonValue, Section, SectionItem, TypedBlock } from '../model/types.js';
import type { Location } from '../model/location.js';
import { BLOCK_ATTRS, NODE } from '../model/nodes.js';
import { matchKeys, hunks } from './diff.js';
import { updateItem } from './text-edit.js';
import { editShortField, mapValue, setMapText, shortFieldElements, shortFieldToY, type ShortTextRule, shortTextRule } from './short-text.js';
import type { Template } from '../template/load.js';
import { BODY, FIELDS, META, META_PROPERTIES, decodeProperties, elementCodec, encodeProperties, writeModel } from './layout.js';

/** A place where the file and the Y.Doc changed the same thing differently. */
export interface MergeConflict {
  location: Location;
  /** What happened and what was kept, in plain words. */
  message: string;
}

/** What a merge did. */
export interface MergeReport {
  /** Places the merge changed in the Y.Doc (one entry per field, block, section or paragraph run). */
  changed: Location[];
  conflicts: MergeConflict[];
}

/** Options of `mergeModel`. */
export interface MergeOptions {
  /** The model the file had when this client last wrote or read it; without it the merge is cautious (see module comment). */
  base?: DocModel;
  /** Transaction origin, so undo managers and observers can tell a file merge from typing. */
  origin?: unknown;
  /** The document's template: with it, short text the file adds to a block in the older attribute form goes into a `short_field` child. */
  template?: Template;
}

/** A merge under way: its report, and the short-text rule of the document's template, when known. */
interface Run extends MergeReport {
  rule?: ShortTextRule;
}

/**
 * Applies the file's model to the Y.Doc block by block, in one transaction,
 * and reports what changed and what conflicted (see module comment). An
 * empty Y.Doc simply receives the model. Throws a RangeError when the model
 * belongs to another document (its id differs), since merging two
 * documents would mix them.
 */
export function mergeModel(ydoc: Y.Doc, incoming: DocModel, options: MergeOptions = {}): MergeReport {
  const report: Run = { changed: [], conflicts: [], rule: options.template ? shortTextRule(options.template) : undefined };
  const meta = ydoc.getMap(META);
  if (!meta.has('type') && ydoc.getXmlFragment(BODY).length === 0) {
    writeModel(ydoc, incoming, options.origin, options.template);
    return { changed: [{}], conflicts: [] };
  }
  const ourId = meta.get('id');
  if (ourId !== undefined && ourId !== incoming.meta.id) {
    throw new RangeError(`The file belongs to document "${incoming.meta.id}" but the open document is ${JSON.stringify(ourId)}; they cannot be merged.`);
  }
  const base = options.base?.meta.id === incoming.meta.id ? options.base : undefined;
  ydoc.transact(() => {
    mergeMeta(ydoc, base, incoming, report);
    mergeBody(ydoc.getXmlFragment(BODY), base?.sections, incoming.sections, report);
  }, options.origin);
  return { changed: report.changed, conflicts: report.conflicts };
}

// ---------------------------------------------------------------- values

type Decision = 'keep' | 'take' | 'conflict';

/** A key's value when it is the object's own (never one inherited from Object.prototype, such as toString). */
const own = (obj: Readonly<Record<string, unknown>> | undefined, key: string): unknown => (obj && Object.hasOwn(obj, key) ? obj[key] : undefined);

function same(a: unknown, b: unknown): boolean {
  return a === b || (a !== undefined && b !== undefined && canonicalJson(a) === canonicalJson(b));
}

function isEmpty(v: unknown): boolean {
  return v === undefined || v === null || v === '' || (Array.isArray(v) && v.length === 0);
}

/** The three-way rule for one value; `hasBase` false means the base is unknown, not empty. */
function decide(base: unknown, ours: unknown, theirs: unknown, hasBase: boolean): Decision {
  if (same(ours, theirs)) return 'keep';
  if (hasBase) {
    if (same(theirs, base)) return 'keep';
    return same(ours, base) ? 'take' : 'conflict';
  }
  if (isEmpty(theirs)) return 'keep';
  return isEmpty(ours) ? 'take' : 'conflict';
}

function show(v: unknown): string {
  return typeof v === 'string' ? `"${v}"` : Array.isArray(v) ? 'its text' : String(v);
}

// ---------------------------------------------------------------- metadata and document fields

const META_KEYS = ['title', 'status', 'templateVersion', 'created'] as const;

function mergeMeta(ydoc: Y.Doc, base: DocModel | undefined, incoming: DocModel, report: Run): void {
  const meta = ydoc.getMap(META);
  for (const key of META_KEYS) {
    const theirs = incoming.meta[key];
    const d = decide(base?.meta[key], mapValue(meta.get(key)), theirs, base !== undefined);
    if (d === 'take') {
      // Shared text (the title) is edited in place, so someone typing in it keeps their characters.
      if (meta.get(key) instanceof Y.Text && typeof theirs === 'string') setMapText(meta, key, theirs);
      else meta.set(key, theirs);
      report.changed.push({ field: key });
    } else if (d === 'conflict') {
      report.conflicts.push({ location: { field: key }, message: `The document's ${key} was changed both in the file (${show(theirs)}) and by someone else (${show(mapValue(meta.get(key)))}); the shared value was kept.` });
    }
  }
  const fields = ydoc.getMap(FIELDS);
  const names = new Set([...Object.keys(incoming.meta.fields), ...Object.keys(base?.meta.fields ?? {})]);
  for (const name of names) {
    const theirs = own(incoming.meta.fields, name);
    const d = decide(own(base?.meta.fields, name), mapValue(fields.get(name)), theirs, base !== undefined);
    if (d === 'take') {
      if (theirs === undefined) fields.delete(name);
      else if (fields.get(name) instanceof Y.Text && typeof theirs === 'string') setMapText(fields, name, theirs);
      else fields.set(name, theirs);
      report.changed.push({ field: name });
    } else if (d === 'conflict') {
      report.conflicts.push({ location: { field: name }, message: `The document field "${name}" was changed both in the file (${show(theirs)}) and by someone else (${show(mapValue(fields.get(name)))}); the shared value was kept.` });
    }
  }
  mergeProperties(meta, base, incoming, report);
}

/**
 * The note's own properties (tags, aliases…), key by key with the same
 * three-way rule. They are stored as one JSON text (see layout.ts), in the
 * file's order, and written back only when a key changed.
 */
function mergeProperties(meta: Y.Map<unknown>, base: DocModel | undefined, incoming: DocModel, report: Run): void {
  const ours = decodeProperties(meta.get(META_PROPERTIES)) ?? {};
  const theirsAll = incoming.meta.properties ?? {};
  const baseAll = base?.meta.properties;
  const result = new Map<string, unknown>([...Object.keys(theirsAll), ...Object.keys(ours)].map((k) => [k, own(ours, k)]));
  let changed = false;
  for (const key of new Set([...Object.keys(theirsAll), ...Object.keys(baseAll ?? {})])) {
    const theirs = own(theirsAll, key);
    const d = decide(own(baseAll, key), own(ours, key), theirs, base !== undefined);
    if (d === 'take') {
      result.set(key, theirs);
      changed = true;
      report.changed.push({ field: key });
    } else if (d === 'conflict') {
      report.conflicts.push({ location: { field: key }, message: `The property "${key}" was changed both in the file and by someone else; the shared value was kept.` });
    }
  }
  if (!changed) return;
  const next: Record<string, unknown> = {};
  for (const [k, v] of result) if (v !== undefined) Object.defineProperty(next, k, { value: v, enumerable: true, writable: true, configurable: true });
  if (Object.keys(next).length) meta.set(META_PROPERTIES, encodeProperties(next as Record<string, JsonValue>));
  else meta.delete(META_PROPERTIES);
}

// ---------------------------------------------------------------- sections

function sectionElements(body: Y.XmlFragment): Map<string, Y.XmlElement> {
  const out = new Map<string, Y.XmlElement>();
  for (const child of body.toArray()) {
    if (child instanceof Y.XmlElement && child.nodeName === NODE.section) {
      const sid = child.getAttribute('sid');
      if (typeof sid === 'string' && !out.has(sid)) out.set(sid, child);
    }
  }
  return out;
}

function readSection(el: Y.XmlElement): Section {
  const id = String(el.getAttribute('sid') ?? '');
  const items = readChildren(el, { section: id }).flatMap((c) => (c.item ? [c.item] : []));
  return { id, title: String(el.getAttribute('title') ?? ''), content: items };
}

function mergeBody(body: Y.XmlFragment, base: Section[] | undefined, incoming: Section[], report: Run): void {
  const ours = sectionElements(body);
  const baseById = new Map((base ?? []).map((s) => [s.id, s]));
  const incomingIds = new Set(incoming.map((s) => s.id));
  let previous: Y.XmlElement | undefined;
  for (const section of incoming) {
    const el = ours.get(section.id);
    const baseSection = baseById.get(section.id);
    if (el) {
      const title = el.getAttribute('title');
      const d = decide(baseSection?.title, title, section.title, baseSection !== undefined);
      if (d === 'take') {
        el.setAttribute('title', section.title);
        report.changed.push({ section: section.id });
      }
      mergeSequence(el, baseSection?.content, section.content, { section: section.id }, report);
      previous = el;
      continue;
    }
    if (baseSection && same(baseSection, section)) continue; // removed by someone else, untouched in the file
    if (baseSection) {
      report.conflicts.push({ location: { section: section.id }, message: `Section ${section.id} was removed by someone else but edited in the file; it was restored.` });
    }
    const created = elementCodec.sectionToY(section, report.rule);
    const at = previous ? body.toArray().indexOf(previous) + 1 : 0;
    body.insert(at, [created]);
    report.changed.push({ section: section.id });
    previous = created;
  }
  for (const [id, baseSection] of baseById) {
    if (incomingIds.has(id)) continue;
    const el = ours.get(id);
    if (!el) continue;
    if (same(readSection(el), baseSection)) {
      body.delete(body.toArray().indexOf(el), 1);
      report.changed.push({ section: id });
    } else {
      report.conflicts.push({ location: { section: id }, message: `Section ${id} was removed in the file but changed by someone else meanwhile; it was kept.` });
    }
  }
}

// ---------------------------------------------------------------- sequences of items

type Child = Y.XmlElement | Y.XmlText | Y.XmlHook;

interface OurItem {
  node: Child;
  /** The item as the model reads it; undefined for content the model ignores (kept untouched). */
  item?: SectionItem;
  key: string;
}

const keyOf = (item: SectionItem): string => (item.t === 'block' ? `b:${item.id}` : `r:${canonicalJson(item)}`);

function readChildren(parent: Y.XmlElement, where: Location): OurItem[] {
  return parent.toArray().map((node, index) => {
    if (node instanceof Y.XmlElement && node.nodeName === NODE.block) {
      const block = elementCodec.readBlock(node, where.section ?? '');
      if (block) return { node, item: block, key: keyOf(block) };
    } else {
      const rich = elementCodec.readRichBlock(node, where);
      const item = rich ? normalizeRichText([rich])[0] : undefined;
      if (item) return { node, item, key: keyOf(item) };
    }
    return { node, key: `x:${index}` }; // never equal to a key of the file's model
  });
}

/** What to do with one item of the file's list. */
type Fate = { kind: 'update'; ours: number } | { kind: 'insert' } | { kind: 'skip' };

/**
 * Three-way merge of the children of a section (or of a block's rich-text
 * field) with the file's list of items. Plans every change first, then
 * applies them from the end so indices stay valid.
 */
function mergeSequence(parent: Y.XmlElement, base: readonly SectionItem[] | undefined, incoming: readonly SectionItem[], where: Location, report: Run): void {
  const ours = readChildren(parent, where);
  const ourKeys = ours.map((o) => o.key);
  const oursBlocks = new Map<string, number>();
  ours.forEach((o, i) => {
    if (o.item?.t === 'block' && !oursBlocks.has(o.item.id)) oursBlocks.set(o.item.id, i);
  });
  const baseBlocks = new Map<string, TypedBlock>();
  for (const b of base ?? []) if (b.t === 'block') baseBlocks.set(b.id, b);
  const incomingKeys = incoming.map(keyOf);
  const deletions = new Set<number>();
  const updates = new Map<number, SectionItem>();
  const fates: Fate[] = incoming.map(() => ({ kind: 'skip' }));
  /** For items the file kept: the index in ours they correspond to. */
  const incomingToOurs = new Map<number, number>();

  if (base) {
    const baseKeys = base.map(keyOf);
    const baseToOurs = new Map(matchKeys(baseKeys, ourKeys));
    const pairs = matchKeys(baseKeys, incomingKeys);
    for (const [i, j] of pairs) {
      const o = baseToOurs.get(i);
      if (o !== undefined) incomingToOurs.set(j, o);
    }
    for (const h of hunks(pairs, base.length, incoming.length)) {
      const gone = range(h.aFrom, h.aTo).filter((i) => base[i].t !== 'block');
      const added = range(h.bFrom, h.bTo).filter((j) => incoming[j].t !== 'block');
      const paired = gone.length === added.length && gone.every((i, k) => base[i].t === incoming[added[k]].t);
      let concurrent = false;
      gone.forEach((i, k) => {
        const o = baseToOurs.get(i);
        if (paired) {
          const j = added[k];
          if (o !== undefined) {
            updates.set(o, incoming[j]);
            fates[j] = { kind: 'update', ours: o };
          } else {
            fates[j] = { kind: 'insert' };
            concurrent = true;
          }
        } else if (o !== undefined) {
          deletions.add(o);
        } else {
          concurrent = true;
        }
      });
      if (!paired) for (const j of added) fates[j] = { kind: 'insert' };
      if (concurrent) {
        report.conflicts.push({
          location: where,
          message: `${describe(where)}: text the file changed was also changed by someone else meanwhile; both versions were kept — please reconcile them.`,
        });
      }
    }
  } else {
    for (const [j, o] of matchKeys(incomingKeys, ourKeys)) incomingToOurs.set(j, o);
    const missing = incoming.filter((item, j) => item.t !== 'block' && !incomingToOurs.has(j)).length;
    if (missing) {
      report.conflicts.push({
        location: where,
        message: `${describe(where)}: ${missing} paragraph${missing > 1 ? 's' : ''} in the file differ${missing > 1 ? '' : 's'} from the shared document, which was kept; the file's text was not merged because it is not known which version is newer.`,
      });
    }
  }

  // Typed blocks, by id.
  incoming.forEach((item, j) => {
    if (item.t !== 'block') return;
    const o = oursBlocks.get(item.id);
    const b = baseBlocks.get(item.id);
    if (o !== undefined) {
      mergeBlock(ours[o].node as Y.XmlElement, ours[o].item as TypedBlock, b, item, { ...where, block: item.id }, report);
      incomingToOurs.set(j, o);
      fates[j] = { kind: 'skip' };
      return;
    }
    if (b && same(b, item)) {
      fates[j] = { kind: 'skip' }; // removed by someone else, untouched in the file
      return;
    }
    if (b) report.conflicts.push({ location: { ...where, block: item.id }, message: `${item.id} was deleted by someone else but edited in the file; it was restored.` });
    fates[j] = { kind: 'insert' };
  });
  const incomingIds = new Set(incoming.flatMap((i) => (i.t === 'block' ? [i.id] : [])));
  for (const [id, b] of baseBlocks) {
    const o = oursBlocks.get(id);
    if (incomingIds.has(id) || o === undefined) continue;
    if (same(ours[o].item, b)) deletions.add(o);
    else report.conflicts.push({ location: { ...where, block: id }, message: `${id} was deleted in the file but changed by someone else meanwhile; it was kept.` });
  }

  // Where each inserted item goes: right after the last item before it that exists in ours.
  // The anchor never moves back: a block the file moved keeps its place in ours, and text
  // inserted after it in the file must still follow the text that precedes it there.
  const inserts = new Map<number, SectionItem[]>();
  let anchor = -1;
  incoming.forEach((item, j) => {
    const fate = fates[j];
    const o = fate.kind === 'update' ? fate.ours : incomingToOurs.get(j);
    if (o !== undefined) {
      anchor = Math.max(anchor, o);
      return;
    }
    if (fate.kind !== 'insert') return;
    const group = inserts.get(anchor) ?? [];
    group.push(item);
    inserts.set(anchor, group);
  });

  // Apply: in-place updates first (indices unchanged), then inserts and deletions from the end.
  for (const [o, item] of updates) updateItem(parent, o, ours[o].node, item);
  for (let k = ours.length - 1; k >= -1; k--) {
    const group = inserts.get(k);
    if (group) parent.insert(k + 1, group.map((i) => elementCodec.itemToY(i, report.rule)));
    if (k >= 0 && deletions.has(k)) parent.delete(k, 1);
  }
  if (updates.size || deletions.size || inserts.size) report.changed.push(where);
}

function range(from: number, to: number): number[] {
  const out: number[] = [];
  for (let i = from; i < to; i++) out.push(i);
  return out;
}

function describe(where: Location): string {
  const parts = [where.section !== undefined ? `Section ${where.section}` : 'The document'];
  if (where.block) parts.push(where.block);
  if (where.field) parts.push(`field "${where.field}"`);
  return parts.join(', ');
}

// ---------------------------------------------------------------- typed blocks

function fieldElements(block: Y.XmlElement, name: string): Y.XmlElement[] {
  return block.toArray().filter((c): c is Y.XmlElement => c instanceof Y.XmlElement && c.nodeName === NODE.field && c.getAttribute('name') === name);
}

function mergeBlock(el: Y.XmlElement, ours: TypedBlock, base: TypedBlock | undefined, incoming: TypedBlock, where: Location, report: Run): void {
  const names = new Set([...Object.keys(incoming.fields), ...Object.keys(base?.fields ?? {})]);
  for (const name of names) {
    // A user's own field may be named "constructor" or "toString": only own keys count, never Object.prototype's.
    const theirs = own(incoming.fields, name) as FieldValue | undefined;
    const mine = own(ours.fields, name) as FieldValue | undefined;
    const d = decide(own(base?.fields, name), mine, theirs, base !== undefined);
    if (d === 'take') {
      setField(el, name, mine, theirs, { ...where, field: name }, report);
      report.changed.push({ ...where, field: name });
    } else if (d === 'conflict') {
      report.conflicts.push({
        location: { ...where, field: name },
        message: `${where.block}, field "${name}": changed both in the file (${show(theirs)}) and by someone else (${show(mine)}); the shared value was kept.`,
      });
    }
  }
}

/** Sets one field of a block element to the file's value; `mine` is its current value (equal to the base). */
function setField(el: Y.XmlElement, name: string, mine: FieldValue | undefined, theirs: FieldValue | undefined, where: Location, report: Run): void {
  const holders = fieldElements(el, name);
  const shorts = shortFieldElements(el, name);
  if (!Array.isArray(theirs) && (shorts.length || (typeof theirs === 'string' && report.rule?.(String(el.getAttribute(BLOCK_ATTRS.type)), name)))) {
    // Short text: edited in place, character by character, so someone typing in the field keeps their characters.
    for (const h of holders) el.delete(el.toArray().indexOf(h), 1);
    if (el.getAttribute(name) !== undefined) el.removeAttribute(name);
    const text = typeof theirs === 'string' ? theirs : theirs === undefined ? '' : String(theirs);
    if (shorts.length) editShortField(shorts[0], text);
    else el.insert(el.length, [shortFieldToY(name, text)]);
    return;
  }
  if (!Array.isArray(theirs)) {
    for (const h of holders) el.delete(el.toArray().indexOf(h), 1);
    if (theirs === undefined) el.removeAttribute(name);
    // Y.XmlElement attributes are typed as strings, but Yjs stores any JSON primitive.
    else el.setAttribute(name, theirs as unknown as string);
    return;
  }
  if (el.getAttribute(name) !== undefined) el.removeAttribute(name);
  if (holders.length === 1) {
    // Edit in place so concurrent typing in other paragraphs of the field survives.
    mergeSequence(holders[0], Array.isArray(mine) ? mine : [], theirs, where, report);
    return;
  }
  for (const h of holders) el.delete(el.toArray().indexOf(h), 1);
  const field = new Y.XmlElement(NODE.field);
  field.setAttribute('name', name);
  field.insert(0, theirs.map((b) => elementCodec.richBlockToY(b)));
  el.insert(el.length, [field]);
}
