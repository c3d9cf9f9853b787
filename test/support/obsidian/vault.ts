/**
 * An in-memory vault: files and folders, the data adapter (which also
 * reaches the hidden config folder where plugins keep their data), the
 * metadata cache (frontmatter only) and the file manager. Writes fire the
 * same events, in the same order, as Obsidian's vault: the file's `modify`,
 * then the metadata cache's `changed`.
 */
import type * as obsidian from 'obsidian';
import { parse as parseYaml } from 'yaml';
import { Events } from './events.js';

export abstract class TAbstractFile implements Pick<obsidian.TAbstractFile, 'path' | 'name' | 'parent'> {
  vault!: obsidian.Vault;
  path: string;
  name: string;
  parent: obsidian.TFolder | null = null;

  constructor(path: string) {
    this.path = path;
    this.name = path.split('/').pop() ?? path;
  }
}

export class TFile extends TAbstractFile implements Pick<obsidian.TFile, 'basename' | 'extension' | 'stat'> {
  stat = { ctime: 0, mtime: 0, size: 0 };

  get basename(): string {
    return this.name.replace(/\.[^.]*$/, '');
  }

  get extension(): string {
    return /\.([^.]*)$/.exec(this.name)?.[1] ?? '';
  }
}

export class TFolder extends TAbstractFile implements Pick<obsidian.TFolder, 'children' | 'isRoot'> {
  children: obsidian.TAbstractFile[] = [];

  isRoot(): boolean {
    return this.path === '/';
  }
}

function parentPath(path: string): string {
  const i = path.lastIndexOf('/');
  return i < 0 ? '/' : path.slice(0, i);
}

type AdapterApi = 'getName' | 'exists' | 'read' | 'write' | 'readBinary' | 'writeBinary' | 'mkdir' | 'remove' | 'list' | 'process';

/** The data adapter: every path on "disk", including the hidden config folder. */
export class DataAdapter implements Pick<obsidian.DataAdapter, AdapterApi> {
  /** Test helper: everything on disk, by normalised path. */
  readonly disk = new Map<string, string | Uint8Array>();
  readonly folders = new Set<string>(['/']);

  getName(): string {
    return 'memory';
  }

  async exists(path: string): Promise<boolean> {
    return this.disk.has(path) || this.folders.has(path);
  }

  async read(path: string): Promise<string> {
    const v = this.disk.get(path);
    if (v === undefined) throw new Error(`ENOENT: no such file, open '${path}'`);
    return typeof v === 'string' ? v : new TextDecoder().decode(v);
  }

  async write(path: string, data: string): Promise<void> {
    this.requireParent(path);
    this.disk.set(path, data);
  }

  async process(path: string, fn: (data: string) => string): Promise<string> {
    const next = fn(await this.read(path));
    await this.write(path, next);
    return next;
  }

  async readBinary(path: string): Promise<ArrayBuffer> {
    const v = this.disk.get(path);
    if (v === undefined) throw new Error(`ENOENT: no such file, open '${path}'`);
    const bytes = typeof v === 'string' ? new TextEncoder().encode(v) : v;
    return bytes.slice().buffer;
  }

  async writeBinary(path: string, data: ArrayBuffer): Promise<void> {
    this.requireParent(path);
    this.disk.set(path, new Uint8Array(data.slice(0)));
  }

  async mkdir(path: string): Promise<void> {
    const parts = path.split('/');
    for (let i = 1; i <= parts.length; i++) this.folders.add(parts.slice(0, i).join('/'));
  }

  async remove(path: string): Promise<void> {
    if (!this.disk.delete(path)) throw new Error(`ENOENT: no such file, unlink '${path}'`);
  }

  async list(path: string): Promise<obsidian.ListedFiles> {
    const prefix = `${path}/`;
    const direct = (p: string) => p.startsWith(prefix) && !p.slice(prefix.length).includes('/');
    return { files: [...this.disk.keys()].filter(direct), folders: [...this.folders].filter(direct) };
  }

  private requireParent(path: string): void {
    const parent = parentPath(path);
    if (parent !== '/' && !this.folders.has(parent)) throw new Error(`ENOENT: no such directory '${parent}' (create it with mkdir first)`);
  }
}

