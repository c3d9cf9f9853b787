/**
 * `poc validate <file-or-folder>…`: validates Markdown mirrors. Folders are
 * searched for POC documents (files whose frontmatter has poc-type), and
 * cross-links between the documents found are resolved.
 *
 * A file named on its own links to documents it was not given: to resolve
 * those links, the POC documents of its vault are read too (the nearest
 * folder above it holding `.obsidian`, else the file's own folder, with
 * its subfolders), only for their ids and blocks; their own problems are
 * not reported. The report says which folder was read (`linkIndex`).
 */
import { readdir, readFile, stat } from 'node:fs/promises';
import { basename, dirname, join, relative, resolve, sep } from 'node:path';
import { LinkIndex } from '../../shared/links/index.js';
import { parseMarkdown, readFrontmatter, vaultLinkOptions } from '../../shared/markdown/index.js';
import type { DocModel } from '../../shared/model/types.js';
import type { TemplateSet } from '../../shared/template/set.js';
import type { Diagnostic } from '../../shared/validate/diagnostic.js';
import { sortDiagnostics } from '../../shared/validate/diagnostic.js';
import { validate } from '../../shared/validate/index.js';
import { translate, wordsOf } from '../../shared/i18n/catalogue.js';
import { DEFAULT_LOCALE, type Locale } from '../../shared/i18n/locale.js';
import { cliDocuments } from '../../shared/i18n/messages/cli-documents.js';
import { cliOutput } from '../../shared/i18n/messages/cli-output.js';
import { localizeTemplate } from '../../shared/template/localize.js';
import { progress } from '../progress.js';
import type { SignoffSource } from './server-signoffs.js';

export interface DocumentReport {
  file: string;
  id?: string;
  type?: string;
  title?: string;
  /** Set when the file could not be read as a POC document at all. */
  parseError?: { line?: number; message: string };
  diagnostics: Diagnostic[];
}

/** A folder whose POC documents were read to resolve the links of files named on their own. */
export interface IndexedFolder {
  /** Absolute path of the folder. */
  folder: string;
  /** "vault": the nearest folder above the file holding `.obsidian`; "folder": no vault was found, so the file's own folder. */
  kind: 'vault' | 'folder';
  /** POC documents read there for their ids and blocks, besides the files validated. */
  documents: number;
  /** How many of those could not be read as POC documents (validate the folder to see why); their links do not resolve. */
  unreadable: number;
  /** Set when the folder held more notes than are read (MAX_INDEXED_NOTES): links to the rest may show as unresolved. */
  truncated?: boolean;
}

export interface ValidateReport {
  documents: DocumentReport[];
  summary: { documents: number; errors: number; warnings: number; info: number };
  /** Present when files were named on their own: where their links were resolved. */
  linkIndex?: IndexedFolder[];
  /** Present with `--server`: the server whose sign-offs were read. */
  signoffsFrom?: string;
}

/** Where the sign-offs of the documents come from: a server (`--server`), named for the report; without one they are not known. */
export interface SignoffOption {
  server: string;
  source: SignoffSource;
}

/** At most this many notes are read from one vault for its link index, so a file in a huge folder (a home folder) still validates. */
export const MAX_INDEXED_NOTES = 20_000;

/** The Markdown files under `dir` (not in dot folders or node_modules), in name order, at most `limit`. */
async function markdownFiles(dir: string, limit = Infinity): Promise<{ files: string[]; truncated: boolean }> {
  const files: string[] = [];
  let truncated = false;
  const walk = async (d: string): Promise<void> => {
    // An unreadable folder (no permission) holds nothing we can index; it is not the user's question.
    const entries = await readdir(d, { withFileTypes: true }).catch(() => []);
    for (const e of entries.sort((a, b) => a.name.localeCompare(b.name))) {
      if (files.length >= limit) {
        truncated = true;
        return;
      }
      if (e.name.startsWith('.') || e.name === 'node_modules') continue;
      const p = join(d, e.name);
      if (e.isDirectory()) await walk(p);
      else if (e.name.endsWith('.md')) files.push(p);
    }
  };
  await walk(dir);
  return { files, truncated };
}

