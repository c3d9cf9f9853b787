/**
 * How documents in an Obsidian vault name each other in links. Obsidian
 * writes a link to a note by its base name when no other note in the vault
 * shares that name, else by its path in the vault; the mirror does the same,
 * and reads either form back to the document id. The plugin, the CLI and
 * the server's demo import all map links through this one function.
 */
import type { LinkOptions } from './mirror-links.js';

/** A POC document in a vault: its path in the vault ("/"-separated, with ".md") and its id. */
export interface VaultDocument {
  path: string;
  docId: string;
}

const stripMd = (p: string) => p.replace(/\.md$/, '');
const baseName = (p: string) => stripMd(p.slice(p.lastIndexOf('/') + 1));

/**
 * Link options for a vault. `notePaths` lists every Markdown note of the
 * vault (POC or not), since a plain note with the same name also makes a
 * base name ambiguous; it defaults to the documents' own paths. Targets that
 * name no known document read back as document ids, as by default.
 */
export function vaultLinkOptions(docs: readonly VaultDocument[], notePaths: readonly string[] = docs.map((d) => d.path)): Required<LinkOptions> {
  const names = new Map<string, number>();
  for (const p of notePaths) names.set(baseName(p), (names.get(baseName(p)) ?? 0) + 1);
  const targetOf = (path: string) => (names.get(baseName(path)) === 1 ? baseName(path) : stripMd(path));
  const targetById = new Map<string, string>();
  const idByTarget = new Map<string, string>();
  for (const d of docs) {
    if (!targetById.has(d.docId)) targetById.set(d.docId, targetOf(d.path));
    idByTarget.set(targetOf(d.path), d.docId);
    idByTarget.set(stripMd(d.path), d.docId);
  }
  return {
    linkTarget: (docId) => targetById.get(docId),
    resolveLink: (target) => idByTarget.get(stripMd(target.replace(/^\/+/, ''))),
  };
}
