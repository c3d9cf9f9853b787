/**
 * From a document to what its export holds (export-model.ts): the cover,
 * the marking, the document fields, each section in template order with
 * its text, its rows as the template's printed table (and, for the threat
 * matrix, the ranking and the heat map) followed by each row's other
 * fields, each block of a section without a table in full, and the
 * signature page. Values read as the reading view shows them
 * (shared/template/field-words.ts); a cross-link reads as a reference a
 * person can follow on paper ("T-3, Sector North threat matrix") and, when
 * the server's address is known, as a hyperlink back to it.
 */
import { contentHash } from '../hash/canonical.js';
import type { DocModel, FieldValue, Inline, RichText, Section, SectionItem, TypedBlock } from '../model/types.js';
import { blockTitleOf } from '../template/block-title.js';
import { shortValueWords, statusWord } from '../template/field-words.js';
import type { Template } from '../template/load.js';
import type { FieldSpec } from '../template/template-schema.js';
import { formatMoment } from '../time/format.js';
import type { ExportBlock, ExportDocument, ExportField, ExportItem, ExportSection, Flow, Run } from './export-model.js';
import { markingOf } from './marking.js';
import { signaturePage, type SignoffEvidence } from './signature-page.js';
import { fullyApproved } from '../signoff/workflow.js';
import { THREAT_TABLE_FIELDS, threatTables } from './threat-tables.js';
import { THREAT_BLOCK } from '../validate/risk.js';

/** What an export is made with, besides the document and its template. */
export interface ExportOptions {
  /** When the export is made (ISO timestamp): the cover's date. */
  now: string;
  /** The mission's name for the cover, when the server or the command line gives one. */
  mission?: string;
  /** Which version this is, in words; default "The document as it is now". */
  version?: string;
  /** Whether the exported content is the document as it is now (false for a signed or named earlier version). */
  current?: boolean;
  /** The sign-off records with the server's verification; absent when the export reads a file, which carries none. */
  signoffs?: readonly SignoffEvidence[];
  /** Another document's title, for link references ("T-3, Sector North threat matrix"). */
  documentTitle?: (docId: string) => string | undefined;
  /** The web workspace address of a document or a block in it, when the server's address is known. */
  webUrl?: (docId: string, blockId?: string) => string | undefined;
  /** Locale and time zone of dates and times (default en-GB, UTC). */
  locale?: string;
  timeZone?: string;
}

const DEFAULT_LOCALE = 'en-GB';

/** The export of `model` under `template` (see export-model.ts for what each part holds). */
export function exportDocument(model: DocModel, template: Template, opts: ExportOptions): ExportDocument {
  const locale = opts.locale ?? DEFAULT_LOCALE;
  const timeZone = opts.timeZone ?? 'UTC';
  const ctx: Ctx = { model, template, opts, locale };
  const hash = contentHash(model);
  const area = template.area ? model.meta.fields[template.area] : undefined;
  const areaField = template.area ? template.fields.find((f) => f.name === template.area) : undefined;
  return {
    lang: 'en',
    cover: {
      ...(opts.mission ? { mission: opts.mission } : {}),
      typeTitle: template.title,
      title: model.meta.title || 'Untitled document',
      ...(area !== undefined && area !== '' ? { area: shortValueWords(area, areaField, locale) } : {}),
      status: coverStatus(model, template, opts.signoffs, hash),
      version: opts.version ?? 'The document as it is now',
      date: formatMoment(opts.now, { locale, timeZone }),
      docId: model.meta.id,
      ...(opts.webUrl?.(model.meta.id) ? { url: opts.webUrl(model.meta.id) } : {}),
    },
    marking: markingOf(model, template),
    fields: fieldsOf(ctx, model.meta.fields, template.fields),
    sections: sectionsOf(ctx),
    signatures: signaturePage(opts.signoffs, { contentHash: hash, current: opts.current ?? true, template, locale, timeZone }),
    fileStem: fileStem(model),
  };
}

/**
 * The status the cover gives. "Approved" only when the sign-offs that verify approve exactly this content, as the
 * status workflow reads them (shared/signoff/workflow.ts): a client can write "approved" itself, and a version saved
 * before the server set it back would otherwise go out on paper as approved with nobody having signed it. Read from
 * a file (no sign-offs known) the status is the file's, and the signature page says the sign-offs are not known.
 */