async function isDirectory(p: string): Promise<boolean> {
  return (await stat(p).catch(() => undefined))?.isDirectory() ?? false;
}

/** The vault of a file: the nearest folder above it holding `.obsidian`, else the file's own folder. */
async function vaultOf(file: string): Promise<{ folder: string; kind: IndexedFolder['kind'] }> {
  const own = dirname(resolve(file));
  for (let d = own; ; d = dirname(d)) {
    if (await isDirectory(join(d, '.obsidian'))) return { folder: d, kind: 'vault' };
    if (dirname(d) === d) return { folder: own, kind: 'folder' };
  }
}

async function collect(paths: readonly string[]): Promise<{ files: string[]; missing: string[]; roots: Map<string, string>; explicit: string[] }> {
  const files: string[] = [];
  const missing: string[] = [];
  const explicit: string[] = [];
  /** The folder named on the command line that each file was found in (a vault root, for path-style links). */
  const roots = new Map<string, string>();
  for (const p of paths) {
    const s = await stat(p).catch(() => undefined);
    if (!s) missing.push(p);
    else if (s.isDirectory()) {
      for (const f of (await markdownFiles(p)).files) {
        files.push(f);
        roots.set(f, p);
      }
    } else {
      files.push(p);
      explicit.push(p);
    }
  }
  return { files, missing, roots, explicit };
}

/** A POC document read only for the link index. */
interface ContextDoc {
  file: string;
  text: string;
  id?: string;
  folder: IndexedFolder;
}

/**
 * The POC documents of the vaults of the files named on their own, except
 * the files validated: read for the link index only. Sets each named
 * file's root to its vault, so path-style links resolve as in Obsidian.
 */
async function vaultContext(explicit: readonly string[], validated: readonly string[], roots: Map<string, string>): Promise<{ docs: ContextDoc[]; notes: string[]; folders: IndexedFolder[] }> {
  const folders = new Map<string, IndexedFolder>();
  for (const file of explicit) {
    const vault = await vaultOf(file);
    roots.set(file, vault.folder);
    if (!folders.has(vault.folder)) folders.set(vault.folder, { ...vault, documents: 0, unreadable: 0 });
  }
  const skip = new Set(validated.map((f) => resolve(f)));
  const docs: ContextDoc[] = [];
  const notes: string[] = [];
  for (const folder of folders.values()) {
    const { files, truncated } = await markdownFiles(folder.folder, MAX_INDEXED_NOTES);
    if (truncated) folder.truncated = true;
    for (const file of files) {
      if (skip.has(file)) continue;
      skip.add(file); // a note in two vaults (one inside the other) is read once
      roots.set(file, folder.folder);
      notes.push(file);
      const text = await readFile(file, 'utf8').catch(() => undefined);
      const front = text === undefined ? undefined : readFrontmatter(text);
      if (text === undefined || !front?.type) continue;
      docs.push({ file, text, id: front.id, folder });
      folder.documents++;
    }
  }
  return { docs, notes, folders: [...folders.values()] };
}

/** A file's path as its vault sees it: relative to the folder named on the command line ("/"-separated), else its base name. */
function vaultPath(file: string, roots: ReadonlyMap<string, string>): string {
  const root = roots.get(file);
  return root ? relative(root, file).split(sep).join('/') : basename(file);
}

/**
 * Reads, parses and validates every POC document under `paths`. Files named explicitly must be POC documents; in
 * folders, other notes are skipped. Findings are written in `locale` (English by default).
 */
export async function validatePaths(paths: readonly string[], templates: TemplateSet, today: string, signoffs?: SignoffOption, locale: Locale = DEFAULT_LOCALE): Promise<ValidateReport> {
  return (await validateDocuments(paths, templates, today, signoffs, locale)).report;
}

