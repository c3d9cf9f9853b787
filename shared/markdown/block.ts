/**
 * Typed blocks as Obsidian callouts.
 *
 * ```markdown
 * > [!poc-threat] T-3 · Militia raids on Kalo market
 * >
 * > | Field                 | Value             |
 * > | --------------------- | ----------------- |
 * > | Location / priorities | Kalo, Sector 2    |
 * > | Likelihood            | 4                 |
 * >
 * > **Populations at risk**
 * >
 * > Traders and their families on market days.
 *
 * ^t-3
 * ```
 *
 * - The callout type is `poc-` and the block type. The first line holds the
 *   short id and, after ` · `, the title field (when the type has one).
 * - Short fields (text, enum, rating, date, person, yes/no) with a value
 *   form a two-column table, one row per field in template order; enums show
 *   their label, yes/no fields "Yes" / "No".
 * - Long fields (rich text and links) follow, each as a bold label line
 *   (`**Label**`, the field's label from the template) and its rich text. A
 *   paragraph inside a field that would read as such a label is written
 *   with `__…__`, which is never taken for a label.
 * - The Obsidian block id (`^t-3`) follows the callout on its own line.
 *
 * - A field the template does not define (a row a user added to the
 *   table, or a value left by another template version) is kept under its
 *   name, and validation warns about it. Read from a table row, its value
 *   is one paragraph of the cell's text: rich text lives in `field`
 *   elements of the Y.Doc, which the editor keeps, whereas it drops block
 *   attributes its schema does not declare. Such a field is written back
 *   as a table row when its value is one line of plain text, else under a
 *   bold label.
 *
 * Reading is strict where a mistake would lose data: an unknown block type,
 * a field given twice, or text outside any field is an error with its line.
 * Labels and enum values are matched without regard to case; a field may
 * also be named by its field name.
 *
 * Labels, choices, yes/no and the table header are written in the
 * document's language (`poc-lang`) and read in any language of the template,
 * so a file whose author wrote English labels in a French document, or the
 * reverse, reads to the same block.
 */
import type { Blockquote, Paragraph, RootContent, Table } from 'mdast';
import type { FieldValue, RichText, TypedBlock } from '../model/types.js';
import { DEFAULT_LOCALE, LOCALES, type Locale } from '../i18n/locale.js';
import type { Template } from '../template/load.js';
import { inEveryLanguage, localizeTemplate } from '../template/localize.js';
import { type BlockTypeSpec, CONTENT_FIELD_KINDS, type FieldSpec } from '../template/template-schema.js';
import { fail } from './mirror-errors.js';
import { type LinkReader, type LinkWriter, phrasingText, plainToMarkdown, inlinesToMarkdown } from './inline.js';
import { richTextFromNodes, richTextToChunks, lineOf, type Source } from './flow.js';
import { obsidianBlockId } from './mirror-links.js';
import { richTextToPlain } from '../model/normalize.js';

/** Callout types of typed blocks start with this. @internal */
export const CALLOUT_PREFIX = 'poc-';
/** The words of a block that are not the template's, per language: the table header and yes/no values. */
const WORDS: Record<Locale, { field: string; value: string; yes: string; no: string }> = {
  en: { field: 'Field', value: 'Value', yes: 'Yes', no: 'No' },
  fr: { field: 'Champ', value: 'Valeur', yes: 'Oui', no: 'Non' },
};

const isLong = (f: FieldSpec) => CONTENT_FIELD_KINDS.includes(f.kind);

/** The callout type of a block quote (`note` for `> [!note] …`), or undefined when it is not a callout. @internal */
export function calloutType(bq: Blockquote): string | undefined {
  const first = bq.children[0];
  if (first?.type !== 'paragraph') return undefined;
  const text = first.children[0];
  if (text?.type !== 'text') return undefined;
  return /^\[!([^\]\s]+)\]/.exec(text.value)?.[1].toLowerCase();
}

function shortText(spec: FieldSpec | undefined, value: FieldValue, locale: Locale): string {
  if (Array.isArray(value)) return richTextToPlain(value);
  if (typeof value === 'boolean') return value ? WORDS[locale].yes : WORDS[locale].no;
  if (spec?.kind === 'enum') return spec.values?.find((v) => v.value === value)?.label ?? String(value);
  return String(value);
}

