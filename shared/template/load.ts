/**
 * Loading a template: YAML text → checked, indexed `Template`. Errors name
 * the file, the line and the path inside the template, so a mission officer
 * editing a tailored copy can find and fix the problem.
 */
import { type Document, LineCounter, parseDocument } from 'yaml';
import {
  type BlockTypeSpec,
  CONTENT_FIELD_KINDS,
  DOC_TYPES,
  type DocType,
  type FieldSpec,
  readBefore,
  type SectionSpecTree,
  TemplateSchema,
} from './template-schema.js';
import { keepTexts, labelClashes, takeTextMaps, textsByKey } from './template-texts.js';
import { explainYamlError } from './yaml-errors.js';

/** A section of a loaded template, flattened in document order. */
export interface SectionSpec {
  id: string;
  title: string;
  guidance?: string;
  required: boolean;
  text: boolean;
  /** The strategy tier whose objectives the section holds (the resources matrix's tier sections). */
  tier?: string;
  blocks: Array<{ type: string; min: number }>;
  /** 1 for a top-level section, 2 for its sub-sections, and so on. */
  level: number;
  /** Id of the enclosing section, if any. */
  parent?: string;
}

/** A loaded, checked template with lookups. */
export interface Template {
  id: DocType;
  version: number;
  title: string;
  source: string;
  description: string;
  fields: FieldSpec[];
  blockTypes: BlockTypeSpec[];
  /** Sections flattened in document order. */
  sections: SectionSpec[];
  consultation?: {
    blockType: string;
    section: string;
    parties: Array<{ id: string; label: string; guidance?: string; required: boolean; before?: string }>;
  };
  /** The document-level field naming the area the document covers; absent for mission-wide document types. */
  area?: string;
  signoffs: Array<{ role: string; label: string; guidance?: string; step?: number; aliases?: string[] }>;
  review: { cadence?: 'weekly' | 'monthly' | 'quarterly' | 'yearly'; draftingDays?: number; validityDays?: number };
  /** Where the template came from (a file name, or "built-in:<id>"). */
  origin: string;
}

/** A problem found while loading a template. */
export interface TemplateError {
  file: string;
  /** 1-based line in the YAML file, when known. */
  line?: number;
  /** Path inside the template, e.g. "sections[2].blocks[0].type". */
  path: string;
  message: string;
}

/** Formats a template error as one line a person can act on. */
export function formatTemplateError(e: TemplateError): string {
  return `${e.file}${e.line ? `:${e.line}` : ''}: ${e.path ? `${e.path}: ` : ''}${e.message}`;
}

/** Thrown by `loadTemplateOrThrow`; carries every problem found. */
export class TemplateLoadError extends Error {
  constructor(readonly errors: TemplateError[]) {
    super(errors.map(formatTemplateError).join('\n'));
    this.name = 'TemplateLoadError';
  }
}

export type LoadResult = { ok: true; template: Template } | { ok: false; errors: TemplateError[] };

function pathString(path: ReadonlyArray<PropertyKey>): string {
  return path.reduce<string>((s, p) => (typeof p === 'number' ? `${s}[${p}]` : s ? `${s}.${String(p)}` : String(p)), '');
}

/** Parses and checks a template's YAML text; never throws. */
export function loadTemplate(yamlText: string, file: string): LoadResult {
  const lineCounter = new LineCounter();
  const doc = parseDocument(yamlText, { lineCounter, prettyErrors: false });
  if (doc.errors.length) {
    return {
      ok: false,
      errors: doc.errors.map((e) => {
        // `linePos` is only filled in when prettyErrors is on; the offset always is.
        const line = e.linePos?.[0]?.line ?? lineCounter.linePos(e.pos[0]).line;
        return { file, line, path: '', message: explainYamlError(e.code, e.message, yamlText.split(/\r?\n/)[line - 1]) };
      }),
    };
  }
  const data: unknown = doc.toJS();
  if (isCircular(data)) {
    return { ok: false, errors: [{ file, path: '', message: 'A YAML alias (*name) refers back to a part that contains it, so the template never ends; write that part out in full instead.' }] };
  }
  return checkTemplate(data, file, lineFinder(doc, lineCounter));
}

/**
 * Loads a built-in template from the text a bundle carries: the JSON form the builds put there
 * (scripts/templates-as-json.mjs) is read with JSON.parse, which spares every start of the CLI or the plugin
 * the YAML parse; YAML source (the tests, through Vite) goes through `loadTemplate`. Same result; never throws.
 */
export function loadBuiltinTemplate(text: string, file: string): LoadResult {
  if (!text.startsWith('{')) return loadTemplate(text, file);
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return loadTemplate(text, file);
  }
  // Lines only matter when reporting a problem, which a built-in template has only through a bug: parse for them then.
  let find: LineFinder | undefined;
  return checkTemplate(data, file, (path) => {
    if (!find) {
      const lineCounter = new LineCounter();
      find = lineFinder(parseDocument(text, { lineCounter, prettyErrors: false }), lineCounter);
    }
    return find(path);
  });
}

