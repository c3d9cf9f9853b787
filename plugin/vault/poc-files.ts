/**
 * Which notes of the vault are POC documents, found through Obsidian's
 * metadata cache by their frontmatter (`poc-type` and `poc-id`), and how
 * cross-links name them: a link's target is the file's name when it is
 * unique in the vault, else its path.
 */
import type { App, TFile } from 'obsidian';
import { isValidDocId } from '../../shared/model/ids.js';
import { type LinkOptions, type MarkdownOptions, vaultLinkOptions } from '../../shared/markdown/index.js';

/** A POC document file and what its frontmatter says. */
export interface PocFileInfo {
  file: TFile;
  docId: string;
  type: string;
}

/** The POC keys of cached frontmatter, when both are present and the id is valid. */
export function pocKeys(frontmatter: Record<string, unknown> | undefined): { docId: string; type: string } | undefined {
  const id: unknown = frontmatter?.['poc-id'];
  const type: unknown = frontmatter?.['poc-type'];
  if (typeof id !== 'string' || typeof type !== 'string' || !type || !isValidDocId(id)) return undefined;
  return { docId: id, type };
}

/** Orders files by creation time, then by path. */
function oldestFirst(a: TFile, b: TFile): number {
  return a.stat.ctime - b.stat.ctime || (a.path < b.path ? -1 : a.path > b.path ? 1 : 0);
}

export class PocFiles {
  constructor(private readonly app: App) {}

  /** The POC identity of a note, or undefined for any other file (or one not yet indexed by Obsidian). */
  info(file: TFile): PocFileInfo | undefined {
    if (file.extension !== 'md') return undefined;
    const keys = pocKeys(this.app.metadataCache.getFileCache(file)?.frontmatter);
    return keys ? { file, ...keys } : undefined;
  }

  /** Every POC document in the vault. */
  all(): PocFileInfo[] {
    return this.app.vault.getMarkdownFiles().flatMap((f) => {
      const i = this.info(f);
      return i ? [i] : [];
    });
  }

  /**
   * Every note with a document id, the document's own file first. Notes can share a poc-id when one is a copy
   * (Obsidian's "Make a copy", a sync tool's "conflicted copy"); only one of them is the document, so that an
   * older copy is never merged into it. The rule, in order: the note whose text the cache's merge base was
   * read from or written to (`basePath`, see plugin/sync/cache.ts); else the oldest by creation time; else
   * the first by path.
   */
  filesOf(docId: string, basePath?: string): TFile[] {
    const rank = (f: TFile) => (f.path === basePath ? 0 : 1);
    return this.all()
      .filter((i) => i.docId === docId)
      .map((i) => i.file)
      .sort((a, b) => rank(a) - rank(b) || oldestFirst(a, b));
  }

  /** The file of a document id: the document's own file when copies share its id (see `filesOf`). */
  fileOf(docId: string, basePath?: string): TFile | undefined {
    return this.filesOf(docId, basePath)[0];
  }

  /** How the Markdown mirror names other documents in links, for this vault. */
  linkOptions(): LinkOptions {
    return vaultLinkOptions(
      // Oldest first, so a link to a document whose id a copy shares names the document's file (see `filesOf`).
      this.all()
        .sort((a, b) => oldestFirst(a.file, b.file))
        .map((i) => ({ path: i.file.path, docId: i.docId })),
      this.app.vault.getMarkdownFiles().map((f) => f.path),
    );
  }
  /** How this vault's mirrors are written: its links, and the summary properties Bases and Dataview query (shared/markdown/summary.ts). */
  mirrorOptions(): MarkdownOptions {
    return { ...this.linkOptions(), summary: true };
  }


  /** A free path for a new note in a folder, from a title (characters file systems refuse are replaced). */
  freePath(folder: string, title: string): string {
    const base = title.replace(/[\\/:*?"<>|#^[\]]/g, '-').replace(/\s+/g, ' ').trim().slice(0, 120) || 'POC document';
    const dir = folder === '/' || folder === '' ? '' : `${folder}/`;
    let path = `${dir}${base}.md`;
    for (let n = 2; this.app.vault.getAbstractFileByPath(path); n++) path = `${dir}${base} ${n}.md`;
    return path;
  }
}
