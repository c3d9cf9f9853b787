/**
 * Cross-link rules: every link points at something that exists, and a link
 * field points at the kind of block its template names in `targets`.
 * Links inside this document are checked against its own block ids; links
 * to other documents go through `context.resolve`, and are skipped when no
 * resolver is given (a lone file cannot know its neighbours, and a false
 * alarm on every keystroke would teach people to ignore the panel).
 * Links into a document that exists but could not be read
 * (`context.unreadable`) are reported once for the whole document, with
 * how many there are, rather than once per link as pointing to nothing.
 */
import type { FieldSpec } from '../template/template-schema.js';
import type { Location } from '../model/location.js';
import type { LinkUse } from './model-index.js';
import { articleOf, blockKind, blockName, diag, docKind, eitherOr, fieldName, listOr, type Naming, type RuleInput, sectionName, typeNoun } from './rule-input.js';
import { fieldOf } from './template-index.js';
import { wordsOf } from '../i18n/catalogue.js';
import { validationDocument } from '../i18n/messages/validation-document.js';
import { validationNames } from '../i18n/messages/validation-names.js';

/** Whether a block of `type` (in a document of `docType`, when known) is one of `targets` ("threat" or "threat-matrix/threat"). */
export function targetAllows(targets: readonly string[], type: string, docType: string | undefined): boolean {
  for (const t of targets) {
    const slash = t.indexOf('/');
    if (slash < 0) {
      if (t === type) return true;
    } else if (t.slice(slash + 1) === type && (docType === undefined || t.slice(0, slash) === docType)) return true;
  }
  return false;
}

/** The kinds of block a link field accepts, as a choice: "a threat or an action", "a threat of a threat-matrix". */
function typeWords(input: Naming, targets: readonly string[]): string {
  const words = targets.map((t) => {
    if (input.tix.blockTypes.has(t)) return blockKind(input, typeNoun(input.tix, t));
    const slash = t.indexOf('/');
    if (slash < 0) return blockKind(input, t);
    const type = t.slice(slash + 1);
    return wordsOf(validationNames, input.locale)('name.blockKindOfDoc', { article: articleOf(type), type, doc: docKind(input, t.slice(0, slash)) });
  });
  return listOr(input, words);
}

interface Place {
  where: Location;
  /** Where the link sits, for messages: `in section 1 "Overview"`. */
  phrase: string;
  spec?: FieldSpec;
}

/** Links into documents that could not be read, by document id: how many, and where that document is. */
type UnreadableLinks = Map<string, { count: number; where: string }>;

/**
 * Checks one link. Returns nothing; reports an unresolved link, or one
 * whose target is of a type `spec` (a link field's spec, if any) does not
 * accept. `place` is called only to report: naming a block costs more than
 * checking a link, and almost every link is fine.
 */
function checkLink(input: RuleInput, unread: UnreadableLinks, docId: string, blockId: string, spec: FieldSpec | undefined, place: () => Place): void {
  const { model, mix, context, tix, out } = input;
  const t = wordsOf(validationDocument, input.locale);
  const targets = spec?.kind === 'link' ? spec.targets : undefined;
  let type: string;
  let docType: string | undefined;
  if (docId === model.meta.id) {
    const ref = mix.byId.get(blockId);
    if (!ref) {
      const p = place();
      out.push(diag('error', 'link-unresolved', t('link.unresolvedHere', { id: blockId, place: p.phrase }), p.where));
      return;
    }
    type = ref.block.type;
    docType = model.meta.type;
  } else {
    if (!context.resolve) return;
    const found = context.resolve(docId, blockId);
    if (!found && countUnreadable(input, unread, docId)) return;
    if (!found) {
      const p = place();
      out.push({ ...diag('error', 'link-unresolved', t('link.unresolvedOther', { id: blockId, doc: docId, place: p.phrase }), p.where), targetDoc: docId });
      return;
    }
    type = found.type;
    docType = found.docType;
  }
  if (targets && targets.length && !targetAllows(targets, type, docType)) {
    const p = place();
    const label = docId === model.meta.id ? typeNoun(tix, type) : type;
    const message = t('link.targetType', { field: fieldName(input, spec, spec!.name), place: p.phrase, targets: typeWords(input, targets), id: blockId, actual: blockKind(input, label) });
    out.push(diag('error', 'link-target-type', message, p.where));
  }
}

