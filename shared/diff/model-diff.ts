/**
 * What changed between two versions of a document, at the level a
 * reviewer reads it: the title and document fields; per section, its
 * text, and each block added, removed, moved from another section or
 * changed, with each changed field from → to in words
 * ("Likelihood: Possible → Likely"). Used to show what changed since a
 * now-stale sign-off and between any two versions of the history. Pure
 * (no DOM, no host), so the server or the CLI can say the same. The status
 * is left out: it is not signed content (shared/signoff/workflow.ts), so a
 * change of status alone never makes a sign-off stale.
 */
import { canonicalJson } from '../hash/canonical.js';
import { richTextToPlain } from '../model/normalize.js';
import type { DocModel, FieldValue, Section, SectionItem, TypedBlock } from '../model/types.js';
import type { Template } from '../template/load.js';
import { blockTitleOf } from '../template/block-title.js';
import type { FieldSpec } from '../template/template-schema.js';
import { translate, wordsOf } from '../i18n/catalogue.js';
import type { Locale } from '../i18n/locale.js';
import { sharedDiffWords } from '../i18n/messages/shared-diff.js';
import { shorten } from '../words.js';
import { emptyValue, MAX_VALUE_WORDS, type ValueWords, valueInWords } from './value-words.js';

/** One field (or the title, or a section's text) from → to, in words. */
export interface FieldChange {
  /** The field's name in the model ("likelihood"); "title", "type" or "text" for those. */
  field: string;
  /** The template's label ("Likelihood"). */
  label: string;
  from: string;
  to: string;
}

/** One change, in words. */
export interface Change {
  kind: 'added' | 'removed' | 'changed' | 'moved';
  /** Section id, when the change is inside one. */
  section?: string;
  /** The section's name as the template gives it ("2 Threats to civilians"), when the change is inside one. */
  sectionName?: string;
  /** Block id, when the change is about a block. */
  block?: string;
  /** The block's title ("Armed attack on the camp"), when the change is about a block. */
  title?: string;
  /** For a moved block, the name of the section it came from. */
  fromSection?: string;
  /** What changed, field by field, from → to in words (a changed or moved block, the title, the document fields, a section's text). */
  fields?: FieldChange[];
  /** A sentence a reviewer reads, e.g. `T-3 "Armed attack on the camp": Likelihood, Mission response changed`. */
  text: string;
}

function fieldSpec(template: Template | undefined, type: string | undefined, name: string): FieldSpec | undefined {
  const fields = type ? template?.blockTypes.find((b) => b.type === type)?.fields : template?.fields;
  return fields?.find((f) => f.name === name);
}

function changedKeys(a: Record<string, unknown>, b: Record<string, unknown>): string[] {
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  return [...keys].filter((k) => canonicalJson(a[k] ?? null) !== canonicalJson(b[k] ?? null));
}

/** Each of `keys` from `a` to `b`, in words. */
function fieldChanges(keys: string[], a: Record<string, FieldValue>, b: Record<string, FieldValue>, spec: (k: string) => FieldSpec | undefined, words: ValueWords): FieldChange[] {
  return keys.map((k) => {
    const s = spec(k);
    return { field: k, label: s?.label ?? k, from: valueInWords(a[k], s, words), to: valueInWords(b[k], s, words) };
  });
}

function sectionName(template: Template | undefined, s: Section): string {
  const title = template?.sections.find((x) => x.id === s.id)?.title ?? s.title;
  return `${s.id} ${title}`.trim();
}

const isBlock = (i: SectionItem): i is TypedBlock => i.t === 'block';

/** A section's text (everything but its blocks) on one line, shortened. */
function sectionText(s: Section, locale: Locale): string {
  const plain = richTextToPlain(s.content.filter((i): i is Exclude<SectionItem, TypedBlock> => !isBlock(i)))
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean)
    .join(' / ');
  return plain ? shorten(plain, MAX_VALUE_WORDS) : emptyValue(locale);
}

/**
 * The changes from `before` to `after`, in the order of `after`'s sections (removed sections last).
 * `words` says how days and people are written (default: "3 Mar 2026", names as typed) and in which language the
 * sentences are (English by default; `template` gives the labels and titles, in that language when localized).
 */
