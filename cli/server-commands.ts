/**
 * The server's subcommands: serve, user, grant, revoke, backup, audit,
 * verify. Flags here; the work in commands/ (serve.ts, users.ts, grants.ts,
 * backup.ts, audit.ts, re-exported by commands/index.ts), as for the
 * document commands of poc.ts.
 */
import { fileURLToPath } from 'node:url';
import { type Command, Option } from 'commander';
import * as ops from './commands/index.js';
import { loadTemplates } from './templates-dir.js';

const dataOption = () => new Option('--data <dir>', 'the server data folder').env('POC_DATA').makeOptionMandatory();
const templatesOption = () => new Option('--templates <dir>', 'folder of tailored templates (*.yaml)').env('POC_TEMPLATES');
const collect = (value: string, previous: string[] = []) => [...previous, value];
const positive = (value: string): number => {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0) throw new ops.CommandError(`"${value}" is not a whole number of 0 or more.`);
  return n;
};

const atLeastOne = (flag: string) => (value: string): number => {
  const n = Number(value);
  if (!/^\s*\d+\s*$/.test(value) || n < 1) throw new ops.CommandError(`${flag} "${value}" is not a whole number of 1 or more.`);
  return n;
};

interface ServeFlags {
  port: string;
  host: string;
  data: string;
  demoVault?: string;
  logLevel: string;
  synchronous: 'full' | 'normal';
  timeZone: string;
  maxMessageBytes?: number;
  maxAwarenessBytes?: number;
  maxConnectionsPerUser?: number;
  updatesPerSecond?: number;
  updatesBurst?: number;
  maxDocBytes?: number;
  awarenessPerSecond?: number;
  awarenessBytesPerSecond?: number;
  templates?: string;
}

