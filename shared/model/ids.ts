/**
 * Identifiers: document ids (room names on the server, `poc-id` in files)
 * and the short ids of typed blocks ("T-3").
 */
import type { DocType } from '../template/template-schema.js';
import type { DocModel, TypedBlock } from './types.js';

const TYPE_PREFIX: Record<DocType, string> = {
  strategy: 'str',
  'action-plan': 'ap',
  'threat-matrix': 'tm',
  'operations-brief': 'ob',
  'resources-matrix': 'rc',
  'threat-analysis': 'ta',
  'protection-matrix': 'pm',
};

/** Document ids: lower-case letters, digits and dashes, 3–64 characters, starting with a letter or digit. */
export const DOC_ID_PATTERN = /^[a-z0-9][a-z0-9-]{2,63}$/;

/** Whether `id` is a valid document id (safe as a room name, a file name and a URL segment). */
export function isValidDocId(id: string): boolean {
  return DOC_ID_PATTERN.test(id);
}

/**
 * A new document id such as "tm-2026-11-24-k3f9q1", from the type, the date
 * and a random source (injected so callers and tests control it).
 */
export function newDocumentId(type: DocType, date: string, random: () => number = Math.random): string {
  let suffix = '';
  for (let i = 0; i < 6; i++) suffix += '0123456789abcdefghijklmnopqrstuvwxyz'[Math.floor(random() * 36)];
  return `${TYPE_PREFIX[type]}-${date}-${suffix}`;
}

const BASE32 = 'abcdefghijklmnopqrstuvwxyz234567';

/**
 * An unguessable document id such as "tm-k3f9q1m2x7ab4cde": the type's prefix and 16 base-32 characters (80 bits)
 * from `random` (the platform's `crypto.getRandomValues` by default), so nobody can squat on or probe the id of a
 * document before it exists. Valid under `isValidDocId`.
 */
export function randomDocumentId(type: DocType, random: (bytes: Uint8Array) => Uint8Array = (b) => crypto.getRandomValues(b)): string {
  const bytes = random(new Uint8Array(16));
  let suffix = '';
  for (const b of bytes) suffix += BASE32[b & 31];
  return `${TYPE_PREFIX[type]}-${suffix}`;
}

/** Every typed block of a model, in document order. */
export function blocksOf(model: DocModel): TypedBlock[] {
  const out: TypedBlock[] = [];
  for (const s of model.sections) for (const i of s.content) if (i.t === 'block') out.push(i);
  return out;
}

/** The number part of a block id with the given prefix ("T-12" → 12), or undefined. */
function idNumber(id: string, prefix: string): number | undefined {
  const m = /^([A-Z][A-Z0-9]*)-(\d+)$/.exec(id);
  return m && m[1] === prefix ? Number(m[2]) : undefined;
}

/** The next free block id for a prefix: one more than the highest in use ("T-13" after "T-12"). */
export function nextBlockId(existingIds: Iterable<string>, prefix: string): string {
  let max = 0;
  for (const id of existingIds) max = Math.max(max, idNumber(id, prefix) ?? 0);
  return `${prefix}-${max + 1}`;
}

/**
 * New ids for blocks whose id repeats an earlier one (copy-paste), in
 * document order: the first holder keeps the id, later ones get the next
 * free id of their prefix. Deterministic, so every client computes the same
 * repair and concurrent repairs converge.
 */
export function duplicateIdRepairs(ids: readonly string[]): Map<number, string> {
  const seen = new Set<string>();
  const all = new Set(ids);
  const repairs = new Map<number, string>();
  ids.forEach((id, index) => {
    if (!seen.has(id)) {
      seen.add(id);
      return;
    }
    const prefix = /^([A-Z][A-Z0-9]*)-/.exec(id)?.[1] ?? 'B';
    const fresh = nextBlockId(all, prefix);
    all.add(fresh);
    seen.add(fresh);
    repairs.set(index, fresh);
  });
  return repairs;
}