type VaultApi =
  | 'configDir'
  | 'getName'
  | 'getAbstractFileByPath'
  | 'getFileByPath'
  | 'getRoot'
  | 'getMarkdownFiles'
  | 'getFiles'
  | 'read'
  | 'cachedRead'
  | 'create'
  | 'createFolder'
  | 'modify'
  | 'createBinary'
  | 'modifyBinary'
  | 'readBinary'
  | 'process'
  | 'delete'
  | 'rename';

export class Vault extends Events implements Pick<obsidian.Vault, VaultApi> {
  readonly adapter = new DataAdapter();
  configDir = '.obsidian';
  private readonly files = new Map<string, TFile>();
  private readonly root = new TFolder('/');
  /** Set by the app so writes reach the metadata cache. */
  metadataCache?: MetadataCache;
  /** Test helper: every `process` call, in order (path and the text written). */
  readonly processed: Array<{ path: string; text: string }> = [];
  /** Test helper: every `modify` call, in order. */
  readonly modified: Array<{ path: string; text: string }> = [];

  getName(): string {
    return 'test-vault';
  }

  getAbstractFileByPath(path: string): obsidian.TAbstractFile | null {
    if (path === '/' || path === '') return this.root as unknown as obsidian.TAbstractFile;
    return (this.files.get(path) as unknown as obsidian.TAbstractFile) ?? (this.adapter.folders.has(path) ? (new TFolder(path) as unknown as obsidian.TAbstractFile) : null);
  }

  getFileByPath(path: string): obsidian.TFile | null {
    return (this.files.get(path) as unknown as obsidian.TFile) ?? null;
  }

  getRoot(): obsidian.TFolder {
    return this.root as unknown as obsidian.TFolder;
  }

  getMarkdownFiles(): obsidian.TFile[] {
    return this.getFiles().filter((f) => f.extension === 'md');
  }

  getFiles(): obsidian.TFile[] {
    return [...this.files.values()] as unknown as obsidian.TFile[];
  }

  async read(file: obsidian.TFile): Promise<string> {
    return this.adapter.read(this.own(file).path);
  }

  async cachedRead(file: obsidian.TFile): Promise<string> {
    return this.read(file);
  }

  async create(path: string, data: string): Promise<obsidian.TFile> {
    if (this.files.has(path)) throw new Error('File already exists.');
    const parent = parentPath(path);
    if (parent !== '/') await this.adapter.mkdir(parent);
    await this.adapter.write(path, data);
    const file = new TFile(path);
    file.vault = this as unknown as obsidian.Vault;
    file.parent = (parent === '/' ? this.root : new TFolder(parent)) as unknown as obsidian.TFolder;
    file.stat = { ctime: Date.now(), mtime: Date.now(), size: data.length };
    this.files.set(path, file);
    this.trigger('create', file);
    this.metadataCache?.fileChanged(file, data);
    return file as unknown as obsidian.TFile;
  }

  async createBinary(path: string, data: ArrayBuffer): Promise<obsidian.TFile> {
    if (this.files.has(path)) throw new Error('File already exists.');
    const parent = parentPath(path);
    if (parent !== '/') await this.adapter.mkdir(parent);
    await this.adapter.writeBinary(path, data);
    const file = new TFile(path);
    file.vault = this as unknown as obsidian.Vault;
    file.parent = (parent === '/' ? this.root : new TFolder(parent)) as unknown as obsidian.TFolder;
    file.stat = { ctime: Date.now(), mtime: Date.now(), size: data.byteLength };
    this.files.set(path, file);
    this.trigger('create', file);
    return file as unknown as obsidian.TFile;
  }

  async modifyBinary(file: obsidian.TFile, data: ArrayBuffer): Promise<void> {
    const own = this.own(file);
    this.modified.push({ path: own.path, text: `(${data.byteLength} bytes)` });
    await this.adapter.writeBinary(own.path, data);
    own.stat = { ...own.stat, mtime: Date.now(), size: data.byteLength };
    this.trigger('modify', own);
  }

  async readBinary(file: obsidian.TFile): Promise<ArrayBuffer> {
    return this.adapter.readBinary(this.own(file).path);
  }

  async createFolder(path: string): Promise<obsidian.TFolder> {
    await this.adapter.mkdir(path);
    return new TFolder(path) as unknown as obsidian.TFolder;
  }

