/**
 * `poc serve`: starts the sync server on a data folder and stops it
 * cleanly on SIGTERM or SIGINT.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import pino, { type Logger } from 'pino';
import { wordsOf } from '../../shared/i18n/catalogue.js';
import type { Locale } from '../../shared/i18n/locale.js';
import { cliServer } from '../../shared/i18n/messages/cli-server.js';
import type { TemplateSet } from '../../shared/template/set.js';
import { PocServer } from '../../server/app.js';
import type { ServerConfigInput } from '../../server/config.js';
import type { Limits } from '../../server/limits.js';
import { isPostgresUrl } from '../../server/storage/open.js';
import { CommandError, localeOf, type Out, print } from './command.js';
import { storeFile } from './data-folder.js';

/** What `runServe` starts: where, on which data folder, with which limits and templates. */
export interface ServeOptions {
  port?: number;
  host?: string;
  data: string;
  /** PostgreSQL storage (issue 17): the database URL (--store, POC_STORE_URL) holding the store instead of the data folder's SQLite file. */
  store?: string;
  /** Demo vault to import into a new store; null: none; undefined: `defaultDemoVault` when it exists, else ./demo-vault. */
  demoVault?: string | null;
  /** Where the demo vault is when none is named: the CLI passes the folder beside its own bundle, so `poc serve` finds it from any folder. */
  defaultDemoVault?: string;
  logLevel?: string;
  limits?: Partial<Limits>;
  /** Templates (default: built-in; pass a mission's tailored set). */
  templates?: TemplateSet;
  /** SQLite durability (--synchronous): "normal" (default) commits before broadcast and fsyncs within 50 ms; "full" fsyncs every commit before broadcast. */
  synchronous?: 'full' | 'normal';
  /** Extra configuration (tests and embedders). */
  config?: Partial<ServerConfigInput>;
  out?: Out;
  /** The language of what a person reads in the terminal (the log stays English, for operators' log pipelines). */
  locale?: Locale;
  /** Install SIGTERM/SIGINT handlers that stop the server cleanly and exit (default true). */
  handleSignals?: boolean;
}

/** Starts the server; prints `listening on ws://HOST:PORT` (`wss://` with TLS; the host it is bound to) once it accepts connections. */
export async function runServe(o: ServeOptions): Promise<PocServer> {
  const out = print(o);
  const t = wordsOf(cliServer, localeOf(o));
  const logger: Logger = (o.config?.logger as Logger | undefined) ?? pino({ level: o.logLevel ?? 'info' });
  const host = o.host ?? '127.0.0.1';
  const port = o.port ?? 1234;
  if (o.store && !isPostgresUrl(o.store)) throw new CommandError(t('serve.badStore', { file: storeFile(o.data) }));
  if (!o.store && !existsSync(storeFile(o.data))) logger.info({ store: storeFile(o.data) }, 'no store in the data folder: starting a new one');
  let server: PocServer;
  try {
    server = await PocServer.start({
      host,
      port,
      dataDir: resolve(o.data),
      ...(o.store ? { storeUrl: o.store } : {}),
      demoVaultDir: o.demoVault === undefined ? defaultDemoVault(o.defaultDemoVault) : o.demoVault,
      limits: o.limits,
      ...(o.templates ? { templates: o.templates } : {}),
      ...(o.synchronous ? { synchronous: o.synchronous } : {}),
      ...o.config,
      logger,
    });
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'EADDRINUSE') throw new CommandError(t('serve.portInUse', { port: String(port), host }));
    throw e;
  }
  if (o.handleSignals !== false) stopOnSignals(server, logger);
  // Also on the terminal, not only in the JSON log: an operator starting the server should see them.
  for (const w of server.warnings) out(t('serve.warning', { warning: w }));
  out(t('serve.listening', { url: server.listenUrl }));
  return server;
}

/** The named default demo vault if it exists, else ./demo-vault (a missing one is logged and skipped). */
function defaultDemoVault(beside: string | undefined): string {
  return beside && existsSync(beside) ? beside : resolve('demo-vault');
}

/**
 * SIGTERM or SIGINT stops the server cleanly and exits. A repeat while it
 * stops is only logged (`npm start` passes on the terminal's Ctrl-C, so the
 * server sees it twice); a third signal exits at once.
 */
function stopOnSignals(server: PocServer, logger: Logger): void {
  let signals = 0;
  const onSignal = (signal: NodeJS.Signals) => {
    signals++;
    if (signals === 1) {
      logger.info({ signal }, 'stopping');
      server.stop().then(
        () => process.exit(0),
        (err: unknown) => {
          logger.error({ err }, 'stopping failed');
          process.exit(1);
        },
      );
    } else if (signals === 2) {
      logger.warn({ signal }, 'already stopping; a third signal forces an exit at once');
    } else {
      // Every update was committed before anyone saw it, so this loses no more than a crash would.
      logger.error({ signal }, 'forced exit before stopping finished: clients were not all closed cleanly');
      process.exit(1);
    }
  };
  process.on('SIGTERM', onSignal);
  process.on('SIGINT', onSignal);
}
