/**
 * A block id as printed: its hyphens made non-breaking (U+2011), so that
 * "T-1" is never split over two lines of a table cell or a heading, which
 * on paper reads as two things ("T-" and "1"). Only the printed text
 * changes: link targets and anchors keep the id as it is.
 */

/** The non-breaking hyphen printed inside block ids. */
export const NON_BREAKING_HYPHEN = '\u2011';

/** `id` with every hyphen made non-breaking ("T-1" → "T‑1"). */
export function printedId(id: string): string {
  return id.replace(/-/g, NON_BREAKING_HYPHEN);
}
