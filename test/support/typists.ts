/**
 * Clients that type unique tokens without pause, for the crash and failover tests: each token goes between whole
 * tokens at a random place, so the final text holds every token typed exactly once or shows which went missing.
 */
import type { TestClient } from './test-server.js';

/** A client typing, and the tokens it has typed so far. */
export interface Typist {
  c: TestClient;
  made: string[];
}

/**
 * Starts every typist typing the token `tokenOf(typist, n)` every 5–`maxGapMs` ms into the Y.Text "text"; returns
 * a function that stops them all (the loops end by themselves at their next turn).
 */
export function startTyping<T extends Typist>(typists: readonly T[], tokenOf: (x: T, n: number) => string, maxGapMs = 15): () => void {
  let typing = true;
  const typeLoop = (x: T, n: number): void => {
    if (!typing) return;
    const tok = tokenOf(x, n);
    const t = x.c.doc.getText('text');
    const s = t.toString();
    const boundaries = [0];
    for (let i = s.indexOf('>'); i >= 0; i = s.indexOf('>', i + 1)) boundaries.push(i + 1);
    t.insert(boundaries[Math.floor(Math.random() * boundaries.length)], tok);
    x.made.push(tok);
    setTimeout(() => typeLoop(x, n + 1), 5 + Math.random() * (maxGapMs - 5));
  };
  typists.forEach((x) => typeLoop(x, 0));
  return () => {
    typing = false;
  };
}
