/**
 * A place in a document, by ids: what diagnostics, link checks, merge
 * reports and the editor's "jump to" all point at.
 */

/** Where something points: a section, a block in it, a field of that block (or of the document, when no block). */
export interface Location {
  section?: string;
  block?: string;
  field?: string;
}
