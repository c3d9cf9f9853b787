/**
 * A plain debounce, so the sync session runs without Obsidian (the web
 * host and Node tests use it too). Behaves like Obsidian's
 * `debounce(fn, wait, true)`: each call restarts the wait, and the last
 * call's arguments win.
 */

/** A debounced function, with a way to drop the call it still holds. */
export interface Debounced<A extends unknown[]> {
  (...args: A): void;
  /** Forgets the pending call, if any. */
  cancel(): void;
}

/** Calls `fn` once `waitMs` after the last of a burst of calls; `cancel()` drops a pending call. */
export function debounce<A extends unknown[]>(fn: (...args: A) => unknown, waitMs: number): Debounced<A> {
  let timer: number | undefined;
  const debounced = ((...args: A) => {
    if (timer !== undefined) window.clearTimeout(timer);
    timer = window.setTimeout(() => {
      timer = undefined;
      fn(...args);
    }, waitMs);
  }) as Debounced<A>;
  debounced.cancel = () => {
    if (timer !== undefined) window.clearTimeout(timer);
    timer = undefined;
  };
  return debounced;
}