function table(rows: Array<[string, string]>, locale: Locale): string[] {
  const head = [WORDS[locale].field, WORDS[locale].value] as const;
  const w0 = Math.max(3, head[0].length, ...rows.map((r) => r[0].length));
  const w1 = Math.max(3, head[1].length, ...rows.map((r) => r[1].length));
  const line = (a: string, b: string) => `| ${a.padEnd(w0)} | ${b.padEnd(w1)} |`;
  return [line(...head), `| ${'-'.repeat(w0)} | ${'-'.repeat(w1)} |`, ...rows.map((r) => line(r[0], r[1]))];
}

/** The Markdown of a typed block in `locale`: its callout, a blank line and its block id line. @internal */
export function blockToMarkdown(block: TypedBlock, template: Template, writeLink: LinkWriter, locale: Locale = DEFAULT_LOCALE): string {
  const spec = localizeTemplate(template, locale).blockTypes.find((b) => b.type === block.type);
  const specs = spec?.fields ?? [];
  const known = new Set(specs.map((f) => f.name));
  // A field without a name (a remote client can store one) is left out: a row without a field name cannot be read back.
  const names = [...specs.map((f) => f.name), ...Object.keys(block.fields).filter((n) => n && !known.has(n)).sort()];
  const specOf = (n: string) => specs.find((f) => f.name === n);
  const present = (n: string) => {
    const v = block.fields[n];
    return v !== undefined && v !== '' && !(Array.isArray(v) && v.length === 0);
  };
  const titleValue = spec?.titleField ? block.fields[spec.titleField] : undefined;
  const title = typeof titleValue === 'string' ? plainToMarkdown(titleValue, 'paragraph') : '';
  const inner: string[] = [`[!${CALLOUT_PREFIX}${block.type}] ${block.id}${title ? ` · ${title}` : ''}`];
  const rows: Array<[string, string]> = [];
  const long: string[] = [];
  for (const name of names) {
    if (!present(name) || (name === spec?.titleField && typeof titleValue === 'string')) continue;
    const f = specOf(name);
    const value = block.fields[name];
    if (f ? isLong(f) : Array.isArray(value) && plainLine(value) === undefined) long.push(name);
    else rows.push([plainToMarkdown(f?.label ?? name, 'cell'), plainToMarkdown(shortText(f, value, locale), 'cell')]);
  }
  if (rows.length) inner.push(table(rows, locale).join('\n'));
  // Any field's label (in any language) or name on a bold line of its own would be read as a label (see labelOf).
  const labels = new Set(fieldsInEveryLanguage(template, block.type).flatMap((f) => [f.label.toLowerCase(), f.name.toLowerCase()]));
  for (const name of long) {
    const f = specOf(name);
    const value = block.fields[name];
    inner.push(inlinesToMarkdown([{ t: 'text', text: f?.label ?? name, marks: ['strong'] }], 'paragraph', writeLink));
    const rich: RichText = Array.isArray(value) ? value : [{ t: 'p', content: [{ t: 'text', text: String(value) }] }];
    inner.push(...richTextToChunks(rich, writeLink, labels));
  }
  const quoted = inner
    .join('\n\n')
    .split('\n')
    .map((l) => (l === '' ? '>' : `> ${l}`))
    .join('\n');
  return `${quoted}\n\n^${obsidianBlockId(block.id)}`;
}

/** The text of rich text that is one paragraph of one unmarked, single-line text run (what a table cell holds), else undefined. */
function plainLine(rich: RichText): string | undefined {
  const only = rich.length === 1 ? rich[0] : undefined;
  const run = only?.t === 'p' && only.content.length === 1 ? only.content[0] : undefined;
  if (run?.t !== 'text' || run.marks?.length || /[\r\n]/.test(run.text) || run.text !== run.text.trim()) return undefined;
  return run.text;
}