function coverStatus(model: DocModel, template: Template, evidence: readonly SignoffEvidence[] | undefined, hash: string): string {
  if (model.meta.status !== 'approved' || !evidence) return statusWord(model.meta.status);
  const standing = new Map<string, SignoffEvidence['record']['payload']>();
  for (const e of [...evidence].filter((x) => x.status !== 'invalid').sort((a, b) => a.record.payload.signedAt.localeCompare(b.record.payload.signedAt))) standing.set(e.record.payload.role, e.record.payload);
  if (fullyApproved(template, standing, hash)) return statusWord('approved');
  return `${statusWord('in-review')} (the document says approved, but its sign-offs do not approve this version)`;
}

interface Ctx {
  model: DocModel;
  template: Template;
  opts: ExportOptions;
  locale: string;
}

/** A file name stem from the title ("Sector North threat matrix" → "sector-north-threat-matrix"), else the id. */
function fileStem(model: DocModel): string {
  const stem = (model.meta.title || '')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80);
  return stem || model.meta.id;
}

/** A cross-link as a reference read on paper: "T-3 Cattle raids" in this document, "T-3, Sector North threat matrix" in another. */
function linkRun(ctx: Ctx, docId: string, blockId: string): Run {
  const { model, template, opts } = ctx;
  let text: string;
  if (docId === model.meta.id) {
    const block = findBlock(model, blockId);
    const title = block ? blockTitleOf(block, template) : blockId;
    text = title === blockId ? blockId : `${blockId} ${title}`;
  } else {
    const title = opts.documentTitle?.(docId);
    text = `${blockId}, ${title ?? `document ${docId}`}`;
  }
  const href = opts.webUrl?.(docId, blockId);
  return { text, ...(href ? { href } : {}) };
}

function findBlock(model: DocModel, blockId: string): TypedBlock | undefined {
  for (const s of model.sections) for (const i of s.content) if (i.t === 'block' && i.id === blockId) return i;
  return undefined;
}

function runs(ctx: Ctx, inlines: readonly Inline[]): Run[] {
  return inlines.map((i) => {
    if (i.t === 'link') return linkRun(ctx, i.docId, i.blockId);
    const marks = i.marks ?? [];
    return { text: i.text, ...(marks.includes('strong') ? { bold: true } : {}), ...(marks.includes('em') ? { italic: true } : {}), ...(marks.includes('code') ? { code: true } : {}) };
  });
}

/** Rich text as flowing text. */
function flowOf(ctx: Ctx, rich: RichText | readonly Exclude<SectionItem, TypedBlock>[]): Flow[] {
  return rich.map((b) => (b.t === 'p' ? { t: 'p', runs: runs(ctx, b.content) } : b.t === 'ul' ? { t: 'ul', items: b.items.map((item) => runs(ctx, item)) } : { t: 'pre', text: b.markdown }));
}

const isEmpty = (v: FieldValue | undefined) => v === undefined || v === '' || (Array.isArray(v) && v.length === 0);

/** A field's value as flowing text: rich text as it is, a short value in words as one paragraph. */
function valueFlow(ctx: Ctx, v: FieldValue, spec: FieldSpec | undefined): Flow[] {
  if (Array.isArray(v)) return flowOf(ctx, v);
  // A document-level link (the strategy's Action Plan) holds the other document's id: a reader needs its title.
  if (spec?.kind === 'link' && typeof v === 'string' && v.trim()) {
    const id = v.trim();
    const title = id === ctx.model.meta.id ? ctx.model.meta.title : ctx.opts.documentTitle?.(id);
    const href = ctx.opts.webUrl?.(id);
    return [{ t: 'p', runs: [{ text: title ?? `document ${id}`, ...(href ? { href } : {}) }] }];
  }
  return [{ t: 'p', runs: [{ text: shortValueWords(v, spec, ctx.locale) }] }];
}

/** The fields that hold something, in the template's order (fields the template does not know last, by name). */
function fieldsOf(ctx: Ctx, values: Readonly<Record<string, FieldValue>>, specs: readonly FieldSpec[], skip?: string): ExportField[] {
  const known = specs.map((s) => s.name);
  const names = [...known, ...Object.keys(values).filter((k) => !known.includes(k)).sort()].filter((n) => n !== skip && !isEmpty(values[n]));
  return names.map((n) => {
    const spec = specs.find((s) => s.name === n);
    const v = values[n];
    const value = valueFlow(ctx, v, spec);
    // One paragraph (a choice, a date, a line, a link) reads on one line with its label.
    return { label: spec?.label ?? n, value, ...(value.length === 1 && value[0].t === 'p' ? { short: true } : {}) };
  });
}

