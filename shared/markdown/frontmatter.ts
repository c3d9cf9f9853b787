/**
 * The YAML frontmatter of a mirror file: the document's identity and its
 * document-level fields, as Obsidian properties.
 *
 * ```yaml
 * poc-id: tm-sector-north          # document id
 * poc-type: threat-matrix          # template id
 * poc-template: threat-matrix@1    # template id and version the document follows
 * title: Sector North threat matrix
 * status: draft                    # draft | in-review | approved | archived
 * created: 2026-03-02
 * poc-lang: fr                     # the document's language; absent for English
 * office: Sector North             # document fields, in template order,
 * review-cadence: weekly           # camelCase names written in kebab-case
 * ```
 *
 * A field whose kebab-case name would clash with one of the six keys above
 * is written as `poc-field-<name>`. Document-level link fields are written
 * as Obsidian links in a string (`"[[ap-sector-north]]"`), so the graph
 * and backlinks see them. Other properties (`tags`, `aliases`,
 * `cssclasses`, another plugin's keys) are the note's own: they are kept in
 * `meta.properties` with any YAML value (lists, maps…) and written back
 * after the fields, in their order, lists in block style as Obsidian writes
 * them. Keys starting with `poc-` are POC's: an unknown one is kept as a
 * document field, so it must hold a single value.
 */
import { LineCounter, parseDocument, stringify, isMap, isScalar, type Document, type Pair, type Node as YamlNode } from 'yaml';
import { LOCALES, supportedLocale } from '../i18n/locale.js';
import { isJsonValue, type JsonValue, type Meta } from '../model/types.js';
import type { Template } from '../template/load.js';
import type { TemplateSet } from '../template/set.js';
import type { FieldSpec } from '../template/template-schema.js';
import { fail } from './mirror-errors.js';
import { type LinkOptions, readDocumentLink, writeDocumentLink } from './mirror-links.js';
import { isSummaryKey } from './summary.js';
import { parseWikiTarget } from './wikilink.js';

const STATUSES: ReadonlyArray<Meta['status']> = ['draft', 'in-review', 'approved', 'archived'];
const RESERVED = new Set(['poc-id', 'poc-type', 'poc-template', 'title', 'status', 'created', 'poc-lang']);
/** The key of the document's language (`meta.lang`); absent means English, so English files read as they always did. */
const LANG = 'poc-lang';
const FIELD_PREFIX = 'poc-field-';
/** Keys with this prefix belong to POC, never to the note's own properties. */
const POC_PREFIX = 'poc-';
/** The plugin's mirror stamp (plugin/vault/stamp.ts): bookkeeping of the file, not part of the document, so it is not read. */
const MIRROR_STAMP = 'poc-state';

/** The frontmatter of a file and where the body starts, or undefined when the file has none. @internal */
export interface FrontmatterSplit {
  yaml: string;
  /** 1-based line of the first YAML line. */
  yamlLine: number;
  /** Offset in the text where the body starts. */
  bodyOffset: number;
  /** 1-based line where the body starts. */
  bodyLine: number;
}

/**
 * Finds the frontmatter: a first line `---`, then YAML up to a line `---`
 * (or `...`). Fails when the opening line has no closing one.
 * @internal
 */
export function splitFrontmatter(text: string): FrontmatterSplit | undefined {
  const start = text.startsWith('\uFEFF') ? 1 : 0;
  const firstEnd = text.indexOf('\n', start);
  const first = text.slice(start, firstEnd < 0 ? text.length : firstEnd).replace(/\r$/, '');
  if (first.trimEnd() !== '---' || firstEnd < 0) return undefined;
  let pos = firstEnd + 1;
  let line = 2;
  while (pos <= text.length) {
    const end = text.indexOf('\n', pos);
    const l = text.slice(pos, end < 0 ? text.length : end).replace(/\r$/, '').trimEnd();
    if (l === '---' || l === '...') {
      return { yaml: text.slice(firstEnd + 1, pos), yamlLine: 2, bodyOffset: end < 0 ? text.length : end + 1, bodyLine: line + 1 };
    }
    if (end < 0) break;
    pos = end + 1;
    line++;
  }
  fail(1, 'The frontmatter opened by "---" on line 1 is never closed: add a line "---" after the properties.');
}

