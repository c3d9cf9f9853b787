/**
 * The notes the user chose to see as plain Markdown rather than in the
 * structured view, kept in the plugin's data so the choice survives a
 * restart, and following the vault: a renamed note keeps it, a deleted one
 * is forgotten.
 */

/** The remembered paths in stored plugin data (`markdownNotes`); anything malformed is ignored. */
export function markdownNotesOf(data: unknown): string[] {
  const list = (data as { markdownNotes?: unknown } | null | undefined)?.markdownNotes;
  return Array.isArray(list) ? list.filter((p): p is string => typeof p === 'string' && p.length > 0) : [];
}

export class MarkdownChoices {
  private readonly paths: Set<string>;

  /** `save` stores the plugin's data; it is called after each change, with `list()` current. */
  constructor(
    initial: Iterable<string>,
    private readonly save: () => Promise<void>,
  ) {
    this.paths = new Set(initial);
  }

  /** Whether the note at this path is to be shown as Markdown. */
  has(path: string): boolean {
    return this.paths.has(path);
  }

  /** Remembers that a note is to be shown as Markdown. */
  add(path: string): void {
    if (this.paths.has(path)) return;
    this.paths.add(path);
    this.persist();
  }

  /** Forgets the choice for a note (shown structured again, or deleted). */
  delete(path: string): void {
    if (this.paths.delete(path)) this.persist();
  }

  /** Moves the choice with a renamed note. */
  renamed(oldPath: string, newPath: string): void {
    if (!this.paths.delete(oldPath)) return;
    this.paths.add(newPath);
    this.persist();
  }

  /** The remembered paths, sorted, as stored. */
  list(): string[] {
    return [...this.paths].sort();
  }

  private persist(): void {
    this.save().catch((e: unknown) => console.error('POC Workspace: could not save which notes to show as Markdown', e));
  }
}