/** The 1-based line of the YAML source a path inside a template comes from, when known. */
type LineFinder = (path: ReadonlyArray<PropertyKey>) => number | undefined;

function lineFinder(doc: Document, lineCounter: LineCounter): LineFinder {
  return (path) => {
    // Walk up the path until a node with a source range is found.
    for (let n = path.length; n >= 0; n--) {
      const node = doc.getIn(path.slice(0, n) as unknown[], true) as { range?: [number, number, number] } | undefined;
      if (node && typeof node === 'object' && node.range) return lineCounter.linePos(node.range[0]).line;
    }
    return undefined;
  };
}

/** Checks a template's data, as parsed from its text, and indexes it; `lineOf` places a problem in the source. */
function checkTemplate(data: unknown, file: string, lineOf: LineFinder): LoadResult {
  // Texts given in several languages: the English one is checked and kept in the template, the others aside.
  const maps = takeTextMaps(data);
  if (maps.problems.length) {
    return { ok: false, errors: maps.problems.map((p) => ({ file, line: lineOf(p.path), path: pathString(p.path), message: p.message })) };
  }
  const parsed = TemplateSchema.safeParse(data);
  if (!parsed.success) {
    return {
      ok: false,
      errors: parsed.error.issues.map((i) => ({
        file,
        line: lineOf(i.path),
        path: pathString(i.path),
        message: i.message,
      })),
    };
  }
  const t = parsed.data;
  const sections: SectionSpec[] = [];
  const flatten = (list: SectionSpecTree[], level: number, parent?: string) => {
    for (const s of list) {
      const { sections: children, ...rest } = s;
      sections.push({ ...rest, level, ...(parent ? { parent } : {}) });
      flatten(children, level + 1, s.id);
    }
  };
  flatten(t.sections, 1);

  const errors: TemplateError[] = [];
  const err = (path: Array<string | number>, message: string) => errors.push({ file, line: lineOf(path), path: pathString(path), message });
  const seenSections = new Set<string>();
  for (const s of sections) {
    if (seenSections.has(s.id)) err(['sections'], `section id "${s.id}" is used twice`);
    seenSections.add(s.id);
  }
  const blockTypes = new Map(t.blockTypes.map((b) => [b.type, b]));
  const prefixes = new Map<string, string>();
  t.blockTypes.forEach((b, i) => {
    const other = prefixes.get(b.idPrefix);
    if (other) err(['blockTypes', i, 'idPrefix'], `id prefix "${b.idPrefix}" is already used by block type "${other}"`);
    prefixes.set(b.idPrefix, b.type);
    b.fields.forEach((f, j) => {
      f.targets?.forEach((target, k) => {
        const problem = target.includes('/') ? foreignTargetProblem(target) : blockTypes.has(target) ? undefined : `link target "${target}" is not a block type of this template (declared: ${[...blockTypes.keys()].join(', ') || 'none'}); for another document's blocks write "<document type>/<block type>"`;
        if (problem) err(['blockTypes', i, 'fields', j, 'targets', k], problem);
      });
    });
  });
  t.fields.forEach((f, j) =>
    f.targets?.forEach((target, k) => {
      const problem = target.includes('/') ? foreignTargetProblem(target) : (DOC_TYPES as readonly string[]).includes(target) ? undefined : `link target "${target}" is not a document type (${DOC_TYPES.join(', ')})`;
      if (problem) err(['fields', j, 'targets', k], problem);
    }),
  );
  const checkSectionBlocks = (list: SectionSpecTree[], path: Array<string | number>) =>
    list.forEach((s, i) => {
      s.blocks.forEach((b, j) => {
        if (!blockTypes.has(b.type)) err([...path, i, 'blocks', j, 'type'], `block type "${b.type}" is not declared in blockTypes (declared: ${[...blockTypes.keys()].join(', ') || 'none'})`);
      });
      checkSectionBlocks(s.sections, [...path, i, 'sections']);
    });
  checkSectionBlocks(t.sections, ['sections']);
  if (t.consultation) {
    const c = t.consultation;
    const bt = blockTypes.get(c.blockType);
    if (!bt) err(['consultation', 'blockType'], `block type "${c.blockType}" is not declared in blockTypes`);
    else {
      const party = bt.fields.find((f) => f.name === 'party');
      const outcome = bt.fields.find((f) => f.name === 'outcome');
      if (!party || party.kind !== 'enum') err(['consultation', 'blockType'], `block type "${c.blockType}" needs an enum field named "party"`);
      else for (const p of c.parties) if (!party.values?.some((v) => v.value === p.id)) err(['consultation', 'parties'], `party "${p.id}" is not one of the values of field "party" in block type "${c.blockType}"`);
      if (!outcome || !CONTENT_FIELD_KINDS.includes(outcome.kind)) err(['consultation', 'blockType'], `block type "${c.blockType}" needs a richtext field named "outcome"`);
    }
    if (!seenSections.has(c.section)) err(['consultation', 'section'], `section "${c.section}" is not a section of this template`);
    c.parties.forEach((p, i) => {
      if (p.before === undefined) return;
      const limit = readBefore(p.before);
      if ('signoff' in limit) {
        if (!t.signoffs.some((o) => o.role === limit.signoff))
          err(['consultation', 'parties', i, 'before'], `party "${p.id}" must be consulted before the sign-off of "${limit.signoff}", which is not an office under signoffs (offices: ${t.signoffs.map((o) => o.role).join(', ') || 'none'})`);
        return;
      }
      if (t.fields.some((f) => f.name === limit.field && f.kind === 'date')) return;
      err(['consultation', 'parties', i, 'before'], `party "${p.id}" must be consulted before "${p.before}", which is not a date field of the document (date fields: ${t.fields.filter((f) => f.kind === 'date').map((f) => f.name).join(', ') || 'none'}), nor signoff:<office>`);
    });
  }
  if (t.area !== undefined) {
    const field = t.fields.find((f) => f.name === t.area);
    if (!field) err(['area'], `area names "${t.area}", which is not a document-level field (fields: ${t.fields.map((f) => f.name).join(', ') || 'none'})`);
    else if (field.kind !== 'text' && field.kind !== 'enum') err(['area'], `area names "${t.area}", a ${field.kind} field; the area must be a text or enum field`);
  }
  const roles = new Set<string>();
  t.signoffs.forEach((s, i) => {
    if (roles.has(s.role)) err(['signoffs', i, 'role'], `sign-off role "${s.role}" is listed twice`);
    roles.add(s.role);
  });
  t.signoffs.forEach((s, i) =>
    s.aliases?.forEach((a, j) => {
      if (roles.has(a)) err(['signoffs', i, 'aliases', j], `"${a}" is an alias of "${s.role}" and also an office or another office's alias: give each name to one office only`);
      roles.add(a);
    }),
  );
  const steps = t.signoffs.map((s) => s.step);
  if (steps.some((x) => x === undefined) && steps.some((x) => x !== undefined)) err(['signoffs'], 'give every sign-off a step, or none (then they sign in the order listed)');
  else if (steps.some((x, i) => i > 0 && x! < steps[i - 1]!)) err(['signoffs'], 'list the sign-offs by step, lowest first');
  if (errors.length) return { ok: false, errors };
  const template: Template = {
    id: t.id,
    version: t.version,
    title: t.title,
    source: t.source,
    description: t.description,
    fields: t.fields,
    blockTypes: t.blockTypes,
    sections,
    ...(t.consultation ? { consultation: t.consultation } : {}),
    ...(t.area !== undefined ? { area: t.area } : {}),
    signoffs: t.signoffs,
    review: t.review,
    origin: file,
  };
  const texts = textsByKey(maps.found, t);
  for (const p of labelClashes(template, texts)) err(p.path, p.message);
  if (errors.length) return { ok: false, errors };
  keepTexts(template, texts);
  return { ok: true, template };
}

