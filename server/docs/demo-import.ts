/**
 * First start: a new, empty store imports the demo vault's documents, so a
 * newcomer who connects sees real examples: the English ones and their
 * French copies (demo-vault/Français), which name their English original
 * (`translation-of`) so that a mission picture counts each threat once, in
 * the reader's language (shared/picture/translations.ts). Runs once per store (a setting
 * remembers it); a missing demo folder or a POC document that does not
 * parse is logged as a warning (naming the file and the problem) and
 * skipped, never fatal; other notes are skipped quietly.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import type { Logger } from 'pino';
import * as Y from 'yjs';
import { parseMarkdown, readFrontmatter, vaultLinkOptions } from '../../shared/markdown/index.js';
import type { TemplateSet } from '../../shared/template/set.js';
import { writeModel } from '../../shared/ydoc/layout.js';
import { checkDocId } from '../auth/names.js';
import type { Storage } from '../storage/storage.js';

const DONE = 'demo-vault-imported';

/**
 * The Markdown notes of a vault, as paths relative to it ("Français/Stratégie POC 2026–2027.md"), folders included
 * (the French demo copies are in "Français"), hidden ones left out (".obsidian", the plugin's). Sorted: the top
 * folder's English documents first, as before the French copies were imported.
 */
async function markdownFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((e) => e.isFile() && e.name.endsWith('.md'))
    .map((e) => relative(dir, join(e.parentPath, e.name)).split(sep).join('/'))
    .filter((path) => !path.split('/').some((part) => part.startsWith('.')))
    .sort((a, b) => a.split('/').length - b.split('/').length || (a < b ? -1 : a > b ? 1 : 0));
}

/** Imports every POC document of `dir` into the store if the store has never imported and holds no documents. Returns the ids imported. */
export async function importDemoVault(storage: Storage, dir: string | null, templates: TemplateSet, logger: Logger): Promise<string[]> {
  if (!dir || (await storage.getSetting(DONE)) || (await storage.listDocuments()).length > 0) return [];
  let files: string[];
  try {
    files = await markdownFiles(dir);
  } catch {
    logger.warn({ dir }, 'no demo vault to import (folder missing)');
    return [];
  }
  const texts = new Map<string, string>();
  for (const name of files) texts.set(name, await readFile(join(dir, name), 'utf8'));
  // Links in a vault name files ("[[POC Threat Matrix — Sector North#^t-1|T-1]]"); map them back to document ids.
  const { resolveLink } = vaultLinkOptions(
    [...texts].flatMap(([name, text]) => {
      const id = readFrontmatter(text)?.id;
      return id ? [{ path: name, docId: id }] : [];
    }),
    files,
  );
  const imported: string[] = [];
  for (const name of files) {
    const file = join(dir, name);
    const parsed = parseMarkdown(texts.get(name)!, templates, file, { resolveLink });
    if (!parsed.ok) {
      // Not every note of a vault is a POC document; one that says it is (a poc-id or poc-type key) and does not parse is worth a warning.
      const where = parsed.error.line ? `${file}:${parsed.error.line}` : file;
      if (/^poc-(?:id|type)\s*:/m.test(texts.get(name)!)) logger.warn({ file: where, problem: parsed.error.message }, `demo document skipped: ${where}: ${parsed.error.message}`);
      else logger.debug({ file }, 'demo vault note skipped: not a POC document');
      continue;
    }
    const id = parsed.model.meta.id;
    const problem = checkDocId(id);
    if (problem) {
      logger.warn({ file, id, problem }, 'demo document skipped: its id cannot be used on the server');
      continue;
    }
    const doc = new Y.Doc();
    writeModel(doc, parsed.model, null, templates.find(parsed.model.meta.type));
    // Audited as any creation, in the same transaction (fail closed): the server itself is the actor.
    const audit = { kind: 'document-created' as const, actor: null, docId: id, detail: { type: parsed.model.meta.type, via: 'demo-import' } };
    if (await storage.createDocument(id, null, Y.encodeStateAsUpdate(doc), audit)) imported.push(id);
    doc.destroy();
  }
  await storage.setSetting(DONE, new Date().toISOString());
  return imported;
}
