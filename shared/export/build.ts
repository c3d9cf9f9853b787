/**
 * From a document to what its export holds (export-model.ts): the cover,
 * the marking, the document fields, each section in template order with
 * its text, its rows as the template's printed table (and, for the threat
 * matrix, the ranking and the heat map) followed by each row's other
 * fields, each block of a section without a table in full, and the
 * signature page. Values read as the reading view shows them
 * (shared/template/field-words.ts); a cross-link reads as a reference a
 * person can follow on paper ("T-3, Sector North threat matrix") and, when
 * the server's address is known, as a hyperlink back to it; a list of
 * links is grouped by the document it points into. Block ids print with
 * non-breaking hyphens (printed-id.ts); the status line and the draft band
 * come from approval.ts. Everything is in the document's language
 * (documentLocale): the template's words through localizeTemplate (the
 * model keeps English section titles; the localized template's are
 * printed), the export's own through the export catalogue
 * (shared/i18n/messages/export.ts), dates through intlLocale.
 */
import { contentHash } from '../hash/canonical.js';
import { wordsOf } from '../i18n/catalogue.js';
import { intlLocale, type Locale } from '../i18n/locale.js';
import { exportWords } from '../i18n/messages/export.js';
import { documentLocale } from '../model/document-locale.js';
import { localizeTemplate } from '../template/localize.js';
import type { DocModel, FieldValue, Inline, RichText, Section, SectionItem, TypedBlock } from '../model/types.js';
import { blockTitleOf } from '../template/block-title.js';
import { shortValueWords } from '../template/field-words.js';
import type { Template } from '../template/load.js';
import type { FieldSpec } from '../template/template-schema.js';
import { formatDay, formatMoment } from '../time/format.js';
import { missionToday } from '../time/mission-day.js';
import { DUE_FIELD, overdueSince } from '../validate/action-plan.js';
import { dayNumber } from '../validate/values.js';
import { versionApproval } from './approval.js';
import { printedId } from './printed-id.js';
import type { ExportBlock, ExportDocument, ExportField, ExportItem, ExportSection, Flow, Run } from './export-model.js';
import { markingOf, pageBand } from './marking.js';
import { signaturePage, type SignoffEvidence } from './signature-page.js';
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
  /** For a version of the history, how its file name tells it from the current one's ("signed-2026-11-24", a version's name). */
  versionLabel?: string;
  /** The sign-off records with the server's verification; absent when the export reads a file, which carries none. */
  signoffs?: readonly SignoffEvidence[];
  /** Another document's title, for link references ("T-3, Sector North threat matrix"). */
  documentTitle?: (docId: string) => string | undefined;
  /** The web workspace address of a document or a block in it, when the server's address is known. */
  webUrl?: (docId: string, blockId?: string) => string | undefined;
  /** Intl locale of dates and times (default: the document's language's, intlLocale) and their time zone (default UTC). */
  locale?: string;
  timeZone?: string;
}

/** Documents with fewer sections than this get no contents page: a reader sees them at a glance, and the page would be most of a sheet for a few lines. */
export const CONTENTS_FROM_SECTIONS = 6;

/** The export of `model` under `template`, every word in the document's language (see export-model.ts for what each part holds). */
export function exportDocument(model: DocModel, englishTemplate: Template, opts: ExportOptions): ExportDocument {
  const lang = documentLocale(model.meta);
  const template = localizeTemplate(englishTemplate, lang);
  const w = wordsOf(exportWords, lang);
  const locale = opts.locale ?? intlLocale(lang);
  const timeZone = opts.timeZone ?? 'UTC';
  const hash = contentHash(model);
  const current = opts.current ?? true;
  // The export's day in the mission's time zone: what "overdue as of" is counted from and says.
  const today = missionToday(timeZone, new Date(opts.now));
  const ctx: Ctx = { model, template, opts, lang, w, locale, today: { day: dayNumber(today)!, words: formatDay(today, locale) } };
  const approval = versionApproval(model, template, opts.signoffs, { hash, current, lang, locale, timeZone });
  const marking = markingOf(model, template, lang);
  const sections = sectionsOf(ctx);
  const area = template.area ? model.meta.fields[template.area] : undefined;
  const areaField = template.area ? template.fields.find((f) => f.name === template.area) : undefined;
  return {
    lang,
    cover: {
      ...(opts.mission ? { mission: opts.mission } : {}),
      typeTitle: template.title,
      title: model.meta.title || w('cover.untitled'),
      ...(area !== undefined && area !== '' ? { area: shortValueWords(area, areaField, locale, lang) } : {}),
      status: approval.status,
      ...(approval.approved ? {} : { draft: w('marking.draft') }),
      version: opts.version ?? w('cover.versionNow'),
      date: formatMoment(opts.now, { locale, timeZone }),
      docId: model.meta.id,
      ...(opts.webUrl?.(model.meta.id) ? { url: opts.webUrl(model.meta.id) } : {}),
    },
    marking,
    pageBand: pageBand(marking, approval.approved, lang),
    contents: sections.length >= CONTENTS_FROM_SECTIONS,
    fields: fieldsOf(ctx, model.meta.fields, template.fields),
    sections,
    signatures: signaturePage(opts.signoffs, { contentHash: hash, current, template, lang, locale, timeZone, docId: model.meta.id, ...(opts.webUrl?.(model.meta.id) ? { docUrl: opts.webUrl(model.meta.id) } : {}) }),
    fileStem: fileStem(model, opts.versionLabel),
  };
}

