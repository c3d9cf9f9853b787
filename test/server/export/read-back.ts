// Reading exports back as a reader's tools would: the Word file's document.xml unzipped, the PDF's text through pdftotext (Debian's poppler-utils, installed by .ci/run).
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { unzipSync, strFromU8 } from 'fflate';
import { expect } from 'vitest';

const PDFTOTEXT = '/usr/bin/pdftotext';

/**
 * Exports print block ids with non-breaking hyphens ("T‑1", shared/export/printed-id.ts), which Word keeps and
 * pdftotext gives back as U+2011; read back as the plain hyphen a reader types when searching for "T-1".
 */
export const plainHyphens = (text: string) => text.replace(/\u2011/g, '-');

/** Throws how to install poppler-utils when it is missing (never skipped: the PDF's text is what the tests read). */
export function needPoppler(): void {
  if (!existsSync(PDFTOTEXT)) throw new Error('pdftotext is not installed: apt-get install -y poppler-utils (.ci/run installs it).');
}

/** Every file of a Word document, by path in the zip. */
export function docxParts(bytes: Uint8Array): Record<string, string> {
  return Object.fromEntries(Object.entries(unzipSync(bytes)).map(([k, v]) => [k, strFromU8(v)]));
}

/** The text of an XML part of a Word document, one line per paragraph, XML entities decoded. */
export function wordText(xml: string): string {
  const decode = (s: string) => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');
  return xml
    .split(/<\/w:p>/)
    .map((p) => [...p.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => plainHyphens(decode(m[1]!))).join(''))
    .join('\n');
}

/** Each PDF's text as pdftotext gives it, one entry per page (pdftotext ends every page with a form feed). */
const pageTexts = new WeakMap<Uint8Array, string[]>();

/**
 * The text of a PDF (pdftotext, reading order), or of page `page` alone (1-based), as `pdftotext -f page -l page`
 * gives it. pdftotext reads the whole PDF once per PDF: the pages are cut at its form feeds, which is what it prints
 * when asked for one page, so a test may read every page without running it again for each.
 */
export function pdfText(bytes: Uint8Array, page?: number): string {
  let pages = pageTexts.get(bytes);
  if (!pages) {
    pages = plainHyphens(pdftotext(bytes)).split('\f').slice(0, -1).map((p) => `${p}\f`);
    pageTexts.set(bytes, pages);
  }
  if (page === undefined) return pages.join('');
  return pages[page - 1] ?? '';
}

/** pdftotext's output for a whole PDF. */
function pdftotext(bytes: Uint8Array): string {
  needPoppler();
  const dir = mkdtempSync(join(tmpdir(), 'poc-pdf-'));
  try {
    const file = join(dir, 'x.pdf');
    writeFileSync(file, bytes);
    return execFileSync(PDFTOTEXT, ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The number of pages of a PDF (pdfinfo). */
export function pdfPages(bytes: Uint8Array): number {
  needPoppler();
  const dir = mkdtempSync(join(tmpdir(), 'poc-pdf-'));
  try {
    const file = join(dir, 'x.pdf');
    writeFileSync(file, bytes);
    const info = execFileSync('/usr/bin/pdfinfo', [file], { encoding: 'utf8' });
    return Number(/^Pages:\s+(\d+)/m.exec(info)?.[1]);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Renders pages `first`..`last` of a PDF to PNG files `<prefix>-<n>.png` in `outDir` (pdftoppm); returns their paths. */
export function pdfToPng(bytes: Uint8Array, outDir: string, prefix: string, first: number, last: number): string[] {
  needPoppler();
  const dir = mkdtempSync(join(tmpdir(), 'poc-pdf-'));
  try {
    const file = join(dir, 'x.pdf');
    writeFileSync(file, bytes);
    execFileSync('/usr/bin/pdftoppm', ['-r', '60', '-png', '-f', String(first), '-l', String(last), file, join(outDir, prefix)]);
    return readdirSync(outDir).filter((f) => f.startsWith(`${prefix}-`) && f.endsWith('.png')).sort().map((f) => join(outDir, f));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** White space collapsed, so text wrapped differently on paper compares equal. */
export const squash = (s: string) => s.replace(/\s+/g, ' ').trim();

/** Asserts that each of `needles` occurs in `text` after the previous one (white space collapsed on both sides), naming the first that does not. */
export function expectInOrder(text: string, needles: readonly string[], what: string): void {
  const hay = squash(text);
  let at = 0;
  for (const n of needles) {
    const i = hay.indexOf(squash(n), at);
    expect(i, `${what}: "${n}" is not found after position ${at} (${JSON.stringify(hay.slice(Math.max(0, at - 60), at + 60))})`).toBeGreaterThanOrEqual(0);
    at = i + squash(n).length;
  }
}