/** As `validatePaths`, with the models of the documents that could be read (for `poc picture`, which reads their content as well as their findings). */
export async function validateDocuments(
  paths: readonly string[],
  templates: TemplateSet,
  today: string,
  signoffs?: SignoffOption,
  locale: Locale = DEFAULT_LOCALE,
): Promise<{ report: ValidateReport; models: Array<{ file: string; model: DocModel; diagnostics: Diagnostic[] }> }> {
  const { files, missing, roots, explicit: named } = await collect(paths);
  const explicit = new Set(named);
  const context = named.length ? await vaultContext(named, files, roots) : undefined;
  const reports: DocumentReport[] = missing.map((file) => ({ file, parseError: { message: translate(cliDocuments, locale, 'validate.noSuchPath') }, diagnostics: [] }));
  const parsed: Array<{ report: DocumentReport; model: DocModel; notes: Diagnostic[] }> = [];
  const bar = progress(files.length);
  const docs: Array<{ file: string; text: string; id?: string }> = [];
  for (const file of files) {
    bar.tick(file);
    const text = await readFile(file, 'utf8');
    const front = readFrontmatter(text);
    if (!explicit.has(file) && !front?.type) continue; // an ordinary note in the vault
    docs.push({ file, text, id: front?.id });
  }
  const { resolveLink } = vaultLinkOptions(
    [...docs, ...(context?.docs ?? [])].flatMap((d) => (d.id ? [{ path: vaultPath(d.file, roots), docId: d.id }] : [])),
    [...files, ...(context?.notes ?? [])].map((f) => vaultPath(f, roots)),
  );
  /** Documents that could not be read, by poc-id: links into them are reported once per linking document. */
  const unreadable = new Map<string, string>();
  for (const { file, text, id } of docs) {
    const r = parseMarkdown(text, templates, file, { resolveLink });
    if (!r.ok) {
      if (id && !unreadable.has(id)) unreadable.set(id, vaultPath(file, roots));
      reports.push({ file, parseError: { line: r.error.line, message: r.error.message }, diagnostics: [] });
      continue;
    }
    const report: DocumentReport = { file, id: r.model.meta.id, type: r.model.meta.type, title: r.model.meta.title, diagnostics: [] };
    reports.push(report);
    parsed.push({ report, model: r.model, notes: r.notes });
  }
  const others: DocModel[] = [];
  for (const c of context?.docs ?? []) {
    const r = parseMarkdown(c.text, templates, c.file, { resolveLink });
    if (r.ok) others.push(r.model);
    else {
      c.folder.unreadable++;
      if (c.id && !unreadable.has(c.id)) unreadable.set(c.id, vaultPath(c.file, roots));
    }
  }
  bar.done();
  // The validated documents come first: where another note of the vault has the same id, theirs is the one linked to.
  const index = LinkIndex.build([...parsed.map((p) => p.model), ...others], templates);
  const lookups = index.validationLookups();
  const seen = new Map<string, string>();
  for (const { report, model, notes } of parsed) {
    const template = templates.get(model.meta.type);
    const dup = seen.get(model.meta.id);
    seen.set(model.meta.id, report.file);
    // One document at a time, so a large vault does not run into the server's rate limit.
    const known = signoffs ? await signoffs.source(model) : undefined;
    report.diagnostics = sortDiagnostics(
      [
        ...notes,
        ...(known && 'note' in known ? [known.note] : []),
        ...validate(model, template, {
          today,
          locale,
          ...lookups,
          unreadable: (docId) => (index.document(docId) ? undefined : unreadable.get(docId)),
          ...(known && !('note' in known) ? known : {}),
        }),
        ...(dup ? [{ severity: 'error' as const, code: 'duplicate-document-id', message: translate(cliOutput, locale, 'validate.duplicateId', { file: dup, id: model.meta.id }), location: {} }] : []),
      ],
      template.sections.map((s) => s.id),
    );
  }
  const all = reports.flatMap((r) => r.diagnostics);
  const models = parsed.map(({ report, model }) => ({ file: report.file, model, diagnostics: report.diagnostics }));
  const report: ValidateReport = {
    documents: reports,
    summary: {
      documents: reports.length,
      errors: all.filter((d) => d.severity === 'error').length + reports.filter((r) => r.parseError).length,
      warnings: all.filter((d) => d.severity === 'warning').length,
      info: all.filter((d) => d.severity === 'info').length,
    },
    ...(context ? { linkIndex: context.folders } : {}),
    ...(signoffs ? { signoffsFrom: signoffs.server } : {}),
  };
  return { report, models };
}

