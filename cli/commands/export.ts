/**
 * `poc export <file.md | docId> --format pdf|docx -o OUT` (issue 16): a
 * document as Word or PDF. A Markdown file is exported here, with the
 * titles of the documents beside it for its links; a file carries no
 * sign-offs, so with `--server` they are fetched from the server and the
 * signature page says whether each one signed exactly this file's content.
 * A document id is exported by the server (`GET /api/docs/:id/export`),
 * which also exports a version of its history (`--at`). Progress goes
 * to the terminal, the file to OUT.
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
import type { TemplateSet } from '../../shared/template/set.js';
import { exportDocx } from '../../server/export/docx.js';
import { exportHtml } from '../../server/export/html.js';
import { PdfPrinter } from '../../server/export/pdf.js';
import { signoffChecker } from './checked-signoffs.js';
import { CommandError, type Out, tokenNeeded } from './command.js';
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
}

/** What was written. */
export interface ExportDone {
  file: string;
  bytes: number;
  ms: number;
  contentHash: string | null;
}

/** What each format is called for a person. */
const FORMAT_NAMES: Record<ExportFormat, string> = { docx: 'Word (.docx)', pdf: 'PDF (.pdf)' };

/**
 * The format to export: `--format`, else the extension of `-o` (.docx or .pdf). Refused, saying what to give, when
 * neither says, or when they disagree (`-o plan.pdf --format docx` would write Word into a file named .pdf).
 */
export function exportFormat(format: ExportFormat | undefined, out: string | undefined): ExportFormat {
  const ext = out ? extname(out).slice(1).toLowerCase() : '';
  const named = EXPORT_FORMATS.find((f) => f === ext);
  if (format && named && format !== named)
    throw new CommandError(`--format ${format} writes ${FORMAT_NAMES[format]}, but -o ${basename(out!)} names a ${FORMAT_NAMES[named]} file. Give -o a name ending in .${format}, or leave out --format to write ${FORMAT_NAMES[named]}.`);
  if (format) return format;
  if (named) return named;
  if (out) throw new CommandError(`Which format should ${basename(out)} be? Give --format docx (Word) or --format pdf, or name the file with -o ending in .docx or .pdf.`);
  throw new CommandError('Say which format to export: --format docx (Word) or --format pdf, or name the file with -o ending in .docx or .pdf.');
}

const sizeWords = (n: number) => (n >= 1024 * 1024 ? `${(n / 1024 / 1024).toFixed(1)} MB` : `${Math.max(1, Math.round(n / 1024))} kB`);

/** Exports as asked and writes the file; fails with a `CommandError` saying what to do. */
export async function exportCommand(o: ExportOptions, out: Out = console.log): Promise<ExportDone> {
  const started = Date.now();
  const format = exportFormat(o.format, o.out);
  if (o.server && !o.token) throw tokenNeeded('Exporting with the server at', o.server);
  const say = o.progress ?? ((line: string) => process.stderr.isTTY && !process.env.CI && process.stderr.write(`${line}\n`));
  const isFile = existsSync(o.source) && statSync(o.source).isFile();
  const client = o.server ? new ApiClient({ baseUrl: o.server, ...(o.token ? { token: o.token } : {}), fetch: o.fetch ?? fetch }) : undefined;
  let bytes: Uint8Array;
  let stem: string;
  let contentHash: string | null;
  if (isFile) {
    if (o.version) throw new CommandError(`--at names a version the server keeps; a file has only its current content. Give the document's id with --server to export a version.`);
    say(`Reading ${o.source}…`);
    const { model, template, titles } = await readFile(o.source, o.templates, o.today);
    let signoffs: SignoffEvidence[] | undefined;
    if (client) {
      say(`Fetching the sign-offs of ${model.meta.id} from ${o.server}…`);
      signoffs = await verifiedHere(client, model).catch((e: unknown) => {
        throw new CommandError(`Could not fetch the sign-offs of "${model.meta.id}": ${e instanceof Error ? e.message : String(e)}`);
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
      bytes = await exportDocx(x, (done, total) => done === total && say(`Laid out ${total} sections.`));
    } else {
      const printer = new PdfPrinter(o.chromium);
      try {
        say(`Printing ${x.sections.length} sections to PDF with Chromium…`);
        bytes = await printer.print(exportHtml(x, o.paper), { paper: o.paper });
      } catch (e) {
        throw new CommandError(e instanceof Error ? e.message : String(e));
      } finally {
        await printer.close();
      }
    }
  } else {
    if (!client) throw new CommandError(`"${o.source}" is not a file here. To export a document from the server, give --server (or POC_SERVER) and your token (POC_TOKEN).`);
    say(`Asking ${o.server} to export "${o.source}"…`);
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
  out(`Wrote ${basename(file)} (${sizeWords(bytes.length)}) in ${(ms / 1000).toFixed(1)} s${contentHash ? `; content ${contentHash.slice(0, 19)}…` : ''}.`);
  return { file, bytes: bytes.length, ms, contentHash };
}

/**
 * The sign-offs the server holds for the file's document, each checked here against this document's id and the
 * file's content (checked-signoffs.ts, as `poc validate --server` checks them): a record that does not verify is shown
 * as not verifying, with why, rather than as a valid sign-off of this copy.
 */
async function verifiedHere(client: ApiClient, model: DocModel): Promise<SignoffEvidence[]> {
  const checked = await (await signoffChecker(client))(model);
  return checked.map((v): SignoffEvidence => (v.state === 'invalid' ? { record: v.record, status: 'invalid', reason: v.reason } : { record: v.record, status: v.state }));
}

/** The document in `file`, its template, and the titles of the POC documents in the same folder (for its links). */
async function readFile(file: string, templates: TemplateSet, today: string) {
  if (isOrdinaryNote(await readText(file, 'utf8')))
    throw new CommandError(
      `${basename(file)} is an ordinary note, not a POC document: only POC documents (notes whose properties include poc-type, made with "poc new" or the plugin) are exported here. ` +
        `Give the file of a threat matrix, strategy or other POC document, or print this note from Obsidian (its own "Export to PDF").`,
    );
  const { report, models } = await validateDocuments([dirname(file)], templates, today);
  const mine = models.find((m) => resolve(m.file) === resolve(file));
  if (!mine) {
    const why = report.documents.find((d) => resolve(d.file) === resolve(file))?.parseError;
    throw new CommandError(`${file} could not be read as a POC document${why ? `: ${why.message}${why.line ? ` (line ${why.line})` : ''}` : ''}. Run "poc validate ${file}" to see why.`);
  }
  const template = templates.find(mine.model.meta.type);
  if (!template) throw new CommandError(`${file} is a "${mine.model.meta.type}" document, for which no template is loaded.`);
  return { model: mine.model, template, titles: new Map(models.map((m) => [m.model.meta.id, m.model.meta.title])) };
}

/** Whether `text` is an ordinary note: no POC properties (poc-id, poc-type). Frontmatter that cannot be read is not taken as ordinary: it may be a POC document's, and the parser says what is wrong. */
function isOrdinaryNote(text: string): boolean {
  const front = readFrontmatter(text);
  if (front) return !front.type && !front.id;
  const firstLine = text.replace(/^\uFEFF/, '').split('\n', 1)[0] ?? '';
  return firstLine.trimEnd() !== '---';
}