/** Counts a link into `docId` when that document could not be read; returns whether it was counted (and so is not to be reported on its own). */
function countUnreadable(input: RuleInput, unread: UnreadableLinks, docId: string): boolean {
  const where = input.context.unreadable?.(docId);
  if (where === undefined) return false;
  const seen = unread.get(docId);
  if (seen) seen.count++;
  else unread.set(docId, { count: 1, where });
  return true;
}

/** One error per document that could not be read, for all the links into it. */
function reportUnreadable(input: RuleInput, unread: UnreadableLinks): void {
  const t = wordsOf(validationDocument, input.locale);
  for (const [docId, { count, where }] of unread) input.out.push(diag('error', 'link-target-unreadable', t('link.unreadable', { count, doc: docId, where })));
}

/** Checks one cross-link in the document's text or in a block's field. */
function checkLinkUse(input: RuleInput, unread: UnreadableLinks, use: LinkUse): void {
  const { tix } = input;
  const t = wordsOf(validationDocument, input.locale);
  const { section, block, field } = use;
  if (!block) {
    checkLink(input, unread, use.link.docId, use.link.blockId, undefined, () => ({ where: { section }, phrase: t('place.section', { section: sectionName(input, section) }) }));
    return;
  }
  const spec = field === undefined ? undefined : fieldOf(tix, block.type, field);
  checkLink(input, unread, use.link.docId, use.link.blockId, spec, () => ({
    where: { section, block: block.id, field },
    phrase: t('place.blockField', { field: fieldName(input, spec, field ?? ''), block: blockName(input, block) }),
    spec,
  }));
}

/**
 * A document-level link is a string: a document id, or "docId#blockId" for
 * one item. Whole documents are checked through `context.resolveDocument`
 * (skipped without it); `targets` there name document types.
 */
function checkDocumentLink(input: RuleInput, unread: UnreadableLinks, spec: FieldSpec, value: string): void {
  const { context, out } = input;
  const t = wordsOf(validationDocument, input.locale);
  const v = value.trim();
  if (!v) return;
  const place: Place = { where: { field: spec.name }, phrase: t('place.docField', { field: fieldName(input, spec, spec.name) }), spec };
  const hash = v.indexOf('#');
  if (hash > 0) {
    // Targets of document-level fields name document types, so the block's type is not checked against them.
    checkLink(input, unread, v.slice(0, hash), v.slice(hash + 1), undefined, () => place);
    return;
  }
  if (!context.resolveDocument) return;
  const doc = context.resolveDocument(v);
  if (!doc && countUnreadable(input, unread, v)) return;
  if (!doc) {
    out.push({ ...diag('error', 'link-unresolved', t('link.docUnresolved', { doc: v, place: place.phrase }), place.where), targetDoc: v });
    return;
  }
  if (spec.targets?.length && !spec.targets.includes(doc.type)) {
    const targets = eitherOr(input, spec.targets.map((type) => docKind(input, type)));
    out.push(diag('error', 'link-target-type', t('link.docTargetType', { doc: v, place: place.phrase, actual: docKind(input, doc.type), targets }), place.where));
  }
}

/** Checks every cross-link of the document: in text, in block fields and in document fields. */
export function checkLinks(input: RuleInput): void {
  const unread: UnreadableLinks = new Map();
  for (const use of input.mix.links) checkLinkUse(input, unread, use);
  checkDocumentLinks(input, unread);
  reportUnreadable(input, unread);
}

/** Checks the document-level link fields (e.g. the strategy's Action Plan). */
function checkDocumentLinks(input: RuleInput, unread: UnreadableLinks): void {
  const { tix, model } = input;
  for (const spec of tix.docFields.values()) {
    const v = model.meta.fields[spec.name];
    if (spec.kind === 'link' && typeof v === 'string') checkDocumentLink(input, unread, spec, v);
  }
}