/** A block with its heading and its fields; `tabled` leaves out the fields its section's table already printed. */
function blockOf(ctx: Ctx, b: TypedBlock, tabled: ReadonlySet<string>): ExportBlock {
  const spec = ctx.template.blockTypes.find((t) => t.type === b.type);
  const title = blockTitleOf(b, ctx.template);
  const specs = (spec?.fields ?? []).filter((f) => !tabled.has(f.name));
  const values = Object.fromEntries(Object.entries(b.fields).filter(([k]) => !tabled.has(k)));
  return {
    t: 'block',
    id: b.id,
    heading: title === b.id ? `${spec?.label ?? b.type} ${b.id}` : `${b.id} ${title}`,
    fields: fieldsOf(ctx, values, specs, spec?.titleField),
    ...(tabled.size ? { compact: true } : {}),
  };
}

/** The printed table of a section's rows of one type that declares `table:` in its template, with the threat matrix's ranking columns and heat map. */
function tablesOf(ctx: Ctx, blocks: readonly TypedBlock[]): ExportItem[] {
  const type = blocks[0]?.type;
  const spec = ctx.template.blockTypes.find((t) => t.type === type);
  if (!spec?.table || blocks.some((b) => b.type !== type)) return [];
  const columns = spec.table.map((n) => spec.fields.find((f) => f.name === n)!);
  const threat = threatTables(ctx.model, ctx.template, blocks, spec);
  const order = threat?.order ?? blocks;
  const wide = columns.length + (threat ? threat.columns.length : 0) > 5;
  return [
    ...(threat ? [threat.heat] : []),
    {
      t: 'table',
      caption: `${spec.label} table`,
      columns: [...(threat?.leading ?? []), 'Id', ...columns.map((c) => c.label), ...(threat?.columns ?? [])],
      rows: order.map((b) => ({
        id: b.id,
        cells: [
          ...(threat?.leadingCells(b) ?? []),
          [{ t: 'p', runs: [{ text: b.id }] }],
          ...columns.map((c) => {
            const v = b.fields[c.name];
            return isEmpty(v) ? [] : valueFlow(ctx, v, c);
          }),
          ...(threat?.cells(b) ?? []),
        ],
      })),
      wide,
    },
  ];
}

function sectionOf(ctx: Ctx, s: Section): ExportSection {
  const sectionSpec = ctx.template.sections.find((x) => x.id === s.id);
  const text = s.content.filter((i): i is Exclude<SectionItem, TypedBlock> => i.t !== 'block');
  const blocks = s.content.filter((i): i is TypedBlock => i.t === 'block');
  const tables = tablesOf(ctx, blocks);
  // Each row then gives the fields its table has no column for: the table is the annex's view, the rows complete it.
  const spec = tables.length ? ctx.template.blockTypes.find((t) => t.type === blocks[0].type) : undefined;
  const tabled = new Set([...(spec?.table ?? []), ...(spec?.type === THREAT_BLOCK ? THREAT_TABLE_FIELDS : [])]);
  const items: ExportItem[] = [...flowOf(ctx, text), ...tables, ...blocks.map((b) => blockOf(ctx, b, tabled))];
  // A section the template keeps for its sub-sections only (`text: false`) has nothing of its own to miss.
  if (!items.length && sectionSpec?.text !== false) items.push({ t: 'empty', text: 'Nothing written here yet.' });
  return { id: s.id, heading: `${s.id} ${sectionSpec?.title ?? s.title}`.trim(), level: sectionSpec?.level ?? 1, items };
}

/** The sections in the template's order (the order a document holds them in), those the template does not define after. */
function sectionsOf(ctx: Ctx): ExportSection[] {
  const order = new Map(ctx.template.sections.map((s, i) => [s.id, i]));
  const rank = (s: Section, i: number) => order.get(s.id) ?? ctx.template.sections.length + i;
  const sections = ctx.model.sections.map((s, i) => ({ s, at: rank(s, i) })).sort((a, b) => a.at - b.at);
  return sections.map(({ s }) => sectionOf(ctx, s));
}
