/**
 * A clean, read-only "reading view" of a document model: the title, the
 * status, the document fields, then each section with its text and its
 * blocks, under the template's labels — no controls, nothing to click, so
 * it prints as the document reads (styles/reading.css). A matrix (a
 * document type whose blocks are rows) opens each of its sections with a
 * compact table of the rows' short values, then gives every row in full.
 * Host-agnostic: it takes a Document, a model and its template.
 */
import type { DocModel, FieldValue, Inline, Section, SectionItem, TypedBlock } from '../../shared/model/types.js';
import { blockTitleOf } from '../../shared/template/block-title.js';
import type { Template } from '../../shared/template/load.js';
import { shortValueWords } from '../../shared/template/field-words.js';
import type { FieldSpec } from '../../shared/template/template-schema.js';
import { h } from '../dom.js';
import { statusWord } from '../panels/signoff-readiness.js';
import { documentLocale } from '../../shared/model/document-locale.js';
import type { Locale } from '../../shared/i18n/locale.js';
import { templateForDocument } from '../document-template.js';
import { uiWords } from '../../shared/i18n/interface-locale.js';
import { editorShareWords } from '../../shared/i18n/messages/editor-share.js';

const t = uiWords(editorShareWords);

/** What the reading view says above the document, besides the model. */
export interface ReadingViewOptions {
  /** Which version this is, e.g. "Version of 3 Mar 2026, 14:05 UTC" or "Now"; shown under the title. */
  version?: string;
}

/** Field kinds short enough for a matrix's overview table. */
const TABLE_KINDS: ReadonlySet<FieldSpec['kind']> = new Set(['enum', 'rating', 'boolean', 'date']);

const capital = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

function inline(doc: Document, i: Inline): Node {
  if (i.t === 'link') return h(doc, 'span', { class: 'poc-read-link', text: i.blockId });
  let node: Node = doc.createTextNode(i.text);
  for (const m of i.marks ?? []) node = h(doc, m === 'strong' ? 'strong' : m === 'em' ? 'em' : 'code', {}, node);
  return node;
}

function richText(doc: Document, blocks: readonly Exclude<SectionItem, TypedBlock>[]): HTMLElement[] {
  return blocks.map((b) =>
    b.t === 'p'
      ? h(doc, 'p', {}, ...b.content.map((i) => inline(doc, i)))
      : b.t === 'ul'
        ? h(doc, 'ul', {}, ...b.items.map((item) => h(doc, 'li', {}, ...item.map((i) => inline(doc, i)))))
        : h(doc, 'pre', { class: 'poc-read-raw', text: b.markdown }),
  );
}

/** A short value in full words (shared/template/field-words.ts), in the document's language like the template's labels around it. */
function shortValue(value: string | number | boolean, spec: FieldSpec | undefined, locale: Locale): string {
  return shortValueWords(value, spec, typeof navigator !== 'undefined' ? navigator.language : undefined, locale);
}

function value(doc: Document, v: FieldValue, spec: FieldSpec | undefined, locale: Locale): Node[] {
  return Array.isArray(v) ? richText(doc, v) : [doc.createTextNode(shortValue(v, spec, locale))];
}

const isEmpty = (v: FieldValue | undefined) => v === undefined || v === '' || (Array.isArray(v) && v.length === 0);

/** Label/value pairs of the fields that hold something, in the template's order (unknown fields last, by name). */
function fieldList(doc: Document, values: Record<string, FieldValue>, specs: readonly FieldSpec[], locale: Locale, skip?: string): HTMLElement | undefined {
  const known = specs.map((s) => s.name);
  const names = [...known, ...Object.keys(values).filter((k) => !known.includes(k)).sort()].filter((n) => n !== skip && !isEmpty(values[n]));
  if (!names.length) return undefined;
  const dl = h(doc, 'dl', { class: 'poc-read-fields' });
  for (const n of names) {
    const spec = specs.find((s) => s.name === n);
    dl.append(h(doc, 'div', { class: 'poc-read-field' }, h(doc, 'dt', { text: spec?.label ?? n }), h(doc, 'dd', {}, ...value(doc, values[n] ?? '', spec, locale))));
  }
  return dl;
}

