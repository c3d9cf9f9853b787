/**
 * The mirror's stamp: the last frontmatter line of a file the mirror writes,
 * `poc-state: <16 hex digits>`, the start of the SHA-256 of the canonical
 * JSON of the document model the file was written from.
 *
 * It tells a rendering from an edit. A file whose model hashes to its stamp
 * is exactly what some device's mirror wrote for some state of the document
 * (this device's, or another's delivered by a file sync tool, or an older
 * one); nobody changed it since. Its content is already carried by the
 * server, so merging it again would apply the same change twice (a new
 * paragraph twice) or, if it is older, revert the document. A file whose
 * model differs from its stamp was edited by hand or by a tool after the
 * mirror wrote it (the person keeps the stamp line, but their edit changes
 * the model): that is an edit, and it is merged.
 *
 * The shared parser ignores the key (shared/markdown/frontmatter.ts), so the
 * stamp never enters the document.
 */
import { sha256Hex } from '../../shared/hash/canonical.js';

/** The frontmatter key of the stamp. */
export const STAMP_KEY = 'poc-state';

const FRONTMATTER = /^---\r?\n[\s\S]*?\r?\n---[^\S\r\n]*(?:\r?\n|$)/;
const STAMP_LINE = /^poc-state:[^\S\r\n]*([0-9a-f]{16})[^\S\r\n]*$/m;

/** The stamp of a model, from its canonical JSON. */
export function stampOf(canonical: string): string {
  return sha256Hex(canonical).slice(0, 16);
}

/** The stamp a file's frontmatter carries, if any. */
export function readStamp(text: string): string | undefined {
  const fm = FRONTMATTER.exec(text);
  return fm ? STAMP_LINE.exec(fm[0])?.[1] : undefined;
}

/** The text with its stamp set to `stamp`: the stamp line replaced, or added as the frontmatter's last line. */
export function withStamp(text: string, stamp: string): string {
  const fm = FRONTMATTER.exec(text);
  if (!fm) return text;
  const line = `${STAMP_KEY}: ${stamp}`;
  const head = STAMP_LINE.test(fm[0]) ? fm[0].replace(STAMP_LINE, line) : fm[0].replace(/(\r?\n)---([^\S\r\n]*(?:\r?\n|$))$/, `$1${line}$1---$2`);
  return head + text.slice(fm[0].length);
}