/** One line saying where the links of files named on their own were resolved. */
function indexedLine(f: IndexedFolder, cwd: string, locale: Locale): string {
  const t = wordsOf(cliOutput, locale);
  const where = relative(cwd, f.folder) || '.';
  return [
    t(f.kind === 'vault' ? 'validate.linksVault' : 'validate.linksFolder', { count: f.documents, where }),
    ...(f.unreadable ? [t('validate.linksUnreadable', { count: f.unreadable, where })] : []),
    // A string, not a number: the limit is written as the code says it, not with a thousands separator.
    ...(f.truncated ? [t('validate.linksTruncated', { max: String(MAX_INDEXED_NOTES) })] : []),
  ].join(' ');
}

const ICON = { error: '✖', warning: '▲', info: 'ℹ' } as const;

/** The report as text for people, in `locale` (English by default): grouped by document, then section. Info diagnostics only with `verbose`. */
export function formatReport(report: ValidateReport, templates: TemplateSet, opts: { cwd: string; verbose?: boolean; locale?: Locale }): string {
  const locale = opts.locale ?? DEFAULT_LOCALE;
  const t = wordsOf(cliOutput, locale);
  const out: string[] = [];
  for (const doc of report.documents) {
    const file = relative(opts.cwd, doc.file) || doc.file;
    if (doc.parseError) {
      out.push(`${file}${doc.parseError.line ? `:${doc.parseError.line}` : ''}`, `  ${ICON.error} ${doc.parseError.message}`, '');
      continue;
    }
    const shown = doc.diagnostics.filter((d) => opts.verbose || d.severity !== 'info');
    const errors = doc.diagnostics.filter((d) => d.severity === 'error').length;
    const warnings = doc.diagnostics.filter((d) => d.severity === 'warning').length;
    const status = errors + warnings === 0 ? t('validate.clean') : t('validate.status', { errors: t('validate.errors', { count: errors }), warnings: t('validate.warnings', { count: warnings }) });
    out.push(`${file} — ${doc.title} (${doc.type}, ${doc.id}): ${status}`);
    const found = templates.find(doc.type ?? '');
    const template = found && localizeTemplate(found, locale);
    let section: string | undefined | null = null;
    for (const d of shown) {
      if (d.location.section !== section) {
        section = d.location.section;
        const title = template?.sections.find((s) => s.id === section)?.title;
        out.push(section ? `  § ${section}${title ? ` ${title}` : ''}` : `  ${t('validate.documentPlace')}`);
      }
      const where = [d.location.block, d.location.field].filter(Boolean).join(' › ');
      out.push(`    ${ICON[d.severity]} ${where ? `${where}: ` : ''}${d.message} [${d.code}]`);
    }
    out.push('');
  }
  for (const f of report.linkIndex ?? []) out.push(indexedLine(f, opts.cwd, locale));
  if (report.signoffsFrom) out.push(t('validate.signoffsFrom', { server: report.signoffsFrom }));
  const s = report.summary;
  out.push(t('validate.summary', { count: s.documents, errors: t('validate.errors', { count: s.errors }), warnings: t('validate.warnings', { count: s.warnings }) }));
  return out.join('\n');
}
