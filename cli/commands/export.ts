/**
 * `poc export <file.md | docId> --format pdf|docx -o OUT` (issue 16): a
 * document as Word or PDF. A Markdown file is exported here, with the
 * titles of the documents beside it for its links; a file carries no
 * sign-offs, so with `--server` they are fetched from the server and the
 * signature page says whether each one signed exactly this file's content.
 * A document id is exported by the server (`GET /api/docs/:id/export`),
 * which also exports a version of its history (`--at`). Progress goes
 * to the terminal, the file to OUT. What it says is in the CLI's language;
 * the exported document is in its own (`documentLocale`).
 */
import { existsSync, statSync } from 'node:fs';
import { mkdir, readFile as readText, writeFile } from 'node:fs/promises';
import { basename, dirname, extname, resolve } from 'node:path';
import { ApiClient, type ApiFetch } from '../../shared/api/client.js';
import { EXPORT_FORMATS, type ExportFormat, type PaperSize } from '../../shared/api/exports.js';
import { exportDocument } from '../../shared/export/build.js';
import type { SignoffEvidence } from '../../shared/export/signature-page.js';
import type { DocModel } from '../../shared/model/types.js';
import { webDocumentUrl } from '../../shared/links/web-link.js';
import { readFrontmatter } from '../../shared/markdown/frontmatter.js';
import { documentLocale } from '../../shared/model/document-locale.js';
import { wordsOf } from '../../shared/i18n/catalogue.js';
import { DEFAULT_LOCALE, intlLocale, type Locale } from '../../shared/i18n/locale.js';
import { cliDocuments } from '../../shared/i18n/messages/cli-documents.js';
import type { TemplateSet } from '../../shared/template/set.js';
import { exportDocx } from '../../server/export/docx.js';
import { exportHtml } from '../../server/export/html.js';
import { PdfPrinter } from '../../server/export/pdf.js';
import { signoffChecker } from './checked-signoffs.js';
import { CommandError, type Out } from './command.js';
import { validateDocuments } from './validate-files.js';

/** What `poc export` is given. */
export interface ExportOptions {
  /** A Markdown file, or a document id on the server. */
  source: string;
  /** Absent: taken from the extension of `out` (`exportFormat`). */
  format?: ExportFormat;
  paper: PaperSize;
  /** Where to write; default `<title>.<format>` in the current folder. */
  out?: string;
  version?: string;
  server?: string;
  token?: string;
  /** The mission's name for the title page (files only: the server prints its own). */
  mission?: string;
  chromium?: string;
  templates: TemplateSet;
  today: string;
  fetch?: ApiFetch;
  /** Where progress goes (default: the terminal's stderr, only when it is one). */
  progress?: Out;
  /** The language of what the command says (progress, the result, refusals); English when absent. */
  locale?: Locale;
}

/** What was written. */
export interface ExportDone {
  file: string;
  bytes: number;
  ms: number;
  contentHash: string | null;
}

/**
 * The format to export: `--format`, else the extension of `-o` (.docx or .pdf). Refused in `locale`, saying what to
 * give, when neither says, or when they disagree (`-o plan.pdf --format docx` would write Word into a file named .pdf).
 */
export function exportFormat(format: ExportFormat | undefined, out: string | undefined, locale: Locale = DEFAULT_LOCALE): ExportFormat {
  const t = wordsOf(cliDocuments, locale);
  const ext = out ? extname(out).slice(1).toLowerCase() : '';
  const named = EXPORT_FORMATS.find((f) => f === ext);
  if (format && named && format !== named)
    throw new CommandError(t('export.formatsDisagree', { format, writes: t(`export.formatName.${format}`), file: basename(out!), named: t(`export.formatName.${named}`) }));
  if (format) return format;
  if (named) return named;
  if (out) throw new CommandError(t('export.formatOfFile', { file: basename(out) }));
  throw new CommandError(t('export.formatNeeded'));
}

/** A number with one decimal as `locale` writes it ("1.5", "1,5"), without grouping (sizes and seconds stay short). */
function oneDecimal(n: number, locale: Locale): string {
  return new Intl.NumberFormat(intlLocale(locale), { minimumFractionDigits: 1, maximumFractionDigits: 1, useGrouping: false }).format(n);
}

/** A file's size in words: megabytes with one decimal from 1 MB, else whole kilobytes (at least 1). */
function sizeWords(n: number, locale: Locale): string {
  const t = wordsOf(cliDocuments, locale);
  // Strings, not numbers: the catalogue would group thousands ("1,023 kB"), which the size never needs.
  return n >= 1024 * 1024 ? t('export.megabytes', { size: oneDecimal(n / 1024 / 1024, locale) }) : t('export.kilobytes', { size: String(Math.max(1, Math.round(n / 1024))) });
}