/** What identifies a file as a POC document, read from its frontmatter. */
export interface FrontmatterInfo {
  /** `poc-id`: the document id. */
  id?: string;
  /** `poc-type`: the document type, e.g. "threat-matrix". */
  type?: string;
  /** `poc-template`: template and version, e.g. "threat-matrix@1". */
  template?: string;
  title?: string;
  status?: string;
}

/**
 * The POC keys of a file's frontmatter (`poc-id`, `poc-type`,
 * `poc-template`, `title`, `status`) that are present; undefined when the
 * file has no readable frontmatter. Cheap: it does not parse the body. A
 * file is a POC document candidate when `type` is set.
 */
export function readFrontmatter(text: string): FrontmatterInfo | undefined {
  let split: FrontmatterSplit | undefined;
  try {
    split = splitFrontmatter(text);
  } catch {
    return undefined;
  }
  if (!split) return undefined;
  const doc = parseDocument(split.yaml, { prettyErrors: false });
  if (doc.errors.length) return undefined;
  const data: unknown = doc.toJS();
  if (!data || typeof data !== 'object' || Array.isArray(data)) return {};
  const rec = data as Record<string, unknown>;
  const str = (v: unknown) => (typeof v === 'string' || typeof v === 'number' ? String(v) : undefined);
  const info: FrontmatterInfo = {};
  const set = (key: keyof FrontmatterInfo, value: unknown) => {
    const s = str(value);
    if (s !== undefined) info[key] = s;
  };
  set('id', rec['poc-id']);
  set('type', rec['poc-type']);
  set('template', rec['poc-template']);
  set('title', rec.title);
  set('status', rec.status);
  return info;
}

function kebab(name: string): string {
  return name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
}

function camel(key: string): string {
  return key.replace(/-([a-z])/g, (_, c: string) => c.toUpperCase());
}

/** The frontmatter key of a document field. @internal */
export function fieldKey(name: string): string {
  const k = kebab(name);
  return RESERVED.has(k) || k.startsWith(FIELD_PREFIX) ? FIELD_PREFIX + k : k;
}

/** The frontmatter block (with its `---` lines) for a document's metadata, with its summary properties (summary.ts) after the fields when given. @internal */
export function metaToFrontmatter(meta: Meta, template: Template, opts: LinkOptions, summary: Readonly<Record<string, JsonValue>> = {}): string {
  const obj: Record<string, JsonValue> = {
    'poc-id': meta.id,
    'poc-type': meta.type,
    'poc-template': `${meta.type}@${meta.templateVersion}`,
    title: meta.title,
    status: meta.status,
    created: meta.created,
    ...(meta.lang ? { [LANG]: meta.lang } : {}),
  };
  const specs = new Map(template.fields.map((f) => [f.name, f]));
  const names = [...template.fields.map((f) => f.name).filter((n) => n in meta.fields), ...Object.keys(meta.fields).filter((n) => !specs.has(n)).sort()];
  for (const name of names) {
    const v = meta.fields[name];
    // A key must have a name for the file to be read back (a remote client could store a field named "").
    if (v === '' || v === undefined || !name) continue;
    obj[fieldKey(name)] = specs.get(name)?.kind === 'link' && typeof v === 'string' ? writeDocumentLink(v, opts) : v;
  }
  for (const [key, value] of Object.entries(summary)) if (!Object.hasOwn(obj, key)) obj[key] = value;
  const fieldKeys = new Set(template.fields.map((f) => fieldKey(f.name)));
  for (const [key, value] of Object.entries(meta.properties ?? {})) {
    // Ours win: a property can never stand in for a POC key, a field or a summary, nor be read back as one.
    if (!key || Object.hasOwn(obj, key) || RESERVED.has(key) || key.startsWith(POC_PREFIX) || isSummaryKey(key) || fieldKeys.has(key) || value === undefined) continue;
    addProperty(obj, key, value);
  }
  // An empty property is written bare ("aliases:"), as Obsidian writes it; POC's own values are never null.
  return `---\n${stringify(obj, { lineWidth: 0, nullStr: '' })}---`;
}