interface Ctx {
  model: DocModel;
  template: Template;
  opts: ExportOptions;
  /** The document's language, and the export's words in it. */
  lang: Locale;
  w: ReturnType<typeof wordsOf<typeof exportWords>>;
  /** The Intl locale of dates. */
  locale: string;
  /** The export's day: its number (values.ts `dayNumber`) and in words. */
  today: { day: number; words: string };
}

/** Text as a file name part: lower case ASCII letters and digits joined by dashes ("Sector North threat matrix" → "sector-north-threat-matrix"). */
const slug = (text: string, max: number) =>
  text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, max)
    .replace(/-+$/, '');

/** A file name stem from the title, else the id; a version's says which ("…-version-signed-2026-11-24"), so it never takes the current export's name. */
function fileStem(model: DocModel, versionLabel: string | undefined): string {
  const stem = slug(model.meta.title || '', 80) || model.meta.id;
  const version = versionLabel ? slug(versionLabel, 60) : '';
  return versionLabel === undefined ? stem : `${stem}-version${version ? `-${version}` : ''}`;
}

/** A cross-link as a reference read on paper: "T-3 Cattle raids" in this document, "T-3, Sector North threat matrix" in another. */
function linkRun(ctx: Ctx, docId: string, blockId: string): Run {
  const { model, template, opts } = ctx;
  let text: string;
  if (docId === model.meta.id) {
    const block = findBlock(model, blockId);
    const title = block ? blockTitleOf(block, template) : blockId;
    text = title === blockId ? printedId(blockId) : `${printedId(blockId)} ${title}`;
  } else {
    text = ctx.w('link.inOther', { id: printedId(blockId), document: documentName(ctx, docId) });
  }
  const href = opts.webUrl?.(docId, blockId);
  return { text, ...(href ? { href } : {}) };
}

/** Another document as a reader knows it: its title when they may read it, else its id. */
const documentName = (ctx: Ctx, docId: string) => ctx.opts.documentTitle?.(docId) ?? ctx.w('link.document', { docId });

/** Text between the links of a list ("OBJ-1, T-3; T-4"): separators only. */
const SEPARATOR = /^[\s,;]*$/;

/**
 * A list of links (a "Serves" or "Linked items" field: links with only commas between them) grouped by the document
 * they point into, so it reads "MINUSAR POC Strategy: OBJ-1, OBJ-4; Sector North threat matrix: T-6" rather than
 * repeating each title after each id. Links into this document keep their titles. Undefined when `inlines` is prose
 * (or a single link), which keeps each reference as its author placed it.
 */
function linkList(ctx: Ctx, inlines: readonly Inline[]): Run[] | undefined {
  const links = inlines.filter((i) => i.t === 'link');
  if (links.length < 2 || inlines.some((i) => i.t === 'text' && !SEPARATOR.test(i.text))) return undefined;
  const groups = new Map<string, string[]>();
  for (const l of links) groups.set(l.docId, [...(groups.get(l.docId) ?? []), l.blockId]);
  const out: Run[] = [];
  for (const [docId, ids] of groups) {
    if (out.length) out.push({ text: '; ' });
    if (docId === ctx.model.meta.id) {
      ids.forEach((id, n) => out.push(...(n ? [{ text: '; ' }] : []), linkRun(ctx, docId, id)));
      continue;
    }
    out.push({ text: ctx.w('link.group', { document: documentName(ctx, docId) }) });
    ids.forEach((id, n) => {
      const href = ctx.opts.webUrl?.(docId, id);
      out.push(...(n ? [{ text: ', ' }] : []), { text: printedId(id), ...(href ? { href } : {}) });
    });
  }
  return out;
}

