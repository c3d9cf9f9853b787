/**
 * Progress for long runs: a single rewritten line on a terminal, nothing
 * when output is piped or in CI, so logs and `--json` stay clean.
 */
export interface Progress {
  tick(label: string): void;
  done(): void;
}

/** A progress reporter on `stream` for `total` steps; silent unless the stream is a TTY. */
export function progress(total: number, stream: NodeJS.WriteStream = process.stderr): Progress {
  const live = Boolean(stream.isTTY) && total > 1 && !process.env.CI;
  let n = 0;
  let last = 0;
  return {
    tick(label) {
      n++;
      const now = Date.now();
      if (!live || (now - last < 80 && n < total)) return;
      last = now;
      const width = Math.max(10, (stream.columns ?? 80) - 20);
      const shown = label.length > width ? `…${label.slice(-width + 1)}` : label;
      stream.write(`\r\x1b[2K[${n}/${total}] ${shown}`);
    },
    done() {
      if (live) stream.write('\r\x1b[2K');
    },
  };
}