/** Reads the metadata from frontmatter YAML, with the template it names; fails with a line on any problem. @internal */
export function metaFromFrontmatter(split: FrontmatterSplit, templates: TemplateSet, opts: LinkOptions): { meta: Meta; template: Template } {
  const lineCounter = new LineCounter();
  const doc = parseDocument(split.yaml, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const base = split.yamlLine - 1;
  if (doc.errors.length) {
    const e = doc.errors[0];
    fail(base + lineCounter.linePos(e.pos[0]).line, `The frontmatter is not valid YAML: ${e.message.split('\n')[0]}`);
  }
  if (!isMap(doc.contents)) fail(split.yamlLine, 'The frontmatter must be a list of "key: value" properties (poc-id, poc-type, poc-template, title, status, created).');
  const lineOf = (node: unknown) => {
    const range = (node as YamlNode | undefined)?.range;
    return base + (range ? lineCounter.linePos(range[0]).line : 1);
  };
  // Which keys are POC's (its own keys and the template's fields); every other key is the note's own property.
  const typeNode = doc.contents.items.find((p) => isScalar(p.key) && p.key.value === 'poc-type')?.value;
  const named = isScalar(typeNode) ? templates.find(scalarText(typeNode.value)) : undefined;
  const ownedFields = new Set(named?.fields.map((f) => fieldKey(f.name)) ?? []);
  const owned = (key: string) => RESERVED.has(key) || key.startsWith(POC_PREFIX) || ownedFields.has(key);
  const pairs = new Map<string, { value: string | number | boolean | null; line: number }>();
  const properties: Record<string, JsonValue> = {};
  for (const pair of doc.contents.items as Array<Pair<unknown, unknown>>) {
    const key = isScalar(pair.key) ? scalarText(pair.key.value) : '';
    const line = lineOf(pair.key ?? pair.value);
    if (!key) fail(line, 'A property has no name, or a name that is not text. Give it a name such as "my-note", or remove it.');
    const node = pair.value;
    if (!owned(key)) {
      // Written from the document's blocks, never read back into it (summary.ts says why).
      if (isSummaryKey(key)) continue;
      if (Object.hasOwn(properties, key)) fail(line, `The property "${key}" is given twice. Keep one.`);
      addProperty(properties, key, propertyValue(node, doc, key, line));
      continue;
    }
    if (node !== null && node !== undefined && !isScalar(node)) {
      const what = ownedFields.has(key) ? `the document field "${key}" of ${named?.id ?? 'this type'}` : `a POC property ("${POC_PREFIX}…" keys and ${[...RESERVED].join(', ')} are POC's)`;
      fail(line, `The property "${key}" holds a list or a group, but it is ${what}, which holds one value. Write a single value.`);
    }
    const v: unknown = isScalar(node) ? node.value : null;
    if (v !== null && v !== undefined && typeof v !== 'string' && typeof v !== 'number' && typeof v !== 'boolean') {
      fail(line, `The property "${key}" must hold text, a number or true/false.`);
    }
    pairs.set(key, { value: v ?? null, line });
  }
  const required = (key: string, what: string): { value: string; line: number } => {
    const p = pairs.get(key);
    if (!p || p.value === null || p.value === '') fail(p?.line ?? split.yamlLine, `The frontmatter has no "${key}" (${what}). Add it.`);
    return { value: String(p.value), line: p.line };
  };
  const id = required('poc-id', 'the document id');
  const type = required('poc-type', 'the document type, e.g. threat-matrix');
  const template = templates.find(type.value);
  if (!template) {
    fail(type.line, `Unknown document type "${type.value}" in poc-type. Known types: ${templates.all().map((t) => t.id).join(', ')}.`);
  }
  const tpl = required('poc-template', `the template and its version, e.g. ${template.id}@${template.version}`);
  const m = /^([a-z][a-z-]*)@(\d+)$/.exec(tpl.value.trim());
  if (!m) fail(tpl.line, `poc-template "${tpl.value}" must be the template id and version, e.g. ${template.id}@${template.version}.`);
  if (m[1] !== template.id) fail(tpl.line, `poc-template "${tpl.value}" names another type than poc-type "${template.id}". Make them agree.`);
  const version = Number(m[2]);
  if (version < 1) fail(tpl.line, `The template version in poc-template must be 1 or more.`);
  const titlePair = pairs.get('title');
  if (!titlePair) fail(split.yamlLine, 'The frontmatter has no "title". Add it.');
  const title = titlePair.value === null ? '' : String(titlePair.value);
  const status = required('status', STATUSES.join(', '));
  if (!STATUSES.includes(status.value as Meta['status'])) fail(status.line, `Unknown status "${status.value}". Use one of: ${STATUSES.join(', ')}.`);
  const created = required('created', 'the date the document was created, YYYY-MM-DD');
  const langPair = pairs.get(LANG);
  const lang = langPair && langPair.value !== null && langPair.value !== '' ? supportedLocale(String(langPair.value)) : undefined;
  if (langPair && langPair.value !== null && langPair.value !== '' && !lang) {
    fail(langPair.line, `poc-lang "${langPair.value}" is not a language POC documents are written in. Use one of: ${LOCALES.join(', ')} (or remove the line for English).`);
  }

  const byKey = new Map(template.fields.map((f) => [fieldKey(f.name), f]));
  const fields: Meta['fields'] = {};
  for (const [key, { value, line }] of pairs) {
    if (RESERVED.has(key) || key === MIRROR_STAMP || value === null || value === '') continue;
    const spec = byKey.get(key);
    let name = spec?.name;
    if (!name) {
      const bare = key.startsWith(FIELD_PREFIX) ? key.slice(FIELD_PREFIX.length) : key;
      name = camel(bare);
      if (!/^[a-z][a-zA-Z0-9]*$/.test(name) || fieldKey(name) !== key) {
        fail(line, `The property "${key}" is not a field of ${template.id}@${template.version}, and its name cannot be kept as one: use lower-case words joined by dashes after "poc-" (e.g. "poc-my-note"), or remove the "poc-" to make it the note's own property.`);
      }
    }
    if (name in fields) fail(line, `The field "${name}" is given twice in the frontmatter. Keep one.`);
    fields[name] = fieldValue(spec, value, opts);
  }
  const meta: Meta = {
    id: id.value,
    type: template.id,
    templateVersion: version,
    title,
    status: status.value as Meta['status'],
    created: created.value,
    fields,
    ...(Object.keys(properties).length ? { properties } : {}),
    ...(lang ? { lang } : {}),
  };
  return { meta, template };
}

/** A property's YAML value as JSON (empty means null); fails on its line when it has no JSON form. */
function propertyValue(node: unknown, doc: Document, key: string, line: number): JsonValue {
  if (node === null || node === undefined) return null;
  let value: unknown;
  try {
    value = (node as YamlNode).toJS(doc, { maxAliasCount: 1000 });
  } catch (e) {
    fail(line, `The property "${key}" cannot be read: ${(e as Error).message.split('\n')[0]}`);
  }
  if (!isJsonValue(value)) {
    fail(line, `The property "${key}" holds a value that has no plain form (such as .inf, .nan, binary data, or lists nested too deep). Use text, numbers, true/false, lists and groups of those.`);
  }
  return value;
}

/** Sets a key as an own property, so that "__proto__" is a name like any other, not the object's prototype. */
function addProperty(obj: Record<string, JsonValue>, key: string, value: JsonValue): void {
  Object.defineProperty(obj, key, { value, enumerable: true, writable: true, configurable: true });
}

/** A YAML key as text (keys are normally strings; numbers and booleans are written as they read). */
function scalarText(v: unknown): string {
  return typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean' ? String(v) : '';
}

/** A frontmatter value as a field value: text kinds read numbers and yes/no as text; links are unwrapped. */
function fieldValue(spec: FieldSpec | undefined, value: string | number | boolean, opts: LinkOptions): string | number | boolean {
  if (!spec) return value;
  switch (spec.kind) {
    case 'rating':
    case 'boolean':
      return value;
    case 'link':
      return readDocumentLink(String(value), opts, parseWikiTarget);
    default:
      return String(value);
  }
}
