/**
 * The browser tests' entry for the review pages (bundled by
 * web-review.test.ts as the IIFE global `PocReview`): mounts one of the
 * three pages on an in-memory VersionSource built from models the test
 * sends, and records what the page asked of it (restores, saves,
 * navigation) in `window.reviewCalls`.
 */
import type { VersionEntry, VersionsResponse } from '../../../shared/api/versions.js';
import type { DocModel } from '../../../shared/model/types.js';
import type { PageContext } from '../../../web/app/page-context.js';
import { changesPage, historyPage, readingPage, type VersionSource } from '../../../web/review/index.js';

/** What the test gives the page: the history, each version's model, the content now. */
export interface ReviewFixture {
  docId: string;
  list: VersionsResponse;
  models: Record<string, DocModel>;
  current: DocModel;
  mayEdit: boolean;
  /** When set, saving fails with this message. */
  saveFails?: string;
}

/** What the page asked for. */
export interface ReviewCalls {
  restored: string[];
  saved: string[];
  navigated: string[];
  viewed: number;
}

const calls: ReviewCalls = { restored: [], saved: [], navigated: [], viewed: 0 };
(window as unknown as { reviewCalls: ReviewCalls }).reviewCalls = calls;

function memorySource(f: ReviewFixture): VersionSource {
  let n = 0;
  const made = (kind: VersionEntry['kind'], name: string, extra: Partial<VersionEntry> = {}): VersionEntry => {
    const v: VersionEntry = { id: `new-${++n}`, kind, name, createdAt: '2026-03-05T09:30:00Z', createdBy: 'amina', createdByName: 'Amina Diallo', contentHash: null, ...extra };
    f.list.versions.unshift(v);
    return v;
  };
  return {
    list: () => Promise.resolve(structuredClone(f.list)),
    model: (id) => (f.models[id] ? Promise.resolve(structuredClone(f.models[id])) : Promise.reject(new Error(`There is no version "${id}" of this document.`))),
    current: () => Promise.resolve(structuredClone(f.current)),
    save(name) {
      if (f.saveFails) return Promise.reject(new Error(f.saveFails));
      calls.saved.push(name);
      return Promise.resolve(made('named', name));
    },
    restore(id) {
      calls.restored.push(id);
      return Promise.resolve(made('restored', `Restored a version`, { restoredFrom: id }));
    },
    mayEdit: () => Promise.resolve(f.mayEdit),
    markViewed() {
      calls.viewed++;
      return Promise.resolve();
    },
  };
}

/** Mounts the page `which` of the fixture into `root`. */
export function mount(which: 'changes' | 'read' | 'history', root: HTMLElement, f: ReviewFixture): void {
  const source = memorySource(f);
  const page = { changes: changesPage, read: readingPage, history: historyPage }[which](f.docId, source);
  const ctx = {
    api: undefined as never,
    me: { username: 'amina', name: 'Amina Diallo', offices: ['head-of-office'], timeZone: 'Africa/Juba' },
    navigate: (path: string) => void calls.navigated.push(path),
  } satisfies PageContext;
  page(root, ctx);
}