/** The fields of a block type in every language of the template, English first. */
function fieldsInEveryLanguage(template: Template, type: string): FieldSpec[] {
  return inEveryLanguage(template).flatMap((t) => t.blockTypes.find((b) => b.type === type)?.fields ?? []);
}

/** The field of `spec` (the block type in the document's language) a label in any language, or a field name, names. */
function findField(spec: BlockTypeSpec, name: string, template: Template): FieldSpec | undefined {
  const key = name.trim().toLowerCase();
  const byLabel = fieldsInEveryLanguage(template, spec.type).find((f) => f.label.toLowerCase() === key);
  return spec.fields.find((f) => f.name === byLabel?.name) ?? spec.fields.find((f) => f.name.toLowerCase() === key);
}

function fieldList(spec: BlockTypeSpec, long: boolean): string {
  return spec.fields
    .filter((f) => isLong(f) === long && f.name !== spec.titleField)
    .map((f) => `"${f.label}"`)
    .join(', ');
}

/** A short field's value from its table cell text, its words (a choice's label, yes/no) in any language. */
function shortValue(f: FieldSpec, text: string, template: Template, type: string): FieldValue {
  switch (f.kind) {
    case 'rating':
      return /^-?\d+$/.test(text) ? Number(text) : text;
    case 'boolean': {
      const t = text.toLowerCase();
      const is = (word: 'yes' | 'no') => LOCALES.some((l) => WORDS[l][word].toLowerCase() === t);
      return is('yes') || t === 'true' ? true : is('no') || t === 'false' ? false : text;
    }
    case 'enum': {
      const t = text.toLowerCase();
      const values = fieldsInEveryLanguage(template, type).flatMap((x) => (x.name === f.name ? (x.values ?? []) : []));
      return values.find((v) => v.label.toLowerCase() === t)?.value ?? f.values?.find((v) => v.value === t)?.value ?? text;
    }
    default:
      return text;
  }
}

/** Whether a paragraph is a field label line: only `**Label**`, written with asterisks. */
function labelOf(p: Paragraph, src: Source, spec: BlockTypeSpec, template: Template): FieldSpec | undefined {
  const strong = p.children.length === 1 ? p.children[0] : undefined;
  if (strong?.type !== 'strong' || strong.children.length !== 1 || strong.children[0].type !== 'text') return undefined;
  if (src.text.slice(p.position!.start.offset, p.position!.start.offset! + 2) !== '**') return undefined;
  return findField(spec, strong.children[0].value, template);
}

/**
 * Reads a `poc-` callout into a typed block. `type` is the callout type
 * without its prefix; `locale` the document's language, which its messages
 * name labels in. Fails, with the line, on anything it cannot read
 * without losing data.
 * @internal
 */
