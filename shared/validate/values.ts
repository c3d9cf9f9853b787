/**
 * Small, allocation-light helpers over model values: is a field filled, what
 * links does rich text hold, what day is a date. Validation runs on every
 * keystroke, so these walk each value once and never build strings they do
 * not need.
 * @internal
 */
import type { FieldValue, Inline, LinkRef, RichBlock, RichText } from '../model/types.js';
import type { FieldKind } from '../template/template-schema.js';
import { shorten } from '../words.js';

const NON_SPACE = /\S/;

/** Whether text holds a non-space character; most text starts with one, which is checked without the pattern. */
function saysSomething(text: string): boolean {
  const c = text.charCodeAt(0);
  return (c > 32 && c < 127) || NON_SPACE.test(text);
}

/** Whether a run of inline content says anything (non-blank text or a link). */
export function inlinesHaveContent(content: readonly Inline[]): boolean {
  for (const i of content) if (i.t === 'link' || saysSomething(i.text)) return true;
  return false;
}

/** Whether one rich block says anything. */
export function richBlockHasContent(b: RichBlock): boolean {
  switch (b.t) {
    case 'p':
      return inlinesHaveContent(b.content);
    case 'ul':
      return b.items.some(inlinesHaveContent);
    case 'raw':
      return saysSomething(b.markdown);
  }
}

/** Whether rich text says anything. */
export function richHasContent(r: RichText): boolean {
  return r.some(richBlockHasContent);
}

/** Calls `visit` for each link inline in a rich block. */
export function forEachLinkInBlock(b: RichBlock, visit: (l: LinkRef) => void): void {
  if (b.t === 'p') {
    for (const i of b.content) if (i.t === 'link') visit(i);
  } else if (b.t === 'ul') {
    for (const item of b.items) for (const i of item) if (i.t === 'link') visit(i);
  }
}

/** The link inlines of a rich-text value, in order (empty for any other value). */
export function linksOf(v: FieldValue | undefined): LinkRef[] {
  const out: LinkRef[] = [];
  if (Array.isArray(v)) for (const b of v) forEachLinkInBlock(b, (l) => out.push(l));
  return out;
}

/**
 * Whether a field value counts as filled for its kind: non-blank text, a
 * number, a boolean, rich text that says something; a link field needs at
 * least one link (a document-level link is a non-blank string).
 */
export function isFilled(v: FieldValue | undefined, kind?: FieldKind): boolean {
  if (v === undefined) return false;
  if (typeof v === 'string') return saysSomething(v);
  if (typeof v === 'number') return Number.isFinite(v);
  if (typeof v === 'boolean') return true;
  if (kind === 'link') {
    for (const b of v) {
      let found = false;
      forEachLinkInBlock(b, () => (found = true));
      if (found) return true;
    }
    return false;
  }
  return richHasContent(v);
}

/** Plain text of a value, for naming things in messages: at most `max` characters, cut at a word and ending in "…" when cut (shared/words.ts `shorten`). */
export function plainText(v: FieldValue | undefined, max = 60): string {
  if (v === undefined) return '';
  if (typeof v !== 'object') return shorten(String(v), max);
  let s = '';
  for (const b of v) {
    if (b.t === 'p') for (const i of b.content) s += i.t === 'text' ? i.text : i.blockId;
    // One character past `max` is enough to know the text was cut.
    if (s.trim().length > max) break;
  }
  return shorten(s, max);
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const MS_PER_DAY = 86_400_000;

/** Days since 1970-01-01 for a real calendar date written YYYY-MM-DD; undefined for anything else (including 2025-02-30). */
export function dayNumber(iso: string): number | undefined {
  const m = ISO_DATE.exec(iso);
  if (!m) return undefined;
  const y = Number(m[1]);
  const mo = Number(m[2]);
  const d = Number(m[3]);
  if (mo < 1 || mo > 12 || d < 1) return undefined;
  const ms = Date.UTC(y, mo - 1, d);
  const back = new Date(ms);
  // Date.UTC rolls 2025-02-30 over to March; a real date survives the round trip.
  if (back.getUTCFullYear() !== y || back.getUTCMonth() !== mo - 1 || back.getUTCDate() !== d) return undefined;
  return Math.round(ms / MS_PER_DAY);
}

/** The YYYY-MM-DD date of a day number (inverse of `dayNumber`). */
export function isoOfDay(day: number): string {
  return new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
}
