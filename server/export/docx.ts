/**
 * An export as a Word document, with the kept `docx` library: a title page,
 * the contents, the document fields, the sections with Word's own Heading
 * 1–3 styles (so a mission restyles the whole file from its styles), rows
 * as "Table Grid" tables, the heat map as a coloured 5 × 5 table, the
 * signature page, and on every page the classification marking at the top
 * and bottom with "Page X of Y". A section holding a wide table is laid out
 * in landscape. Everything drawn comes from the export model
 * (shared/export), the same one the PDF is drawn from.
 */
import {
  AlignmentType,
  Bookmark,
  Document,
  ExternalHyperlink,
  Footer,
  Header,
  HeadingLevel,
  InternalHyperlink,
  Packer,
  PageBreak,
  PageNumber,
  PageOrientation,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
  type ISectionOptions,
  type ParagraphChild,
} from 'docx';
import type { ExportBlock, ExportDocument, ExportField, ExportHeat, ExportItem, ExportSection, ExportTable, Flow, Run } from '../../shared/export/export-model.js';
import { PAPER_BAND_FILL } from '../../shared/export/marking.js';
import { exportWordsOf, type ExportWords } from '../../shared/export/words.js';

/** Word's own table style, declared so that a mission can restyle every table at once (Word's built-in "Table Grid"). */
const TABLE_GRID = 'TableGrid';
const TABLE_GRID_STYLES = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:style w:type="table" w:styleId="${TABLE_GRID}"><w:name w:val="Table Grid"/><w:uiPriority w:val="39"/><w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr><w:tblPr><w:tblBorders>${['top', 'left', 'bottom', 'right', 'insideH', 'insideV'].map((s) => `<w:${s} w:val="single" w:sz="4" w:space="0" w:color="auto"/>`).join('')}</w:tblBorders><w:tblCellMar><w:left w:w="108" w:type="dxa"/><w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style></w:styles>`;

const HEADINGS = [HeadingLevel.HEADING_1, HeadingLevel.HEADING_2, HeadingLevel.HEADING_3] as const;

/** Bookmark names must be letters, digits and underscores, starting with a letter, at most 40 characters. */
const bookmarkOf = (sectionId: string, n: number) => `s${n}_${sectionId.replace(/[^A-Za-z0-9]/g, '_')}`.slice(0, 40);

function runOf(r: Run): ParagraphChild {
  const text = new TextRun({ text: r.text, bold: r.bold, italics: r.italic, ...(r.code ? { font: 'Consolas' } : {}), ...(r.href ? { style: 'Hyperlink' } : {}) });
  return r.href ? new ExternalHyperlink({ link: r.href, children: [text] }) : text;
}

/** Paragraphs of flowing text (list items as Word bullets). */
function flowParagraphs(flow: readonly Flow[]): Paragraph[] {
  const out: Paragraph[] = [];
  for (const f of flow) {
    if (f.t === 'p') out.push(new Paragraph({ children: f.runs.map(runOf) }));
    else if (f.t === 'ul') for (const item of f.items) out.push(new Paragraph({ children: item.map(runOf), bullet: { level: 0 } }));
    else for (const line of f.text.split('\n')) out.push(new Paragraph({ children: [new TextRun({ text: line, font: 'Consolas' })] }));
  }
  return out;
}

const textCell = (text: string, opts: { bold?: boolean; fill?: string; width?: number } = {}) =>
  new TableCell({
    children: [new Paragraph({ children: [new TextRun({ text, bold: opts.bold })] })],
    ...(opts.fill ? { shading: { type: ShadingType.CLEAR, fill: opts.fill, color: 'auto' } } : {}),
    ...(opts.width ? { width: { size: opts.width, type: WidthType.PERCENTAGE } } : {}),
  });

const flowCell = (flow: readonly Flow[]) => new TableCell({ children: flow.length ? flowParagraphs(flow) : [new Paragraph('')] });

/** Label / value rows: the document fields, a block's fields. */
function fieldTable(fields: readonly ExportField[]): Table {
  return new Table({
    style: TABLE_GRID,
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: fields.map((f) => new TableRow({ cantSplit: false, children: [textCell(f.label, { bold: true, width: 28 }), new TableCell({ children: flowParagraphs(f.value), width: { size: 72, type: WidthType.PERCENTAGE } })] })),
  });
}

/** A table's row completed: its heading, the short values run on one paragraph, then each longer value under its label. */
function compactParts(b: ExportBlock, heading: Paragraph, w: ExportWords): Paragraph[] {
  const short = b.fields.filter((f) => f.short);
  const runs: ParagraphChild[] = [];
  short.forEach((f, i) => {
    runs.push(new TextRun({ text: `${i ? ' · ' : ''}${w('field.label', { label: f.label })}`, bold: true }));
    for (const v of f.value) if (v.t === 'p') runs.push(...v.runs.map(runOf));
  });
  const long = b.fields.filter((f) => !f.short).flatMap((f) => [new Paragraph({ keepNext: true, children: [new TextRun({ text: w('field.labelAlone', { label: f.label }), bold: true })] }), ...flowParagraphs(f.value)]);
  return [heading, ...(runs.length ? [new Paragraph({ children: runs })] : []), ...long, new Paragraph('')];
}

function blockParts(b: ExportBlock, level: number, w: ExportWords): Array<Paragraph | Table> {
  const heading = new Paragraph({ heading: HEADINGS[Math.min(level, 2)], children: [new TextRun(b.heading)], keepNext: true });
  if (b.compact) return compactParts(b, heading, w);
  return b.fields.length ? [heading, fieldTable(b.fields), new Paragraph('')] : [heading];
}

function rowsTable(t: ExportTable): Table {
  return new Table({
    style: TABLE_GRID,
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: [
      new TableRow({ tableHeader: true, children: t.columns.map((c) => textCell(c, { bold: true, fill: 'E7E6E6' })) }),
      ...t.rows.map((r) => new TableRow({ children: r.cells.map(flowCell) })),
    ],
  });
}

function heatTable(heat: ExportHeat, w: ExportWords): Array<Paragraph | Table> {
  const table = new Table({
    style: TABLE_GRID,
    width: { size: 60, type: WidthType.PERCENTAGE },
    rows: [
      new TableRow({ children: [textCell(w('heat.corner'), { bold: true }), ...heat.rows[0]!.map((c) => textCell(String(c.impact), { bold: true }))] }),
      ...heat.rows.map(
        (row) =>
          new TableRow({
            children: [textCell(String(row[0]!.likelihood), { bold: true }), ...row.map((c) => textCell(c.ids.length ? `${c.ids.length} (${c.risk})` : '', { fill: PAPER_BAND_FILL[c.band] }))],
          }),
      ),
    ],
  });
  return [
    new Paragraph({ children: [new TextRun({ text: heat.caption, italics: true })], keepNext: true }),
    table,
    heatKey(heat, w),
    ...(heat.unrated.length ? [new Paragraph(w('heat.unrated', { ids: heat.unrated.join(', ') }))] : []),
    new Paragraph(''),
  ];
}

/** The key under the heat map: one cell per band in its colour, with its name and score range. */
function heatKey(heat: ExportHeat, w: ExportWords): Table {
  return new Table({
    style: TABLE_GRID,
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: [new TableRow({ children: [textCell(w('heat.key'), { bold: true }), ...heat.key.map((k) => textCell(w('heat.keyItem', { band: k.words, range: k.range }), { fill: PAPER_BAND_FILL[k.band] }))] })],
  });
}

function itemParts(item: ExportItem, level: number, w: ExportWords): Array<Paragraph | Table> {
  switch (item.t) {
    case 'p':
    case 'ul':
    case 'pre':
      return flowParagraphs([item]);
    case 'block':
      return blockParts(item, level, w);
    case 'table':
      return [new Paragraph({ children: [new TextRun({ text: item.caption, italics: true })], keepNext: true }), rowsTable(item), new Paragraph('')];
    case 'heat':
      return heatTable(item, w);
    case 'empty':
      return [new Paragraph({ children: [new TextRun({ text: item.text, italics: true })] })];
  }
}

function sectionParts(s: ExportSection, n: number, w: ExportWords): Array<Paragraph | Table> {
  const heading = new Paragraph({ heading: HEADINGS[Math.min(s.level - 1, 2)], children: [new Bookmark({ id: bookmarkOf(s.id, n), children: [new TextRun(s.heading)] })], keepNext: true });
  return [heading, ...s.items.flatMap((i) => itemParts(i, s.level, w))];
}

function coverParts(x: ExportDocument, w: ExportWords): Array<Paragraph | Table> {
  const c = x.cover;
  const line = (label: string, value: string | undefined) => (value ? [new Paragraph({ spacing: { after: 80 }, children: [new TextRun({ text: w('field.label', { label }), bold: true }), new TextRun(value)] })] : []);
  return [
    ...(c.draft ? [new Paragraph({ spacing: { after: 240 }, children: [new TextRun({ text: c.draft, bold: true, size: 32 })] })] : []),
    ...(c.mission ? [new Paragraph({ alignment: AlignmentType.LEFT, spacing: { before: 2400, after: 240 }, children: [new TextRun({ text: c.mission, size: 28, bold: true })] })] : [new Paragraph({ spacing: { before: 2400 } })]),
    new Paragraph({ spacing: { after: 120 }, children: [new TextRun({ text: c.typeTitle, size: 28 })] }),
    new Paragraph({ heading: HeadingLevel.TITLE, spacing: { after: 480 }, children: [new TextRun(c.title)] }),
    ...line(w('cover.area'), c.area),
    ...line(w('cover.status'), c.status),
    ...line(w('cover.version'), c.version),
    ...line(w('cover.exported'), c.date),
    ...line(w('cover.classification'), x.marking),
    ...line(w('cover.docId'), c.docId),
    ...(c.url ? [new Paragraph({ children: [new TextRun({ text: w('field.label', { label: w('cover.online') }), bold: true }), new ExternalHyperlink({ link: c.url, children: [new TextRun({ text: c.url, style: 'Hyperlink' })] })] })] : []),
  ];
}

/** The contents: each section heading, indented by level, linking to it (a list that reads in any word processor, with no fields to update). */
function contentsParts(x: ExportDocument, w: ExportWords): Paragraph[] {
  return [
    new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun(w('contents'))] }),
    ...x.sections.map((s, n) => new Paragraph({ indent: { left: 360 * (s.level - 1) }, children: [new InternalHyperlink({ anchor: bookmarkOf(s.id, n), children: [new TextRun({ text: s.heading, style: 'Hyperlink' })] })] })),
    new Paragraph({ indent: { left: 0 }, children: [new InternalHyperlink({ anchor: 'signatures', children: [new TextRun({ text: w('signoffs'), style: 'Hyperlink' })] })] }),
  ];
}

function signatureParts(x: ExportDocument, w: ExportWords): Array<Paragraph | Table> {
  const s = x.signatures;
  const out: Array<Paragraph | Table> = [new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new Bookmark({ id: 'signatures', children: [new TextRun(w('signoffs'))] })] })];
  if (s.none) out.push(new Paragraph(s.none));
  for (const r of s.rows) {
    out.push(
      new Paragraph({ heading: HeadingLevel.HEADING_3, keepNext: true, children: [new TextRun(r.heading)] }),
      fieldTable(
        [
          [w('sign.by'), r.person],
          [w('sign.when'), r.signedAt],
          [w('sign.comment'), r.comment],
          [w('sign.hash'), r.contentHash],
          [w('sign.key'), r.keyId],
          [w('sign.against'), r.standingWords],
        ]
          .filter(([, v]) => v)
          .map(([label, v]) => ({ label: label!, value: [{ t: 'p', runs: [{ text: v!, ...(label === w('sign.against') ? { bold: true } : {}) }] }] })),
      ),
      new Paragraph(''),
    );
  }
  if (s.stillToSign) out.push(new Paragraph({ children: [new TextRun({ text: w('sign.still', { offices: s.stillToSign.join(', ') }), bold: true })] }));
  out.push(new Paragraph({ children: [new TextRun({ text: s.howToVerify, italics: true })] }));
  return out;
}

function pageFurniture(band: string, w: ExportWords): Pick<ISectionOptions, 'headers' | 'footers'> {
  const mark = () => new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ text: band, bold: true })] });
  return {
    headers: { default: new Header({ children: [mark()] }) },
    footers: {
      default: new Footer({
        children: [mark(), new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ children: pageNumberParts(w) })] })],
      }),
    },
  };
}

/** "Page X of Y" in the export's language, its numbers Word's fields (the sentence is split around them, not glued from pieces). */
function pageNumberParts(w: ExportWords): string[] {
  const text = w('page.number', { page: '\u0000P\u0000', pages: '\u0000T\u0000' });
  return text.split('\u0000').filter(Boolean).map((part) => (part === 'P' ? PageNumber.CURRENT : part === 'T' ? PageNumber.TOTAL_PAGES : part));
}

const isWide = (s: ExportSection) => s.items.some((i) => i.t === 'table' && i.wide);

/** The Word document of an export, as bytes; `onProgress` is told each section as it is laid out. */
export async function exportDocx(x: ExportDocument, onProgress?: (done: number, total: number) => void): Promise<Uint8Array> {
  const w = exportWordsOf(x.lang);
  const furniture = pageFurniture(x.pageBand, w);
  const portrait = { page: { size: { orientation: PageOrientation.PORTRAIT } } };
  const landscape = { page: { size: { orientation: PageOrientation.LANDSCAPE } } };
  const sections: ISectionOptions[] = [
    { properties: portrait, ...furniture, children: [...coverParts(x, w), new Paragraph({ children: [new PageBreak()] }), ...(x.contents ? contentsParts(x, w) : []), ...(x.fields.length ? [new Paragraph(''), fieldTable(x.fields)] : [])] },
  ];
  // Consecutive sections share a Word section while their orientation is the same, so pages are not broken for nothing.
  let run: { wide: boolean; children: Array<Paragraph | Table> } | undefined;
  const flush = () => run && sections.push({ properties: run.wide ? landscape : portrait, ...furniture, children: run.children });
  x.sections.forEach((s, n) => {
    const wide = isWide(s);
    if (!run || run.wide !== wide) {
      flush();
      run = { wide, children: [] };
    }
    run.children.push(...sectionParts(s, n, w));
    onProgress?.(n + 1, x.sections.length);
  });
  flush();
  sections.push({ properties: portrait, ...furniture, children: signatureParts(x, w) });
  const doc = new Document({
    creator: 'POC Workspace',
    title: w('doc.title', { type: x.cover.typeTitle, title: x.cover.title }),
    description: w('doc.description', { date: x.cover.date, marking: x.marking }),
    // Given as external styles, which docx merges with its default ones (Title, Heading 1–3, Hyperlink…).
    externalStyles: TABLE_GRID_STYLES,
    sections,
  });
  return new Uint8Array(await Packer.toBuffer(doc));
}
