/**
 * What an exported document holds, before it is Word or PDF: the cover, the
 * classification marking for every page, the document fields, the sections
 * in template order with their items, and the signature page. Both
 * renderers (server/export/docx.ts, server/export/pdf.ts) draw this one
 * model, so a Word file and a PDF of one version say the same things in the
 * same order. Plain JSON: it crosses into the PDF renderer's page as is.
 */

/** A run of text with its formatting; `href` makes it a hyperlink. */
export interface Run {
  text: string;
  bold?: boolean;
  italic?: boolean;
  code?: boolean;
  href?: string;
}

/** Text as it flows: a paragraph, a bullet list (one line of runs per item), or verbatim Markdown kept as it was typed. */
export type Flow = { t: 'p'; runs: Run[] } | { t: 'ul'; items: Run[][] } | { t: 'pre'; text: string };

/** A labelled value (a document field, a block's field), its value as flowing text. */
export interface ExportField {
  label: string;
  value: Flow[];
  /** A short value (a choice, a rating, a date, a line of text): one paragraph of words, which a compact row runs on. */
  short?: boolean;
}

/** A typed block (a threat, an objective, an action…) in full: its heading and every field that holds something, in template order. */
export interface ExportBlock {
  t: 'block';
  id: string;
  heading: string;
  fields: ExportField[];
  /**
   * The row of a printed table, completed by the fields the table has no column for: drawn compactly (short values on
   * one line, "Label: value · Label: value") under the table rather than as a table of its own, which on a 500-row
   * matrix would be a thousand more boxes to lay out for a few words each.
   */
  compact?: boolean;
}

/** A table of a matrix's rows: a header row, then one row per block (its id first). `wide` asks for a landscape page. */
export interface ExportTable {
  t: 'table';
  caption: string;
  columns: string[];
  /** Which column holds the rows' ids (the header of each row). */
  idColumn: number;
  rows: Array<{ id: string; cells: Flow[][] }>;
  wide: boolean;
}

/** The risk heat map: likelihood 5 (top) to 1, impact 1 to 5 (left to right), each cell with its risk band and how many threats sit in it. */
export interface ExportHeat {
  t: 'heat';
  caption: string;
  rows: Array<Array<{ likelihood: number; impact: number; risk: number; band: string; ids: string[] }>>;
  /** Ids of the threats not rated yet, which no cell holds. */
  unrated: string[];
  /** The key printed under the map: each band's name and score range ("very high risk", "15–25"), lowest first; its colour is the band's. */
  key: Array<{ band: string; words: string; range: string }>;
}

/** What a section holds, in order. */
export type ExportItem = Flow | ExportBlock | ExportTable | ExportHeat | { t: 'empty'; text: string };

/** A section as the template numbers and names it; `level` 1 for a top-level section. */
export interface ExportSection {
  id: string;
  heading: string;
  level: number;
  items: ExportItem[];
}

/** How a sign-off stands against the exported version. */
export type SignatureStanding = 'this-version' | 'other-version' | 'invalid';

/** One line of the signature page. */
export interface ExportSignature {
  /** The line that heads it, saying at once whether it covers this copy: "Head of Office: Approved", "… — of another version, not this one". */
  heading: string;
  office: string;
  person: string;
  decision: string;
  /** Date and time with the time zone, in words. */
  signedAt: string;
  comment: string;
  contentHash: string;
  keyId: string;
  standing: SignatureStanding;
  /** The standing in words: "Valid for this version", "Signed an earlier version: the document changed since", … */
  standingWords: string;
}

/** The whole export. */
export interface ExportDocument {
  /** The document's language (a BCP 47 tag), for the renderers' metadata. */
  lang: string;
  cover: {
    mission?: string;
    typeTitle: string;
    title: string;
    area?: string;
    /** One line: the status this version had, or, when its sign-offs approve exactly it, who approved it and when (approval.ts). */
    status: string;
    /** Printed above the title when the version is not approved ("DRAFT — NOT ENDORSED"); absent on an approved one. */
    draft?: string;
    /** Which version this is, in words ("As it was on 3 Dec 2026, 09:40 UTC", "Version approved by the SRSG…"). */
    version: string;
    /** The day the export was made, in words. */
    date: string;
    docId: string;
    /** Where the document is read in the web workspace, when the server's address is known. */
    url?: string;
  };
  /** The classification marking, in words ("UN Confidential"). */
  marking: string;
  /** What the top and bottom of every page say: the marking in capitals, with the draft marking beside it on a version not approved. */
  pageBand: string;
  /** Whether a contents page is printed (not for a short document, whose sections a reader sees at a glance). */
  contents: boolean;
  fields: ExportField[];
  sections: ExportSection[];
  signatures: {
    /** The content hash of the exported version. */
    contentHash: string;
    rows: ExportSignature[];
    /** Said instead of the rows when there are none, and why. */
    none?: string;
    /** The offices the template asks for that have not approved exactly this version (when the sign-offs are known). */
    stillToSign?: string[];
    /** How a reader checks the signatures, in plain words. */
    howToVerify: string;
  };
  /** A file name for the export, without its extension ("sector-north-threat-matrix", "sector-north-threat-matrix-version-signed-2026-11-24"). */
  fileStem: string;
}
