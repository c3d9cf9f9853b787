/**
 * The open sessions, one per document id, shared by every view and panel
 * showing that document and closed when the last of them lets go.
 */
import type { DocModel } from '../../shared/model/types.js';
import type { TemplateSet } from '../../shared/template/set.js';
import type { DocCache } from './cache.js';
import { DocSession, type SessionConfig, type SessionEvents } from './doc-session.js';

interface Entry {
  session: Promise<DocSession>;
  holders: number;
}

export class SessionRegistry {
  private readonly entries = new Map<string, Entry>();
  private readonly opened = new Set<(s: DocSession) => void>();

  constructor(
    private readonly cache: DocCache,
    private readonly templates: () => TemplateSet,
    private readonly config: () => SessionConfig,
    private readonly events: (docId: string) => SessionEvents = () => ({}),
  ) {}

  /**
   * The session of a document, opening it if needed (see DocSession.open for
   * how `seed` is used). Each call must be paired with `release`.
   */
  async acquire(docId: string, seed?: () => DocModel | undefined): Promise<DocSession> {
    let entry = this.entries.get(docId);
    if (!entry) {
      const session = DocSession.open(docId, this.templates, this.cache, this.config(), seed, this.events(docId));
      entry = { session, holders: 0 };
      this.entries.set(docId, entry);
      void session.then(
        (s) => this.opened.forEach((l) => l(s)),
        () => this.entries.delete(docId),
      );
    }
    entry.holders++;
    return entry.session;
  }

  /** Lets go of a session; the last holder closes it (saving it to the cache). */
  async release(docId: string): Promise<void> {
    const entry = this.entries.get(docId);
    if (!entry) return;
    entry.holders--;
    if (entry.holders > 0) return;
    this.entries.delete(docId);
    await (await entry.session).destroy();
  }

  /** The session of a document if it is open (or opening). */
  get(docId: string): Promise<DocSession> | undefined {
    return this.entries.get(docId)?.session;
  }

  /** Ids of the open documents. */
  openIds(): string[] {
    return [...this.entries.keys()];
  }

  /** Calls `listener` whenever a session has opened; returns the unsubscribe function. */
  onOpened(listener: (s: DocSession) => void): () => void {
    this.opened.add(listener);
    return () => this.opened.delete(listener);
  }

  /** Applies changed settings to every open session. */
  async reconfigure(): Promise<void> {
    const config = this.config();
    for (const entry of this.entries.values()) (await entry.session).configure(config);
  }

  /** Closes every session (on unload), saving each. */
  async closeAll(): Promise<void> {
    const all = [...this.entries.values()];
    this.entries.clear();
    await Promise.all(all.map(async (e) => (await e.session).destroy()));
  }
}