export function modelDiff(before: DocModel, after: DocModel, template?: Template, words: ValueWords = {}): Change[] {
  const locale = words.locale ?? 'en';
  const t = wordsOf(sharedDiffWords, locale);
  const empty = emptyValue(locale);
  const out: Change[] = [];
  if (before.meta.title !== after.meta.title)
    out.push({
      kind: 'changed',
      text: t('change.title', { from: before.meta.title, to: after.meta.title }),
      fields: [{ field: 'title', label: t('field.title'), from: before.meta.title || empty, to: after.meta.title || empty }],
    });
  const docKeys = changedKeys(before.meta.fields, after.meta.fields);
  if (docKeys.length) {
    const fields = fieldChanges(docKeys, before.meta.fields, after.meta.fields, (k) => fieldSpec(template, undefined, k), words);
    out.push({ kind: 'changed', text: t('change.documentFields', { fields: fields.map((f) => f.label).join(', ') }), fields });
  }

  // Where each block was, so a block that changed section reads as moved, not as removed and added.
  const blockHome = new Map<string, { block: TypedBlock; section: Section }>();
  for (const s of before.sections) for (const b of s.content.filter(isBlock)) blockHome.set(b.id, { block: b, section: s });
  const afterBlockIds = new Set(after.sections.flatMap((s) => s.content.filter(isBlock).map((b) => b.id)));

  const beforeSections = new Map(before.sections.map((s) => [s.id, s]));
  const afterIds = new Set(after.sections.map((s) => s.id));
  for (const s of after.sections) {
    const old = beforeSections.get(s.id);
    const name = sectionName(template, s);
    const at = { section: s.id, sectionName: name };
    if (!old) {
      out.push({ kind: 'added', ...at, text: t('change.sectionAdded', { section: name }) });
      continue;
    }
    const text = (sec: Section) => canonicalJson(sec.content.filter((i) => !isBlock(i)));
    if (text(old) !== text(s)) out.push({ kind: 'changed', ...at, text: t('change.sectionText', { section: name }), fields: [{ field: 'text', label: t('field.text'), from: sectionText(old, locale), to: sectionText(s, locale) }] });
    for (const b of s.content.filter(isBlock)) {
      const title = blockTitleOf(b, template);
      const named = { section: name, id: b.id, title };
      const home = blockHome.get(b.id);
      const block = { ...at, block: b.id, title };
      if (!home) {
        out.push({ kind: 'added', ...block, text: t('change.blockAdded', named) });
        continue;
      }
      const prev = home.block;
      const fields =
        prev.type !== b.type
          ? [{ field: 'type', label: t('field.type'), from: template?.blockTypes.find((t) => t.type === prev.type)?.label ?? prev.type, to: template?.blockTypes.find((t) => t.type === b.type)?.label ?? b.type }]
          : fieldChanges(changedKeys(prev.fields, b.fields), prev.fields, b.fields, (k) => fieldSpec(template, b.type, k), words);
      if (home.section.id !== s.id) {
        const from = sectionName(template, home.section);
        out.push({ kind: 'moved', ...block, fromSection: from, ...(fields.length ? { fields } : {}), text: fields.length ? t('change.blockMovedChanged', { ...named, from, fields: fields.map((f) => f.label).join(', ') }) : t('change.blockMoved', { ...named, from }) });
      } else if (fields.length) out.push({ kind: 'changed', ...block, fields, text: t('change.blockChanged', { ...named, fields: fields.map((f) => f.label).join(', ') }) });
    }
    for (const b of old.content.filter(isBlock))
      if (!afterBlockIds.has(b.id)) {
        const title = blockTitleOf(b, template);
        out.push({ kind: 'removed', ...at, block: b.id, title, text: t('change.blockRemoved', { section: name, id: b.id, title }) });
      }
  }
  for (const s of before.sections) if (!afterIds.has(s.id)) out.push({ kind: 'removed', section: s.id, sectionName: sectionName(template, s), text: t('change.sectionRemoved', { section: sectionName(template, s) }) });
  return out;
}

const BLOCK_KINDS = ['changed', 'added', 'removed', 'moved'] as const;

/**
 * One line saying how much changed, in `locale`: "3 blocks changed, 1 added in 2 sections; text changed in 1 section;
 * the title changed", or "No changes".
 */
export function changeSummary(changes: readonly Change[], locale: Locale = 'en'): string {
  const t = wordsOf(sharedDiffWords, locale);
  if (!changes.length) return t('summary.none');
  const blocks = changes.filter((c) => c.block);
  const count = (k: Change['kind']) => blocks.filter((c) => c.kind === k).length;
  const parts = BLOCK_KINDS.filter((k) => count(k) > 0).map((k) => ({ k, n: count(k) }));
  const blockWords = parts.map(({ k, n }, i) => translate(sharedDiffWords, locale, i === 0 ? `summary.blocks.${k}` : `summary.more.${k}`, { count: n })).join(', ');
  const inSections = new Set(blocks.map((c) => c.section)).size;
  const texts = changes.filter((c) => c.section && !c.block && c.kind === 'changed').length;
  const sectionsAddedRemoved = changes.filter((c) => c.section && !c.block && c.kind !== 'changed').length;
  const separator = t('summary.separator');
  const where = [
    blockWords && t('summary.inSections', { blocks: blockWords, count: inSections }),
    texts ? t('summary.textChanged', { count: texts }) : '',
    sectionsAddedRemoved ? t('summary.sectionsAddedRemoved', { count: sectionsAddedRemoved }) : '',
  ]
    .filter(Boolean)
    .join(separator);
  const doc = [changes.some((c) => c.fields?.[0]?.field === 'title') ? t('summary.titleChanged') : '', changes.some((c) => !c.section && c.fields?.[0]?.field !== 'title') ? t('summary.documentFieldsChanged') : '']
    .filter(Boolean)
    .join(', ');
  const line = [where, doc].filter(Boolean).join(separator);
  return line.charAt(0).toUpperCase() + line.slice(1);
}
