/**
 * `poc validate <file-or-folder>…`: validates Markdown mirrors. Folders are
 * searched for POC documents (files whose frontmatter has poc-type), and
 * cross-links between the documents found are resolved.
 */
import { readdir, readFile, stat } from 'node:fs/promises';
import { basename, join, relative, sep } from 'node:path';
import { LinkIndex } from '../../shared/links/index.js';
import { parseMarkdown, readFrontmatter, vaultLinkOptions } from '../../shared/markdown/index.js';
import type { DocModel } from '../../shared/model/types.js';
import type { TemplateSet } from '../../shared/template/set.js';
import type { Diagnostic } from '../../shared/validate/diagnostic.js';
import { sortDiagnostics } from '../../shared/validate/diagnostic.js';
import { validate } from '../../shared/validate/index.js';
import { progress } from '../progress.js';

export interface DocumentReport {
  file: string;
  id?: string;
  type?: string;
  title?: string;
  /** Set when the file could not be read as a POC document at all. */
  parseError?: { line?: number; message: string };
  diagnostics: Diagnostic[];
}

export interface ValidateReport {
  documents: DocumentReport[];
  summary: { documents: number; errors: number; warnings: number; info: number };
}

async function collect(paths: readonly string[]): Promise<{ files: string[]; missing: string[]; roots: Map<string, string> }> {
  const files: string[] = [];
  const missing: string[] = [];
  /** The folder named on the command line that each file was found in (a vault root, for path-style links). */
  const roots = new Map<string, string>();
  const walk = async (dir: string, root: string) => {
    for (const e of (await readdir(dir, { withFileTypes: true })).sort((a, b) => a.name.localeCompare(b.name))) {
      if (e.name.startsWith('.') || e.name === 'node_modules') continue;
      const p = join(dir, e.name);
      if (e.isDirectory()) await walk(p, root);
      else if (e.name.endsWith('.md')) {
        files.push(p);
        roots.set(p, root);
      }
    }
  };
  for (const p of paths) {
    const s = await stat(p).catch(() => undefined);
    if (!s) missing.push(p);
    else if (s.isDirectory()) await walk(p, p);
    else files.push(p);
  }
  return { files, missing, roots };
}

/** A file's path as its vault sees it: relative to the folder named on the command line ("/"-separated), else its base name. */
function vaultPath(file: string, roots: ReadonlyMap<string, string>): string {
  const root = roots.get(file);
  return root ? relative(root, file).split(sep).join('/') : basename(file);
}

/** Reads, parses and validates every POC document under `paths`. Files named explicitly must be POC documents; in folders, other notes are skipped. */
export async function validatePaths(paths: readonly string[], templates: TemplateSet, today: string): Promise<ValidateReport> {
  const { files, missing, roots } = await collect(paths);
  const explicit = new Set(paths);
  const reports: DocumentReport[] = missing.map((file) => ({ file, parseError: { message: 'No such file or folder.' }, diagnostics: [] }));
  const parsed: Array<{ report: DocumentReport; model: DocModel }> = [];
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
    docs.flatMap((d) => (d.id ? [{ path: vaultPath(d.file, roots), docId: d.id }] : [])),
    files.map((f) => vaultPath(f, roots)),
  );
  for (const { file, text } of docs) {
    const r = parseMarkdown(text, templates, file, { resolveLink });
    if (!r.ok) {
      reports.push({ file, parseError: { line: r.error.line, message: r.error.message }, diagnostics: [] });
      continue;
    }
    const report: DocumentReport = { file, id: r.model.meta.id, type: r.model.meta.type, title: r.model.meta.title, diagnostics: [] };
    reports.push(report);
    parsed.push({ report, model: r.model });
  }
  bar.done();
  const index = LinkIndex.build(
    parsed.map((p) => p.model),
    templates,
  );
  const seen = new Map<string, string>();
  for (const { report, model } of parsed) {
    const template = templates.get(model.meta.type);
    const dup = seen.get(model.meta.id);
    seen.set(model.meta.id, report.file);
    report.diagnostics = sortDiagnostics(
      [
        ...validate(model, template, {
          today,
          resolve: (docId, blockId) => index.resolve(docId, blockId),
          resolveDocument: (docId) => index.document(docId),
        }),
        ...(dup ? [{ severity: 'error' as const, code: 'duplicate-document-id', message: `Another file (${dup}) has the same poc-id "${model.meta.id}"; give one of them a new id.`, location: {} }] : []),
      ],
      template.sections.map((s) => s.id),
    );
  }
  const all = reports.flatMap((r) => r.diagnostics);
  return {
    documents: reports,
    summary: {
      documents: reports.length,
      errors: all.filter((d) => d.severity === 'error').length + reports.filter((r) => r.parseError).length,
      warnings: all.filter((d) => d.severity === 'warning').length,
      info: all.filter((d) => d.severity === 'info').length,
    },
  };
}

const ICON = { error: '✖', warning: '▲', info: 'ℹ' } as const;

/** The report as text for people: grouped by document, then section. Info diagnostics only with `verbose`. */
export function formatReport(report: ValidateReport, templates: TemplateSet, opts: { cwd: string; verbose?: boolean }): string {
  const out: string[] = [];
  for (const doc of report.documents) {
    const file = relative(opts.cwd, doc.file) || doc.file;
    if (doc.parseError) {
      out.push(`${file}${doc.parseError.line ? `:${doc.parseError.line}` : ''}`, `  ${ICON.error} ${doc.parseError.message}`, '');
      continue;
    }
    const shown = doc.diagnostics.filter((d) => opts.verbose || d.severity !== 'info');
    const counts = (['error', 'warning'] as const).map((s) => [s, doc.diagnostics.filter((d) => d.severity === s).length] as const);
    const status = counts[0][1] + counts[1][1] === 0 ? '✔ no problems' : counts.map(([s, n]) => `${n} ${s}${n === 1 ? '' : 's'}`).join(', ');
    out.push(`${file} — ${doc.title} (${doc.type}, ${doc.id}): ${status}`);
    const template = templates.find(doc.type ?? '');
    let section: string | undefined | null = null;
    for (const d of shown) {
      if (d.location.section !== section) {
        section = d.location.section;
        const title = template?.sections.find((s) => s.id === section)?.title;
        out.push(section ? `  § ${section}${title ? ` ${title}` : ''}` : '  Document');
      }
      const where = [d.location.block, d.location.field].filter(Boolean).join(' › ');
      out.push(`    ${ICON[d.severity]} ${where ? `${where}: ` : ''}${d.message} [${d.code}]`);
    }
    out.push('');
  }
  const s = report.summary;
  out.push(`${s.documents} document${s.documents === 1 ? '' : 's'}: ${s.errors} error${s.errors === 1 ? '' : 's'}, ${s.warnings} warning${s.warnings === 1 ? '' : 's'}.`);
  return out.join('\n');
}
