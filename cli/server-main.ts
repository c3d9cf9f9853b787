/**
 * A minimal entry that only runs the server, for when the whole CLI is not
 * wanted (the crash tests spawn it as a child process; it can also be
 * bundled on its own). Flags: --port, --host, --data, --store (a PostgreSQL URL), --demo-vault (a
 * folder, or "none"), --log-level, and the limits --max-message-bytes,
 * --max-awareness-bytes, --max-connections-per-user, --updates-per-second,
 * --updates-burst (0: no limit), --max-doc-bytes (0: no limit), --synchronous full|normal, --time-zone (IANA name, default UTC),
 * --redis URL (several instances), --revalidate-ms N (how often the store is polled for access changes; tests);
 * environment: POC_PORT, POC_HOST, POC_DATA, POC_STORE_URL, POC_TIME_ZONE, POC_KEY_PASSPHRASE, POC_REDIS_URL.
 * What it prints for a person is in the shell's language (LC_ALL, LC_MESSAGES, LANG); its log stays English.
 * The full CLI is `poc serve` (cli/poc.ts), which calls the same `runServe`.
 */
import { translate } from '../shared/i18n/catalogue.js';
import { cliServer } from '../shared/i18n/messages/cli-server.js';
import { shellLocale } from './cli-language.js';
import { runServe } from './commands/serve.js';
import type { Limits } from '../server/limits.js';

function flag(args: string[], name: string): string | undefined {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : undefined;
}

const args = process.argv.slice(2);
const locale = shellLocale(process.env);
const data = flag(args, 'data') ?? process.env.POC_DATA;
if (!data) {
  console.error(`main: ${translate(cliServer, locale, 'main.needData')}`);
  process.exit(2);
}
const demo = flag(args, 'demo-vault');
const store = flag(args, 'store') ?? process.env.POC_STORE_URL;
const limits: Partial<Limits> = {};
for (const [name, key] of [
  ['max-message-bytes', 'maxMessageBytes'],
  ['max-awareness-bytes', 'maxAwarenessBytes'],
  ['max-connections-per-user', 'maxConnectionsPerUser'],
  ['updates-per-second', 'updatesPerSecond'],
  ['updates-burst', 'updatesBurst'],
  ['max-doc-bytes', 'maxDocBytes'],
] as const) {
  const v = flag(args, name);
  if (v !== undefined) limits[key] = Number(v);
}
runServe({
  port: Number(flag(args, 'port') ?? process.env.POC_PORT ?? 1234),
  host: flag(args, 'host') ?? process.env.POC_HOST ?? '127.0.0.1',
  data,
  ...(store ? { store } : {}),
  demoVault: demo === undefined ? undefined : demo === 'none' ? null : demo,
  logLevel: flag(args, 'log-level') ?? 'info',
  limits,
  synchronous: flag(args, 'synchronous') === 'full' ? 'full' : 'normal',
  locale,
  config: {
    timeZone: flag(args, 'time-zone') ?? process.env.POC_TIME_ZONE ?? 'UTC',
    keyPassphrase: process.env.POC_KEY_PASSPHRASE,
    redisUrl: flag(args, 'redis') ?? process.env.POC_REDIS_URL ?? null,
    ...(flag(args, 'revalidate-ms') ? { revalidateMs: Number(flag(args, 'revalidate-ms')) } : {}),
  },
}).catch((e: unknown) => {
  console.error(`main: ${e instanceof Error ? e.message : String(e)}`);
  process.exit(1);
});