/** Adds the server's subcommands to the program. */
export function registerServerCommands(program: Command): void {
  program
    .command('serve')
    .description('run the sync server (y-websocket protocol and HTTP API on one port)')
    .addOption(new Option('--port <port>', 'port to listen on').env('POC_PORT').default('1234'))
    .addOption(new Option('--host <host>', 'address to listen on').env('POC_HOST').default('127.0.0.1'))
    .addOption(dataOption())
    .option('--demo-vault <dir>', 'folder of documents imported into a new store ("none" to skip; default: the demo-vault folder beside the installed CLI, else ./demo-vault)')
    .addOption(new Option('--log-level <level>', 'pino log level').env('POC_LOG_LEVEL').default('info'))
    .addOption(new Option('--synchronous <mode>', 'SQLite durability: full fsyncs every update before anyone sees it; normal survives a crashed server but not a power cut').choices(['full', 'normal']).default('full'))
    .addOption(new Option('--time-zone <zone>', "the mission's IANA time zone, whose date deadlines count in (e.g. Africa/Juba)").env('POC_TIME_ZONE').default('UTC'))
    .option('--max-message-bytes <n>', 'largest message accepted', positive)
    .option('--max-awareness-bytes <n>', 'largest presence update accepted', positive)
    .option('--max-connections-per-user <n>', 'simultaneous connections per user (0: no limit)', positive)
    .option('--updates-per-second <n>', 'sustained updates per second per connection (0: no limit)', positive)
    .option('--updates-burst <n>', 'updates allowed in a burst above that rate', positive)
    // Bounded resources (issue 10).
    .option('--max-doc-bytes <n>', "largest stored state of one document (default 64 MiB; 0: no limit); an update past it is refused with 4413", positive)
    .option('--awareness-per-second <n>', 'sustained presence updates per second per connection (0: no limit)', positive)
    .option('--awareness-bytes-per-second <n>', 'sustained presence bytes per second per connection (0: no limit)', positive)
    .addOption(templatesOption())
    .action(async (o: ServeFlags) => {
      const port = Number(o.port);
      if (!Number.isInteger(port) || port < 0 || port > 65535) throw new ops.CommandError(`--port "${o.port}" is not a port number (0–65535).`);
      const limits = Object.fromEntries(
        (
          ['maxMessageBytes', 'maxAwarenessBytes', 'maxConnectionsPerUser', 'updatesPerSecond', 'updatesBurst', 'maxDocBytes', 'awarenessPerSecond', 'awarenessBytesPerSecond'] as const
        ).flatMap((k) => (o[k] === undefined ? [] : [[k, o[k]]])),
      );
      await ops.runServe({
        port,
        host: o.host,
        data: o.data,
        demoVault: o.demoVault === 'none' ? null : o.demoVault,
        // Resolved beside this file: dist/poc.js (the bundle) and cli/ (the sources) both sit one level below the project.
        defaultDemoVault: fileURLToPath(new URL('../demo-vault', import.meta.url)),
        logLevel: o.logLevel,
        limits,
        config: { synchronous: o.synchronous, timeZone: o.timeZone, templates: await loadTemplates(o.templates) },
      });
    });

  const user = program.command('user').description('manage users and their tokens');
  user
    .command('add')
    .description('create a user and print a new token as the last line (shown once)')
    .argument('<username>')
    .requiredOption('--name <full name>', "the person's full name, shown on sign-offs")
    .option('--office <office>', 'an office the user holds and may sign off as (repeatable)', collect)
    .option('--admin', 'also grant owner access to every document')
    .addOption(dataOption())
    .addOption(templatesOption())
    .action(async (username: string, o: { name: string; office?: string[]; admin?: boolean; data: string; templates?: string }) => {
      await ops.userAdd({ username, name: o.name, offices: o.office, admin: o.admin, data: o.data, templates: await loadTemplates(o.templates) });
    });
  user
    .command('token')
    .description('issue another token for a user (printed as the last line)')
    .argument('<username>')
    .addOption(dataOption())
    .action(async (username: string, o: { data: string }) => {
      await ops.userToken({ username, data: o.data });
    });
  user
    .command('revoke')
    .description("revoke all of a user's tokens (live connections are closed)")
    .argument('<username>')
    .addOption(dataOption())
    .action(async (username: string, o: { data: string }) => {
      await ops.userRevoke({ username, data: o.data });
    });

  program
    .command('grant')
    .description('give a user access to a document ("*" for every document)')
    .argument('<username>')
    .argument('<docId>', 'document id, or * for all')
    .argument('<access>', 'viewer | editor | owner')
    .addOption(dataOption())
    .action(async (username: string, docId: string, access: string, o: { data: string }) => {
      await ops.grant({ username, docId, access, data: o.data });
    });
  program
    .command('revoke')
    .description("remove a user's grant on a document")
    .argument('<username>')
    .argument('<docId>', 'document id, or * for the all-documents grant')
    .addOption(dataOption())
    .action(async (username: string, docId: string, o: { data: string }) => {
      await ops.revoke({ username, docId, data: o.data });
    });

  program
    .command('backup')
    .description('write a consistent online backup of the store (safe while the server runs)')
    .argument('<file>')
    .addOption(dataOption())
    .action(async (file: string, o: { data: string }) => {
      await ops.backup({ file, data: o.data });
    });

  program
    .command('audit')
    .description('print the audit trail (connections, sign-offs, grants, rejected writes and logins)')
    .option('--doc <id>', 'only this document')
    .option('--since <date>', 'only entries since this date (YYYY-MM-DD or ISO timestamp)')
    .option('--user <username>', 'only this user')
    .option('--kind <kind>', `only this kind of entry (${ops.AUDIT_KINDS.join(', ')})`)
    .option('--limit <n>', 'at most this many entries (the newest)', atLeastOne('--limit'))
    .option('--json', 'machine-readable output')
    .addOption(dataOption())
    .action(async (o: ops.AuditOptions) => {
      await ops.audit(o);
    });

  program
    .command('verify')
    .description("check every sign-off of a document against the server's public key and the current content; exit code 1 when any record is stale or invalid, 2 when the check could not run")
    .argument('[docId]', 'document id on the server')
    .option('--server <url>', 'server URL, e.g. ws://127.0.0.1:1234', process.env.POC_SERVER)
    .option('--token <token>', 'your token', process.env.POC_TOKEN)
    .option('--file <file>', 'a JSON file of sign-off records instead of the server')
    .option('--key <base64>', 'a public key to use instead of the server’s')
    .action(async (docId: string | undefined, o: { server?: string; token?: string; file?: string; key?: string }) => {
      const r = await ops.verify({ docId, ...o });
      if (r.invalid > 0 || r.stale > 0) process.exitCode = 1;
    });
}