function blockView(doc: Document, b: TypedBlock, template: Template | undefined, level: number, locale: Locale): HTMLElement {
  const spec = template?.blockTypes.find((t) => t.type === b.type);
  const title = blockTitleOf(b, template);
  return h(
    doc,
    'article',
    { class: 'poc-read-block', attrs: { id: `read-${b.id}`, 'data-block': b.id } },
    h(doc, `h${Math.min(level, 6)}` as 'h4', { class: 'poc-read-block-title', text: title === b.id ? `${spec?.label ?? b.type} ${b.id}` : `${b.id} ${title}` }),
    fieldList(doc, b.fields, spec?.fields ?? [], locale, spec?.titleField),
  );
}

/** The compact table of a matrix section: one row per block, its id, title and short choice values. */
function matrixTable(doc: Document, blocks: readonly TypedBlock[], template: Template, locale: Locale): HTMLElement | undefined {
  const spec = template.blockTypes.find((t) => t.type === blocks[0]?.type);
  if (!spec || blocks.some((b) => b.type !== spec.type)) return undefined;
  // Columns no row fills would only stretch the table, on a phone above all.
  const cols = spec.fields.filter((f) => TABLE_KINDS.has(f.kind) && blocks.some((b) => !isEmpty(b.fields[f.name])));
  const head = h(doc, 'tr', {}, h(doc, 'th', { text: t('read.id'), attrs: { scope: 'col' } }), h(doc, 'th', { text: spec.label, attrs: { scope: 'col' } }), ...cols.map((c) => h(doc, 'th', { text: c.label, attrs: { scope: 'col' } })));
  const rows = blocks.map((b) =>
    h(
      doc,
      'tr',
      {},
      h(doc, 'th', { text: b.id, attrs: { scope: 'row' } }),
      h(doc, 'td', { text: blockTitleOf(b, template) }),
      ...cols.map((c) => {
        const v = b.fields[c.name];
        return h(doc, 'td', { class: c.kind === 'enum' ? undefined : 'is-short', text: v === undefined || Array.isArray(v) ? '' : shortValue(v, c, locale) });
      }),
    ),
  );
  return h(
    doc,
    'div',
    { class: 'poc-read-table-wrap', attrs: { role: 'region', 'aria-label': t('read.overview', { label: spec.label }), tabindex: 0 } },
    h(doc, 'table', { class: 'poc-read-table' }, h(doc, 'caption', { class: 'poc-sr-only', text: t('read.overview', { label: spec.label }) }), h(doc, 'thead', {}, head), h(doc, 'tbody', {}, ...rows)),
  );
}

function sectionView(doc: Document, s: Section, template: Template | undefined, locale: Locale): HTMLElement {
  const spec = template?.sections.find((x) => x.id === s.id);
  const level = 1 + (spec?.level ?? 1);
  const text = s.content.filter((i): i is Exclude<SectionItem, TypedBlock> => i.t !== 'block');
  const blocks = s.content.filter((i): i is TypedBlock => i.t === 'block');
  const isMatrix = !!template && template.id.endsWith('-matrix') && blocks.length > 1;
  return h(
    doc,
    'section',
    { class: 'poc-read-section', attrs: { 'data-section': s.id } },
    h(doc, `h${Math.min(level, 6)}` as 'h2', { class: 'poc-read-section-title', text: `${s.id} ${spec?.title ?? s.title}`.trim() }),
    ...richText(doc, text),
    isMatrix && template ? matrixTable(doc, blocks, template, locale) : undefined,
    ...blocks.map((b) => blockView(doc, b, template, level + 1, locale)),
    !text.length && !blocks.length ? h(doc, 'p', { class: 'poc-read-empty', text: t('read.empty') }) : undefined,
  );
}

/** The whole document for reading (and printing), under the template's labels; `template` may be missing (ids and field names then). */
export function readingView(doc: Document, model: DocModel, given: Template | undefined, opts: ReadingViewOptions = {}): HTMLElement {
  // The document's own structure in its language; the words around it (status, "overview") in the interface's.
  const template = given && templateForDocument(given, model.meta);
  const lang = documentLocale(model.meta);
  return h(
    doc,
    'article',
    { class: 'poc-reading', attrs: { lang } },
    h(
      doc,
      'header',
      { class: 'poc-read-header' },
      h(doc, 'h1', { class: 'poc-read-title', text: model.meta.title || t('read.untitled') }),
      h(doc, 'p', { class: 'poc-read-meta' }, template ? `${template.title} · ` : '', h(doc, 'span', { class: 'poc-read-status', text: t('read.status', { status: capital(statusWord(model.meta.status)) }) }), opts.version ? ` · ${opts.version}` : ''),
      fieldList(doc, model.meta.fields, template?.fields ?? [], lang),
    ),
    ...model.sections.map((s) => sectionView(doc, s, template, lang)),
  );
}
