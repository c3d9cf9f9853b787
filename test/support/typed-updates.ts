/**
 * Yjs updates typed for the store tests: keystrokes as a client would send them, and the text a list of stored
 * updates makes.
 */
import * as Y from 'yjs';

/** `n` one-character updates typed into a fresh document by Yjs client `client`, and the text they make. */
export function keystrokes(n: number, client = 1): { updates: Uint8Array[]; text: string } {
  const d = new Y.Doc();
  d.clientID = client;
  const updates: Uint8Array[] = [];
  d.on('update', (u: Uint8Array) => updates.push(u));
  for (let i = 0; i < n; i++) d.getText('t').insert(i, String(i % 10));
  return { updates, text: d.getText('t').toString() };
}

/** The text (of the Y.Text "t") that applying `updates` to a fresh document makes. */
export function textOf(updates: Uint8Array[]): string {
  const d = new Y.Doc();
  for (const u of updates) Y.applyUpdate(d, u);
  return d.getText('t').toString();
}