function findBlock(model: DocModel, blockId: string): TypedBlock | undefined {
  for (const s of model.sections) for (const i of s.content) if (i.t === 'block' && i.id === blockId) return i;
  return undefined;
}

function runs(ctx: Ctx, inlines: readonly Inline[]): Run[] {
  const list = linkList(ctx, inlines);
  if (list) return list;
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
    return [{ t: 'p', runs: [{ text: title ?? ctx.w('link.document', { docId: id }), ...(href ? { href } : {}) }] }];
  }
  return [{ t: 'p', runs: [{ text: shortValueWords(v, spec, ctx.locale, ctx.lang) }] }];
}

/** The fields that hold something, in the template's order (fields the template does not know last, by name); those of `block` when given. */
function fieldsOf(ctx: Ctx, values: Readonly<Record<string, FieldValue>>, specs: readonly FieldSpec[], skip?: string, block?: TypedBlock): ExportField[] {
  const known = specs.map((s) => s.name);
  const names = [...known, ...Object.keys(values).filter((k) => !known.includes(k)).sort()].filter((n) => n !== skip && !isEmpty(values[n]));
  return names.map((n) => {
    const spec = specs.find((s) => s.name === n);
    const v = values[n];
    const value = block && n === DUE_FIELD ? withOverdue(ctx, block, valueFlow(ctx, v, spec)) : valueFlow(ctx, v, spec);
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
    heading: title === b.id ? `${spec?.label ?? b.type} ${printedId(b.id)}` : `${printedId(b.id)} ${title}`,
    fields: fieldsOf(ctx, values, specs, spec?.titleField, b),
    ...(tabled.size ? { compact: true } : {}),
  };
}

/**
 * An action's due date followed, when it is overdue on the export's day (the rule of validate/action-plan.ts), by
 * "(overdue as of 3 Dec 2026)": a printout is read long after it was made, and "overdue" alone would say it still is.
 */
function withOverdue(ctx: Ctx, b: TypedBlock, value: Flow[]): Flow[] {
  if (overdueSince(b, ctx.today.day) === undefined) return value;
  const [first, ...rest] = value;
  if (first?.t !== 'p') return value;
  return [{ t: 'p', runs: [...first.runs, { text: ctx.w('overdue', { day: ctx.today.words }), bold: true }] }, ...rest];
}

/** The printed table of a section's rows of one type that declares `table:` in its template, with the threat matrix's ranking columns and heat map. */
function tablesOf(ctx: Ctx, blocks: readonly TypedBlock[]): ExportItem[] {
  const type = blocks[0]?.type;
  const spec = ctx.template.blockTypes.find((t) => t.type === type);
  if (!spec?.table || blocks.some((b) => b.type !== type)) return [];
  const columns = spec.table.map((n) => spec.fields.find((f) => f.name === n)!);
  const threat = threatTables(ctx.model, ctx.template, blocks, spec, ctx.lang);
  const order = threat?.order ?? blocks;
  const wide = columns.length + (threat ? threat.columns.length : 0) > 5;
  return [
    ...(threat ? [threat.heat] : []),
    {
      t: 'table',
      caption: ctx.w('table.caption', { type: spec.label }),
      columns: [...(threat?.leading ?? []), ctx.w('table.id'), ...columns.map((c) => c.label), ...(threat?.columns ?? [])],
      idColumn: threat?.leading.length ?? 0,
      rows: order.map((b) => ({
        id: b.id,
        cells: [
          ...(threat?.leadingCells(b) ?? []),
          [{ t: 'p', runs: [{ text: printedId(b.id) }] }],
          ...columns.map((c) => {
            const v = b.fields[c.name];
            if (isEmpty(v)) return [];
            return c.name === DUE_FIELD ? withOverdue(ctx, b, valueFlow(ctx, v, c)) : valueFlow(ctx, v, c);
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
  if (!items.length && sectionSpec?.text !== false) items.push({ t: 'empty', text: ctx.w('empty') });
  return { id: s.id, heading: `${s.id} ${sectionSpec?.title ?? s.title}`.trim(), level: sectionSpec?.level ?? 1, items };
}

/** The sections in the template's order (the order a document holds them in), those the template does not define after. */
function sectionsOf(ctx: Ctx): ExportSection[] {
  const order = new Map(ctx.template.sections.map((s, i) => [s.id, i]));
  const rank = (s: Section, i: number) => order.get(s.id) ?? ctx.template.sections.length + i;
  const sections = ctx.model.sections.map((s, i) => ({ s, at: rank(s, i) })).sort((a, b) => a.at - b.at);
  return sections.map(({ s }) => sectionOf(ctx, s));
}