export function blockFromCallout(bq: Blockquote, type: string, template: Template, src: Source, readLink: LinkReader, locale: Locale = DEFAULT_LOCALE): TypedBlock {
  const line = lineOf(bq, src);
  const spec = localizeTemplate(template, locale).blockTypes.find((b) => b.type === type);
  if (!spec) {
    const known = template.blockTypes.map((b) => `poc-${b.type}`).join(', ') || 'none';
    fail(line, `Unknown block type "poc-${type}" in this ${template.id} document. Its block types are: ${known}.`);
  }
  const header = phrasingText((bq.children[0] as Paragraph).children);
  if (/[\r\n]/.test(header)) {
    fail(line, `The first line of a ${spec.label} block holds only its id and title. Leave an empty ">" line after it before the fields.`);
  }
  // Dot-all: a title may hold U+2028 or U+2029 (pasted text); real line ends were refused above.
  const m = /^\[![^\]]+\][+-]?(?:[ \t]+(\S+))?(?:[ \t]+(.*))?$/s.exec(header);
  const id = m?.[1];
  if (!id || id === '·') fail(line, `This ${spec.label} block has no id. Write it after the type, e.g. "> [!poc-${spec.type}] ${spec.idPrefix}-1${spec.titleField ? ' · title' : ''}".`);
  const rest = (m?.[2] ?? '').trim();
  const fields: Record<string, FieldValue> = {};
  if (rest) {
    if (!rest.startsWith('·')) fail(line, `After the id ${id}, write " · " and then the title, e.g. "${id} · title".`);
    const title = rest.slice(1).trim();
    if (title) {
      if (!spec.titleField) fail(line, `A ${spec.label} block has no title; remove the text after "${id}" or move it into one of its fields.`);
      fields[spec.titleField] = title;
    }
  }
  const seen = new Map<string, number>();
  // A field is a template field, or the name of one the template does not define.
  const claim = (f: FieldSpec | string, at: number) => {
    const name = typeof f === 'string' ? f : f.name;
    const before = seen.get(name);
    if (before !== undefined || (name === spec.titleField && fields[name] !== undefined)) {
      fail(at, `The field "${typeof f === 'string' ? f : f.label}" of ${id} is given twice${before ? ` (also on line ${before})` : ' (also in the title line)'}. Keep one.`);
    }
    seen.set(name, at);
  };
  const children = bq.children.slice(1);
  let i = 0;
  if (children[0]?.type === 'table') {
    readTable(children[0], spec, id, src, claim, fields, template);
    i = 1;
  }
  let current: { field: FieldSpec; nodes: RootContent[] } | undefined;
  const finish = (following?: RootContent) => {
    if (!current) return;
    const rich = richTextFromNodes(current.nodes, src, readLink, true, following);
    if (rich.length) fields[current.field.name] = rich;
  };
  for (; i < children.length; i++) {
    const node = children[i];
    const label = node.type === 'paragraph' ? labelOf(node, src, spec, template) : undefined;
    if (label) {
      const at = lineOf(node, src);
      if (!isLong(label)) fail(at, `"${label.label}" is a short field of ${id}: put it in the table at the top of the block, not under a bold label.`);
      claim(label, at);
      finish(node);
      current = { field: label, nodes: [] };
    } else if (current) {
      current.nodes.push(node);
    } else {
      const at = lineOf(node, src);
      const where = node.type === 'table' ? 'A second table' : 'This text';
      fail(at, `${where} in ${id} is not under a field. Put it under one of the bold field labels (${fieldList(spec, true) || 'none'}), or move it out of the block.`);
    }
  }
  finish();
  return { t: 'block', type: spec.type, id, fields };
}

function readTable(t: Table, spec: BlockTypeSpec, id: string, src: Source, claim: (f: FieldSpec | string, line: number) => void, fields: Record<string, FieldValue>, template: Template) {
  // The first row is the header ("Field | Value", "Champ | Valeur"); if someone left the header out, it is a field too (so never dropped).
  const head = t.children[0];
  const headText = head ? head.children.map((c) => phrasingText(c.children).trim().toLowerCase()).join('|') : '';
  const headIsField = !LOCALES.some((l) => headText === `${WORDS[l].field}|${WORDS[l].value}`.toLowerCase());
  for (const row of headIsField ? t.children : t.children.slice(1)) {
    const at = lineOf(row, src);
    const label = phrasingText(row.children[0]?.children ?? []).trim();
    const text = phrasingText(row.children[1]?.children ?? []).trim();
    if (row.children.length > 2 && row.children.slice(2).some((c) => phrasingText(c.children).trim())) {
      fail(at, `The table of ${id} has two columns, field and value; this row has more. Remove the extra cells.`);
    }
    if (!label && !text) continue;
    const f = findField(spec, label, template);
    if (!f) {
      if (!label) fail(at, `A row of the table of ${id} has a value but no field name. Write the field in its first cell (fields of a ${spec.label} block: ${fieldList(spec, false)}), or delete the row.`);
      // A field the template does not define: kept under its name for validation to report (see the module comment).
      claim(label, at);
      // Defined, not assigned: a name such as "__proto__" must be a field, not the object's prototype.
      if (text) Object.defineProperty(fields, label, { value: [{ t: 'p', content: [{ t: 'text', text }] }], enumerable: true, writable: true, configurable: true });
      continue;
    }
    if (isLong(f)) fail(at, `"${f.label}" is a long field of ${id}: write it below the table, after a line "**${f.label}**".`);
    claim(f, at);
    if (text) fields[f.name] = shortValue(f, text, template, spec.type);
  }
}
