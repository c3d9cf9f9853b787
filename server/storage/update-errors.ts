/**
 * The errors of an update log that a person reads, the same for every store.
 */
import { StorageError } from './storage.js';

/** The error a person reads when an update names a document the store does not hold. */
export function unknownDocument(docId: string): StorageError {
  return new StorageError('not-found', `Cannot store an update for document "${docId}": the store does not hold that document.`);
}

/** The error for a write after the store was closed. */
export function storeClosed(docId: string): StorageError {
  return new StorageError('failed', `Cannot store ${docId ? `an update for document "${docId}"` : 'this change'}: the store is closed.`);
}
