/**
 * The local cache of each document's Yjs state, kept in the plugin's own
 * folder through the vault adapter (so it works on every platform and
 * never shows up as a note). With it a document opens and is edited
 * without a network; edits made offline are in the cached state and reach
 * the server when the connection returns.
 *
 * Per document id: `<id>.yjs` (the full state as one Yjs update) and
 * `<id>.json` (what the plugin must remember besides: the mirror text last
 * written or read and the path of its file, the count of changes not yet sent, whether the state was
 * started offline from the file, and the person's access as the server last said).
 */
import type { DataAdapter } from 'obsidian';
import * as z from '../../shared/zod.js';
import { DocModelSchema } from '../../shared/model/types.js';
import { isValidDocId } from '../../shared/model/ids.js';
import { ACCESS_LEVELS } from '../../shared/access-levels.js';

const MetaSchema = z.object({
  docId: z.string(),
  /** The mirror file's text as this client last wrote or read it: the base of the three-way merge of external edits. */
  mirror: z.optional(z.string()),
  /**
   * The path of the file `mirror` was read from or written to. The base belongs to that file only: another note
   * with the same poc-id (a copy) is not merged against it. Absent in caches written before it was kept.
   */
  mirrorPath: z.optional(z.string()),
  /** Local changes not yet sent to a server. */
  unsynced: z._default(z.int().check(z.nonnegative()), 0),
  /** Set when the state was started from the file while the server was unreachable; it is reconciled with the server's on first contact. */
  provisional: z._default(z.boolean(), false),
  /** The model the provisional state was started from: the base of that reconciliation. */
  seed: z.optional(DocModelSchema),
  savedAt: z.optional(z.string()),
  /** The person's access as the server last answered it, so a document opened offline is read-only for a viewer at once. */
  access: z.optional(z.object({ access: z.enum(ACCESS_LEVELS), archived: z.optional(z.boolean()) })),
});
export type CacheMeta = z.infer<typeof MetaSchema>;

/** What the cache holds for one document. */
export interface CacheEntry {
  state?: Uint8Array;
  meta: CacheMeta;
}

export class DocCache {
  constructor(
    private readonly adapter: DataAdapter,
    /** Folder of the cache, e.g. ".obsidian/plugins/poc-workspace/cache". */
    readonly dir: string,
  ) {}

  private paths(docId: string): { state: string; meta: string } {
    // The id becomes a file name: refuse anything that could leave the folder.
    if (!isValidDocId(docId)) throw new RangeError(`"${docId}" is not a valid document id (lower-case letters, digits and dashes).`);
    return { state: `${this.dir}/${docId}.yjs`, meta: `${this.dir}/${docId}.json` };
  }

  /** The cached state and metadata of a document; an empty entry when nothing (or nothing readable) is cached. */
  async load(docId: string): Promise<CacheEntry> {
    const p = this.paths(docId);
    const empty: CacheEntry = { meta: { docId, unsynced: 0, provisional: false } };
    if (!(await this.adapter.exists(p.state))) return empty;
    let meta = empty.meta;
    if (await this.adapter.exists(p.meta)) {
      try {
        const parsed = MetaSchema.safeParse(JSON.parse(await this.adapter.read(p.meta)));
        if (parsed.success && parsed.data.docId === docId) meta = parsed.data;
      } catch {
        // An unreadable note of ours only costs the merge base; the state itself is still good.
      }
    }
    return { state: new Uint8Array(await this.adapter.readBinary(p.state)), meta };
  }

  /** The metadata cached for a document, without reading its state; undefined when none (or none readable) is cached. */
  async loadMeta(docId: string): Promise<CacheMeta | undefined> {
    const p = this.paths(docId);
    if (!(await this.adapter.exists(p.meta))) return undefined;
    try {
      const parsed = MetaSchema.safeParse(JSON.parse(await this.adapter.read(p.meta)));
      return parsed.success && parsed.data.docId === docId ? parsed.data : undefined;
    } catch {
      return undefined;
    }
  }

  /** Stores a document's state and metadata, replacing what was cached. */
  async save(docId: string, state: Uint8Array, meta: CacheMeta): Promise<void> {
    const p = this.paths(docId);
    if (!(await this.adapter.exists(this.dir))) await this.adapter.mkdir(this.dir);
    const copy = state.slice();
    await this.adapter.writeBinary(p.state, copy.buffer);
    await this.adapter.write(p.meta, JSON.stringify({ ...meta, docId, savedAt: new Date().toISOString() }));
  }

  /** Forgets what is cached for a document (its state and metadata), so it next opens from the server. */
  async remove(docId: string): Promise<void> {
    const p = this.paths(docId);
    for (const path of [p.state, p.meta]) if (await this.adapter.exists(path)) await this.adapter.remove(path);
  }

  /** Whether a state is cached for the document. */
  async has(docId: string): Promise<boolean> {
    return this.adapter.exists(this.paths(docId).state);
  }
}
