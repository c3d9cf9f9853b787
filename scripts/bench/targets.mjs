// The two systems under test behind one shape, so every scenario runs the same code against both:
//   { name, start({ dataDir, env, args }) → server, token(i) → token for the i-th client, freshData() → dir }.
// Every `start()` without a dataDir gets a fresh server with empty state (ours: its users and the benchmark's documents,
// created empty): nothing carries over between measurements.
import { cpSync } from 'node:fs';
import { join } from 'node:path';
import { prepareOurs, startOurs, startReference, tempDir } from './servers.mjs';

/** The reference y-websocket server (no auth: tokens are undefined and ignored). */
export function referenceTarget() {
  return {
    name: 'reference',
    start: () => startReference(),
    token: () => undefined,
  };
}

/**
 * Our server. Users (`users` of them, clients spread over them round-robin) and the documents `docs` (connecting never
 * creates one) are created once into a template data directory, which is copied for every fresh start so the CLI's
 * start-up cost is paid once.
 */
export async function oursTarget({ users = 1, docs = [], args = [], env = {} } = {}) {
  const template = tempDir('poc-bench-template-');
  const tokens = await prepareOurs(template, users, docs);
  return {
    name: 'ours',
    tokens,
    /** A fresh copy of the prepared data directory. */
    freshData() {
      const dir = join(tempDir('poc-bench-data-'), 'data');
      cpSync(template, dir, { recursive: true });
      return dir;
    },
    start(opts = {}) {
      const dataDir = opts.dataDir ?? this.freshData();
      return startOurs(dataDir, { args: [...args, ...(opts.args ?? [])], env: { ...env, ...(opts.env ?? {}) }, port: opts.port }).then((s) => Object.assign(s, { dataDir }));
    },
    token: (i) => tokens[i % tokens.length],
  };
}
