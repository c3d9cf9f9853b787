// After documents are unloaded, the server collects garbage once unloads have stopped, so its memory goes back to the
// system (an idle server allocates nothing, so the engine would otherwise never collect).
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Reclaimer } from '../../server/sync/reclaim.js';

describe('reclaiming the memory of unloaded documents', () => {
  const g = globalThis as { gc?: () => void };
  let saved: (() => void) | undefined;
  const gc = vi.fn();
  beforeEach(() => {
    saved = g.gc;
    g.gc = gc;
    gc.mockClear();
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
    g.gc = saved;
  });

  it('collects once after a burst of unloads has ended, not once per unload', () => {
    const r = new Reclaimer();
    for (let i = 0; i < 5; i++) {
      r.released();
      vi.advanceTimersByTime(500);
    }
    expect(gc).not.toHaveBeenCalled();
    vi.advanceTimersByTime(2000);
    expect(gc).toHaveBeenCalledTimes(1);
    r.stop();
  });

  it('collects at most once per interval however often documents unload', () => {
    const r = new Reclaimer();
    r.released();
    vi.advanceTimersByTime(2000);
    r.released();
    vi.advanceTimersByTime(2000);
    expect(gc).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(10_000);
    expect(gc).toHaveBeenCalledTimes(2);
    r.stop();
  });

  it('a stopped reclaimer does not collect', () => {
    const r = new Reclaimer();
    r.released();
    r.stop();
    vi.advanceTimersByTime(60_000);
    expect(gc).not.toHaveBeenCalled();
  });
});