/** Exports as asked and writes the file, saying so in `o.locale`; fails with a `CommandError` saying what to do. */
export async function exportCommand(o: ExportOptions, out: Out = console.log): Promise<ExportDone> {
  const started = Date.now();
  const locale = o.locale ?? DEFAULT_LOCALE;
  const t = wordsOf(cliDocuments, locale);
  const format = exportFormat(o.format, o.out, locale);
  if (o.server && !o.token) throw new CommandError(t('export.tokenNeeded', { server: o.server }));
  const say = o.progress ?? ((line: string) => process.stderr.isTTY && !process.env.CI && process.stderr.write(`${line}\n`));
  const isFile = existsSync(o.source) && statSync(o.source).isFile();
  // The server answers its refusals in the CLI's language too (Accept-Language).
  const client = o.server ? new ApiClient({ baseUrl: o.server, ...(o.token ? { token: o.token } : {}), fetch: o.fetch ?? fetch, language: () => locale }) : undefined;
  let bytes: Uint8Array;
  let stem: string;
  let contentHash: string | null;
  if (isFile) {
    if (o.version) throw new CommandError(t('export.atOnFile'));
    say(t('export.reading', { file: o.source }));
    const { model, template, titles } = await readFile(o.source, o.templates, o.today, locale);
    let signoffs: SignoffEvidence[] | undefined;
    if (client) {
      say(t('export.fetchingSignoffs', { id: model.meta.id, server: o.server! }));
      signoffs = await verifiedHere(client, model).catch((e: unknown) => {
        throw new CommandError(t('export.signoffsFailed', { id: model.meta.id, problem: e instanceof Error ? e.message : String(e) }));
      });
    }
    const x = exportDocument(model, template, {
      now: new Date().toISOString(),
      ...(o.mission ? { mission: o.mission } : {}),
      ...(signoffs ? { signoffs } : {}),
      documentTitle: (id) => titles.get(id),
      ...(o.server ? { webUrl: (id: string, block?: string) => webDocumentUrl(o.server!, id, block) } : {}),
    });
    stem = x.fileStem;
    contentHash = x.signatures.contentHash;
    if (format === 'docx') {
      bytes = await exportDocx(x, (done, total) => done === total && say(t('export.laidOut', { count: total })));
    } else {
      const printer = new PdfPrinter(o.chromium);
      try {
        say(t('export.printing', { count: x.sections.length }));
        bytes = await printer.print(exportHtml(x, o.paper), { paper: o.paper });
      } catch (e) {
        throw new CommandError(e instanceof Error ? e.message : String(e));
      } finally {
        await printer.close();
      }
    }
  } else {
    if (!client) throw new CommandError(t('export.notAFile', { source: o.source }));
    say(t('export.asking', { server: o.server!, source: o.source }));
    const got = await client.exportFile(o.source, format, { paper: o.paper, ...(o.version ? { version: o.version } : {}) }).catch((e: unknown) => {
      throw new CommandError(e instanceof Error ? e.message : String(e));
    });
    bytes = got.bytes;
    contentHash = got.contentHash;
    // The server's name says which version the file holds ("…-version-signed-2026-11-24"), so two exports do not overwrite each other.
    // Only a plain name is taken from the answer: never a path that would write elsewhere than the current folder.
    const named = got.fileName ? basename(got.fileName).replace(/[^A-Za-z0-9._-]/g, '_').replace(/^\.+/, '').replace(/\.[a-z]+$/i, '') : '';
    stem = named || (o.version ? `${o.source}-version-${o.version}` : o.source);
  }
  const file = resolve(o.out ?? `${stem}.${format}`);
  await mkdir(dirname(file), { recursive: true });
  await writeFile(file, bytes);
  const ms = Date.now() - started;
  const wrote = { file: basename(file), size: sizeWords(bytes.length, locale), seconds: oneDecimal(ms / 1000, locale) };
  out(contentHash ? t('export.wroteHash', { ...wrote, hash: contentHash.slice(0, 19) }) : t('export.wrote', wrote));
  return { file, bytes: bytes.length, ms, contentHash };
}

/**
 * The sign-offs the server holds for the file's document, each checked here against this document's id and the
 * file's content (checked-signoffs.ts, as `poc validate --server` checks them): a record that does not verify is shown
 * as not verifying, with why (in the document's language, as the rest of its signature page), rather than as a valid
 * sign-off of this copy.
 */
async function verifiedHere(client: ApiClient, model: DocModel): Promise<SignoffEvidence[]> {
  const checked = await (await signoffChecker(client, documentLocale(model.meta)))(model);
  return checked.map((v): SignoffEvidence => (v.state === 'invalid' ? { record: v.record, status: 'invalid', reason: v.reason } : { record: v.record, status: v.state }));
}

/** The document in `file`, its template, and the titles of the POC documents in the same folder (for its links); refusals in `locale`. */
async function readFile(file: string, templates: TemplateSet, today: string, locale: Locale) {
  const t = wordsOf(cliDocuments, locale);
  if (isOrdinaryNote(await readText(file, 'utf8'))) throw new CommandError(t('export.ordinaryNote', { file: basename(file) }));
  const { report, models } = await validateDocuments([dirname(file)], templates, today, undefined, locale);
  const mine = models.find((m) => resolve(m.file) === resolve(file));
  if (!mine) {
    const why = report.documents.find((d) => resolve(d.file) === resolve(file))?.parseError;
    // The line as a string: a line number is not grouped ("line 1234").
    throw new CommandError(
      !why ? t('export.unreadable', { file }) : why.line ? t('export.unreadableWhyLine', { file, why: why.message, line: String(why.line) }) : t('export.unreadableWhy', { file, why: why.message }),
    );
  }
  const template = templates.find(mine.model.meta.type);
  if (!template) throw new CommandError(t('export.noTemplate', { file, type: mine.model.meta.type }));
  return { model: mine.model, template, titles: new Map(models.map((m) => [m.model.meta.id, m.model.meta.title])) };
}

/** Whether `text` is an ordinary note: no POC properties (poc-id, poc-type). Frontmatter that cannot be read is not taken as ordinary: it may be a POC document's, and the parser says what is wrong. */
function isOrdinaryNote(text: string): boolean {
  const front = readFrontmatter(text);
  if (front) return !front.type && !front.id;
  const firstLine = text.replace(/^\uFEFF/, '').split('\n', 1)[0] ?? '';
  return firstLine.trimEnd() !== '---';
}
