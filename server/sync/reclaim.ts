/**
 * Giving the memory of unloaded documents back to the system.
 *
 * An unloaded room is unreferenced at once, but an idle server allocates
 * nothing, so V8 has no reason to collect and its heap pages (the process
 * RSS) stay as high as when the documents were loaded. After a burst of
 * unloads ends, one full collection lets V8 shrink its heap. It costs a
 * pause, so it runs only when unloads have stopped for a while, and at most
 * once per interval.
 */
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

/** Quiet time after the last unload before collecting. */
const AFTER_LAST_UNLOAD_MS = 2000;
/** At most one collection per this long. */
const MIN_INTERVAL_MS = 10_000;

let collect: (() => void) | null | undefined;

/** The engine's full garbage collection: `global.gc` under --expose-gc, else exposed at run time; null if unavailable. */
function collector(): (() => void) | null {
  if (collect !== undefined) return collect;
  const exposed = (globalThis as { gc?: () => void }).gc;
  if (typeof exposed === 'function') return (collect = exposed);
  try {
    setFlagsFromString('--expose-gc');
    const gc = runInNewContext('gc') as unknown;
    collect = typeof gc === 'function' ? (gc as () => void) : null;
  } catch {
    collect = null;
  }
  return collect;
}

/** Collects garbage once unloads have stopped for a while (debounced, rate-limited, never keeps the process alive). */
export class Reclaimer {
  private timer: NodeJS.Timeout | undefined;
  private last = -Infinity;

  /** Something large was released: collect once things are quiet. */
  released(): void {
    clearTimeout(this.timer);
    const wait = Math.max(AFTER_LAST_UNLOAD_MS, this.last + MIN_INTERVAL_MS - performance.now());
    this.timer = setTimeout(() => this.run(), wait);
    this.timer.unref();
  }

  /** Cancels a pending collection. */
  stop(): void {
    clearTimeout(this.timer);
  }

  private run(): void {
    this.timer = undefined;
    this.last = performance.now();
    collector()?.();
  }
}