  async modify(file: obsidian.TFile, data: string): Promise<void> {
    this.modified.push({ path: file.path, text: data });
    this.write(this.own(file), data);
  }

  async process(file: obsidian.TFile, fn: (data: string) => string): Promise<string> {
    const own = this.own(file);
    const next = fn(await this.adapter.read(own.path));
    this.processed.push({ path: own.path, text: next });
    this.write(own, next);
    return next;
  }

  async delete(file: obsidian.TAbstractFile): Promise<void> {
    const own = this.own(file);
    this.files.delete(own.path);
    await this.adapter.remove(own.path);
    this.trigger('delete', own);
    this.metadataCache?.trigger('deleted', own, null);
  }

  async rename(file: obsidian.TAbstractFile, newPath: string): Promise<void> {
    const own = this.own(file);
    if (this.files.has(newPath)) throw new Error('Destination file already exists!');
    const oldPath = own.path;
    const data = this.adapter.disk.get(oldPath)!;
    this.adapter.disk.delete(oldPath);
    this.adapter.disk.set(newPath, data);
    this.files.delete(oldPath);
    own.path = newPath;
    own.name = newPath.split('/').pop() ?? newPath;
    this.files.set(newPath, own);
    this.trigger('rename', own, oldPath);
  }

  /** Test helper: a change made outside Obsidian's editor (a sync tool, git), seen as Obsidian sees it. */
  async writeExternally(path: string, data: string): Promise<void> {
    const own = this.files.get(path);
    if (!own) throw new Error(`no file ${path}`);
    this.write(own, data);
  }

  /** Test helper: the current text of a file. */
  text(path: string): string {
    const v = this.adapter.disk.get(path);
    if (typeof v !== 'string') throw new Error(`no text file ${path}`);
    return v;
  }

  private write(file: TFile, data: string): void {
    this.adapter.disk.set(file.path, data);
    file.stat = { ...file.stat, mtime: Date.now(), size: data.length };
    this.trigger('modify', file);
    this.metadataCache?.fileChanged(file, data);
  }

  private own(file: obsidian.TAbstractFile): TFile {
    const own = this.files.get(file.path);
    if (!own) throw new Error(`ENOENT: ${file.path} is not in the vault`);
    return own;
  }
}

/** Frontmatter of a note, as Obsidian's cache parses it (YAML between the first two `---` lines). */
function frontmatterOf(data: string): { frontmatter?: Record<string, unknown> } {
  const m = /^---\r?\n([\s\S]*?)\r?\n---(\r?\n|$)/.exec(data);
  if (!m) return {};
  try {
    const fm: unknown = parseYaml(m[1]);
    return fm && typeof fm === 'object' ? { frontmatter: fm as Record<string, unknown> } : {};
  } catch {
    return {};
  }
}

export class MetadataCache extends Events implements Pick<obsidian.MetadataCache, 'getFileCache' | 'getCache'> {
  private readonly caches = new Map<string, obsidian.CachedMetadata>();

  getFileCache(file: obsidian.TFile): obsidian.CachedMetadata | null {
    return this.caches.get(file.path) ?? null;
  }

  getCache(path: string): obsidian.CachedMetadata | null {
    return this.caches.get(path) ?? null;
  }

  /** Called by the vault after each write. */
  fileChanged(file: TFile, data: string): void {
    const cache = frontmatterOf(data) as obsidian.CachedMetadata;
    this.caches.set(file.path, cache);
    this.trigger('changed', file, data, cache);
  }

  /** Keeps the cache keyed by path across a rename. */
  fileRenamed(oldPath: string, newPath: string): void {
    const c = this.caches.get(oldPath);
    this.caches.delete(oldPath);
    if (c) this.caches.set(newPath, c);
  }
}

export class FileManager implements Pick<obsidian.FileManager, 'getNewFileParent' | 'trashFile' | 'renameFile'> {
  constructor(private readonly vault: Vault) {}

  getNewFileParent(): obsidian.TFolder {
    return this.vault.getRoot();
  }

  async trashFile(file: obsidian.TAbstractFile): Promise<void> {
    await this.vault.delete(file);
  }

  async renameFile(file: obsidian.TAbstractFile, newPath: string): Promise<void> {
    await this.vault.rename(file, newPath);
  }
}