/**
 * Checks a link target written "<doc-type>/<block-type>". Only the document
 * type can be checked here; whether that template declares the block type
 * depends on the template set in use.
 */
function foreignTargetProblem(target: string): string | undefined {
  const docType = target.slice(0, target.indexOf('/'));
  return (DOC_TYPES as readonly string[]).includes(docType) ? undefined : `link target "${target}" names "${docType}", which is not a document type (${DOC_TYPES.join(', ')})`;
}

/** Loads a template or throws a `TemplateLoadError` listing every problem. */
export function loadTemplateOrThrow(yamlText: string, file: string): Template {
  const r = loadTemplate(yamlText, file);
  if (!r.ok) throw new TemplateLoadError(r.errors);
  return r.template;
}

/** The block type spec named `type` in a template, if declared. */
export function blockTypeOf(template: Template, type: string): BlockTypeSpec | undefined {
  return template.blockTypes.find((b) => b.type === type);
}

/** The section spec with id `id`, if declared. */
export function sectionOf(template: Template, id: string): SectionSpec | undefined {
  return template.sections.find((s) => s.id === id);
}

/** Whether a value built from YAML contains itself (possible through aliases). */
function isCircular(value: unknown, path: Set<object> = new Set()): boolean {
  if (typeof value !== 'object' || value === null) return false;
  if (path.has(value)) return true;
  path.add(value);
  const found = Object.values(value).some((v) => isCircular(v, path));
  path.delete(value);
  return found;
}
