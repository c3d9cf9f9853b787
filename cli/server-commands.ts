/**
 * The server's subcommands: serve, user, grant, revoke, team, backup, migrate,
 * audit, verify. Flags here; the work in commands/ (serve.ts, users.ts, grants.ts,
 * backup.ts, audit.ts, re-exported by commands/index.ts), as for the
 * document commands of poc.ts.
 */
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type Command, Option } from 'commander';
import * as ops from './commands/index.js';
import { identityConfig, type IdentityFlags, identityOptions } from './identity-flags.js';
import { loadTemplates } from './templates-dir.js';
import { ACCESS_LEVELS } from '../shared/access-levels.js';
import { DOC_TYPES } from '../shared/template/template-schema.js';

const dataOption = () => new Option('--data <dir>', 'the server data folder (its store is poc.sqlite there, unless POC_STORE_URL names a PostgreSQL database)').env('POC_DATA').makeOptionMandatory();
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

/** A commander parser of a lifetime that must end ("12h", "7d"), into ms. */
const lifetime = (flag: string) => (value: string): number => ops.parseTokenTtl(value, flag, false)!;

interface ServeFlags extends IdentityFlags {
  port: string;
  host: string;
  data: string;
  store?: string;
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
  // transport
  tlsCert?: string;
  tlsKey?: string;
  urlTokens: boolean;
  allowOrigin?: string[];
  trustProxy?: string[];
  // create (issue 10)
  maxDocsPerUser?: number;
  connectsPerMinute?: number;
  // the web workspace (issue 13)
  sessionIdle?: number;
  sessionMax?: number;
  // version history (issue 13)
  autoVersionMinutes?: number;
  // several instances (issue 17)
  redis?: string;
  // dissemination (issue 16)
  missionName?: string;
  chromium?: string;
}

const tokenTtlOption = () => new Option('--token-ttl <lifetime>', 'how long the new token works, e.g. 90d, 12h, 30m ("none": until revoked)').env('POC_TOKEN_TTL');

/** The transport settings of `serve` (TLS, tokens in URLs, origins) from its flags; a half-given TLS pair is refused. */
function transportConfig(o: ServeFlags): { tls?: { certFile: string; keyFile: string }; urlTokens: boolean; allowOrigins?: string[]; trustedProxies?: string[] } {
  if (!!o.tlsCert !== !!o.tlsKey) throw new ops.CommandError('Give both --tls-cert and --tls-key (the certificate and its private key, PEM files), or neither.');
  return {
    ...(o.tlsCert && o.tlsKey ? { tls: { certFile: resolve(o.tlsCert), keyFile: resolve(o.tlsKey) } } : {}),
    urlTokens: o.urlTokens,
    ...(o.allowOrigin ? { allowOrigins: o.allowOrigin } : {}),
    ...(o.trustProxy ? { trustedProxies: o.trustProxy } : {}),
  };
}

/** Adds the server's subcommands to the program. */
export function registerServerCommands(program: Command): void {
  const serve = program
    .command('serve')
    .description('run the sync server (y-websocket protocol and HTTP API on one port)')
    .addOption(new Option('--port <port>', 'port to listen on').env('POC_PORT').default('1234'))
    .addOption(new Option('--host <host>', 'address to listen on').env('POC_HOST').default('127.0.0.1'))
    .addOption(dataOption())
    // PostgreSQL storage (issue 17): several instances share one database; the data folder keeps each one's key file.
    .addOption(new Option('--store <url>', 'keep the store in this PostgreSQL database (postgres://user@host/db) instead of the SQLite file in --data').env('POC_STORE_URL'))
    .option('--demo-vault <dir>', 'folder of documents imported into a new store ("none" to skip; default: the demo-vault folder beside the installed CLI, else ./demo-vault)')
    .addOption(new Option('--log-level <level>', 'pino log level').env('POC_LOG_LEVEL').default('info'))
    .addOption(new Option('--synchronous <mode>', 'SQLite durability: normal commits every update before anyone sees it and writes it to disk within 50 ms (a crash loses nothing; a power cut at most that, which the clients send back); full waits for the disk on every update').choices(['full', 'normal']).default('normal'))
    .addOption(new Option('--time-zone <zone>', "the mission's IANA time zone, whose date deadlines count in (e.g. Africa/Juba)").env('POC_TIME_ZONE').default('UTC'))
    .option('--max-message-bytes <n>', 'largest message accepted', positive)
    .option('--max-awareness-bytes <n>', 'largest presence update accepted', positive)
    .option('--max-connections-per-user <n>', 'simultaneous connections per user (0: no limit)', positive)
    .option('--updates-per-second <n>', 'sustained updates per second per connection (0: no limit)', positive)
    .option('--updates-burst <n>', 'updates allowed in a burst above that rate', positive)
    // create (issue 10)
    .option('--max-docs-per-user <n>', 'live documents one person may have created (default 1000)', atLeastOne('--max-docs-per-user'))
    // Bounded resources (issue 10).
    .option('--max-doc-bytes <n>', "largest stored state of one document (default 64 MiB; 0: no limit); an update past it is refused with 4413", positive)
    .option('--awareness-per-second <n>', 'sustained presence updates per second per connection (0: no limit)', positive)
    .option('--awareness-bytes-per-second <n>', 'sustained presence bytes per second per connection (0: no limit)', positive)
    .option('--connects-per-minute <n>', 'WebSocket connects one client address may make per minute (default 600; then 4529)', atLeastOne('--connects-per-minute'))
    .option('--auto-version-minutes <n>', 'shortest time between two automatic versions of a document being edited (default 10)', atLeastOne('--auto-version-minutes'))
    .addOption(templatesOption())
    .addOption(new Option('--tls-cert <file>', 'serve https:// and wss:// with this PEM certificate (with --tls-key)').env('POC_TLS_CERT'))
    .addOption(new Option('--tls-key <file>', 'the PEM private key of --tls-cert').env('POC_TLS_KEY'))
    .option('--no-url-tokens', 'refuse long-lived tokens in WebSocket URLs (?token=); clients use single-use tickets (POST /api/tickets)')
    .option('--allow-origin <origin>', 'a browser origin allowed to open WebSockets besides the server\'s own (repeatable; replaces the default: the Obsidian app origins)', collect)
    .option('--session-idle <lifetime>', 'a web workspace session not used for this long ends, e.g. 12h (default 12h)', lifetime('--session-idle'))
    .option('--session-max <lifetime>', 'a web workspace session ends this long after sign-in whatever happens, e.g. 7d (default 7d)', lifetime('--session-max'))
    .addOption(new Option('--mission-name <name>', "the mission's name, printed on the title page of every Word and PDF export (e.g. MINUSAR)").env('POC_MISSION_NAME'))
    .addOption(new Option('--chromium <path>', 'the Chromium that prints PDF exports (default: /usr/bin/chromium and other usual places)').env('POC_CHROMIUM'))
    .option('--trust-proxy <address>', 'the address of a reverse proxy in front of this server (e.g. 127.0.0.1): its X-Forwarded-For names the client for per-address limits and the audit (repeatable)', collect)
    .addOption(new Option('--redis <url>', 'Redis shared by several instances of the server behind one load balancer, e.g. redis://127.0.0.1:6379: edits, presence, access changes and rate limits reach them all').env('POC_REDIS_URL'));
  // people and access (issue 14): single sign-on and the public address
  for (const option of identityOptions()) serve.addOption(option);
  serve.action(async (o: ServeFlags) => {
    const identity = identityConfig(o);
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
      ...(o.store ? { store: o.store } : {}),
      demoVault: o.demoVault === 'none' ? null : o.demoVault,
      // Resolved beside this file: dist/poc.js (the bundle) and cli/ (the sources) both sit one level below the project.
      defaultDemoVault: fileURLToPath(new URL('../demo-vault', import.meta.url)),
      logLevel: o.logLevel,
      limits,
      config: {
        synchronous: o.synchronous,
        timeZone: o.timeZone,
        templates: await loadTemplates(o.templates),
        keyPassphrase: process.env.POC_KEY_PASSPHRASE,
        ...transportConfig(o),
        ...identity,
        ...(o.missionName ? { missionName: o.missionName } : {}),
        ...(o.chromium ? { chromiumPath: resolve(o.chromium) } : {}),
        ...(o.maxDocsPerUser === undefined ? {} : { maxDocsPerUser: o.maxDocsPerUser }),
        ...(o.sessionIdle === undefined ? {} : { sessionIdleMs: o.sessionIdle }),
        ...(o.sessionMax === undefined ? {} : { sessionMaxMs: o.sessionMax }),
        ...(o.autoVersionMinutes === undefined ? {} : { autoVersionEveryMs: o.autoVersionMinutes * 60_000 }),
        ...(o.redis ? { redisUrl: o.redis } : {}),
        // Raised for many clients behind one address (a load test, an office behind one NAT); the rule keeps its one-minute window.
        ...(o.connectsPerMinute === undefined ? {} : { rateLimits: { connectsPerAddress: { points: o.connectsPerMinute, durationSec: 60 } } }),
      },
    });
  });

  const user = program.command('user').description('manage users and their tokens');
  user
    .command('add')
    .description('create a user and print a new token as the last line (shown once)')
    .argument('<username>')
    .requiredOption('--name <full name>', "the person's full name, shown on sign-offs")
    .option('--office <office>', 'an office the user holds and may sign off as: office for the whole mission, or office@area (e.g. head-of-office@"Sector North") for the documents of that area (repeatable)', collect)
    .option('--admin', 'also grant owner access to every document')
    .option('--can-create', 'may create documents (administrators always may)')
    .option('--email <address>', "the person's email (single sign-on finds them by it on their first sign-in)")
    .addOption(dataOption())
    .addOption(templatesOption())
    .addOption(tokenTtlOption())
    .action(async (username: string, o: { name: string; office?: string[]; admin?: boolean; canCreate?: boolean; email?: string; data: string; templates?: string; tokenTtl?: string }) => {
      const tokenTtlMs = o.tokenTtl === undefined ? null : ops.parseTokenTtl(o.tokenTtl);
      await ops.userAdd({ username, name: o.name, email: o.email, offices: o.office, admin: o.admin, canCreate: o.canCreate, data: o.data, templates: await loadTemplates(o.templates), tokenTtlMs });
    });
  // people and access (issue 14): cli/commands/people.ts, the same services as the administration API
  user
    .command('list')
    .description('list everyone: username, name, email, offices, teams, administrator, disabled, last seen')
    .option('--json', 'machine-readable output')
    .addOption(dataOption())
    .action(async (o: { json?: boolean; data: string }) => {
      await ops.userList(o);
    });
  user
    .command('set-offices')
    .description("replace the offices a user holds in their own right (office or office@area); give none to clear them")
    .argument('<username>')
    .argument('[holding...]', 'office (mission-wide) or office@area')
    .option('--doc <id>', 'bind the holdings to this document id (repeatable)', collect)
    .addOption(dataOption())
    .addOption(templatesOption())
    .action(async (username: string, holdings: string[], o: { doc?: string[]; data: string; templates?: string }) => {
      await ops.userSetOffices({ username, holdings, docs: o.doc, data: o.data, templates: await loadTemplates(o.templates) });
    });
  for (const [verb, disabled] of [['disable', true], ['enable', false]] as const) {
    user
      .command(verb)
      .description(disabled ? "disable a user: their tokens, browser sessions and live connections stop working (enable gives them back)" : 'enable a disabled user again')
      .argument('<username>')
      .addOption(dataOption())
      .action(async (username: string, o: { data: string }) => {
        await ops.userSetDisabled({ username, disabled, data: o.data });
      });
  }
  user
    .command('invite')
    .description('print a single-use link that signs the user in to the web workspace once (valid 7 days; replaces earlier links)')
    .argument('<username>')
    .addOption(new Option('--public-url <url>', 'the address people open the workspace at, e.g. https://poc.example.org').env('POC_PUBLIC_URL'))
    .addOption(dataOption())
    .action(async (username: string, o: { publicUrl?: string; data: string }) => {
      await ops.userInvite({ username, publicUrl: o.publicUrl, data: o.data });
    });
  // create (issue 10)
  user
    .command('can-create')
    .description('give (yes) or take (no) a user\'s right to create documents')
    .argument('<username>')
    .argument('<yes|no>')
    .addOption(dataOption())
    .action(async (username: string, answer: string, o: { data: string }) => {
      await ops.userCanCreate({ username, answer, data: o.data });
    });
  user
    .command('token')
    .description('issue another token for a user (printed as the last line)')
    .argument('<username>')
    .addOption(dataOption())
    .addOption(tokenTtlOption())
    .action(async (username: string, o: { data: string; tokenTtl?: string }) => {
      await ops.userToken({ username, data: o.data, tokenTtlMs: o.tokenTtl === undefined ? null : ops.parseTokenTtl(o.tokenTtl) });
    });
  user
    .command('revoke')
    .description("revoke all of a user's tokens, or one with --token ID (live connections are closed)")
    .argument('<username>')
    .option('--token <id>', 'revoke only this token (its id from "poc user tokens")')
    .addOption(dataOption())
    .action(async (username: string, o: { data: string; token?: string }) => {
      if (o.token !== undefined) await ops.userRevokeToken({ username, id: o.token, data: o.data });
      else await ops.userRevoke({ username, data: o.data });
    });
  user
    .command('tokens')
    .description("list a user's tokens by id: issued, expires, revoked (never the tokens themselves)")
    .argument('<username>')
    .addOption(dataOption())
    .action(async (username: string, o: { data: string }) => {
      await ops.userTokens({ username, data: o.data });
    });
  // Offices in scope (issue 10, sign-offs)
  user
    .command('office')
    .description('add or remove offices a user holds: office (mission-wide) or office@area; --doc binds them to documents')
    .argument('<username>')
    .option('--add <office>', 'an office to hold: office or office@area (repeatable)', collect)
    .option('--remove <office>', 'an office to give up, as it was added (repeatable)', collect)
    .option('--doc <id>', 'bind the added (or removed) offices to this document id (repeatable)', collect)
    .addOption(dataOption())
    .addOption(templatesOption())
    .action(async (username: string, o: { add?: string[]; remove?: string[]; doc?: string[]; data: string; templates?: string }) => {
      await ops.userOffice({ username, add: o.add, remove: o.remove, docs: o.doc, data: o.data, templates: await loadTemplates(o.templates) });
    });

  // create (issue 10): documents are created by right; an administrator creates them here too.
  const doc = program.command('doc').description('create documents (connecting never creates one)');
  doc
    .command('create')
    .description('create a document owned by a user and print its id as the last line')
    .requiredOption('--type <type>', `document type (${DOC_TYPES.join(', ')})`)
    .requiredOption('--title <title>', 'its title')
    .requiredOption('--owner <username>', 'the user who owns it')
    .option('--id <id>', 'choose the id (default: an unguessable one)')
    .option('--empty', 'start empty, for content written afterwards by a client (default: the template\'s new document)')
    .addOption(dataOption())
    .addOption(templatesOption())
    .action(async (o: { type: string; title: string; owner: string; id?: string; empty?: boolean; data: string; templates?: string }) => {
      await ops.docCreate({ ...o, templates: await loadTemplates(o.templates) });
    });

  program
    .command('grant')
    .description('give a user access to a document ("*" for every document)')
    .argument('<username>')
    .argument('<docId>', 'document id, or * for all')
    .argument('<access>', ACCESS_LEVELS.join(' | '))
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

  // people and access (issue 14): teams
  const team = program.command('team').description('manage teams: people who share grants and may hold offices together');
  team
    .command('add')
    .description('create a team')
    .argument('<id>', 'its id: lower-case letters, digits, ".", "_" or "-"')
    .requiredOption('--name <name>', 'its name, e.g. "Sector North POC working group"')
    .option('--office <office>', 'an office every member holds: office (mission-wide) or office@area, e.g. head-of-office@"Sector North" (repeatable)', collect)
    .option('--claim <value>', "the identity provider's claim value (e.g. a group) whose holders become members at sign-in")
    .addOption(dataOption())
    .addOption(templatesOption())
    .action(async (id: string, o: { name: string; office?: string[]; claim?: string; data: string; templates?: string }) => {
      await ops.teamAdd({ id, name: o.name, offices: o.office, claim: o.claim, data: o.data, templates: await loadTemplates(o.templates) });
    });
  team
    .command('list')
    .description('list the teams with their offices, members (managers starred) and grants')
    .option('--json', 'machine-readable output')
    .addOption(dataOption())
    .action(async (o: { json?: boolean; data: string }) => {
      await ops.teamList(o);
    });
  team
    .command('member')
    .description('add a person to a team (--manager: as a manager), or remove them (--remove)')
    .argument('<team>')
    .argument('<username>')
    .option('--manager', 'make them a manager: they may add and remove the team\'s members')
    .option('--remove', 'remove them from the team')
    .addOption(dataOption())
    .action(async (teamId: string, username: string, o: { manager?: boolean; remove?: boolean; data: string }) => {
      await ops.teamMember({ team: teamId, user: username, manager: o.manager, remove: o.remove, data: o.data });
    });
  team
    .command('grant')
    .description('give a team access to a document ("*" for every document)')
    .argument('<team>')
    .argument('<docId>', 'document id, or * for all')
    .argument('<access>', 'viewer | commenter | editor')
    .addOption(dataOption())
    .action(async (teamId: string, docId: string, access: string, o: { data: string }) => {
      await ops.teamGrant({ team: teamId, docId, access, data: o.data });
    });
  team
    .command('revoke')
    .description("remove a team's grant on a document")
    .argument('<team>')
    .argument('<docId>', 'document id, or * for the all-documents grant')
    .addOption(dataOption())
    .action(async (teamId: string, docId: string, o: { data: string }) => {
      await ops.teamRevoke({ team: teamId, docId, data: o.data });
    });
  team
    .command('remove')
    .description('delete a team: its members lose what it gave them')
    .argument('<team>')
    .addOption(dataOption())
    .action(async (teamId: string, o: { data: string }) => {
      await ops.teamRemove({ team: teamId, data: o.data });
    });

  program
    .command('backup')
    .description('write a consistent online backup of the store (safe while the server runs)')
    .argument('<file>')
    .addOption(dataOption())
    .action(async (file: string, o: { data: string }) => {
      await ops.backup({ file, data: o.data });
    });

  // PostgreSQL storage (issue 17): a SQLite store moved into PostgreSQL, table by table, counts checked.
  program
    .command('migrate')
    .description('copy a SQLite store into an empty PostgreSQL database in one transaction, checking every table\'s row count (stop the server first)')
    .requiredOption('--from <path>', 'the server data folder, or its poc.sqlite file')
    .requiredOption('--to <url>', 'the PostgreSQL database to copy into, e.g. postgres://poc@db.example.org/poc (it must hold no store yet)')
    .action(async (o: { from: string; to: string }) => {
      await ops.migrate(o);
    });

  // -- the demo store npm start makes (issue 14): no all-powerful account
  program
    .command('demo-setup')
    .description('set up a NEW store for trying the workspace: imports the demo vault, adds an admin with no office and three demo people with a team, and writes their tokens to demo-tokens.txt (0600) in the data folder; prints the admin token as the last line')
    .option('--demo-vault <dir>', 'the demo vault to import (default: the demo-vault folder beside the installed CLI)')
    .addOption(dataOption())
    .addOption(templatesOption())
    .action(async (o: { data: string; demoVault?: string; templates?: string }) => {
      const demoVault = o.demoVault ?? fileURLToPath(new URL('../demo-vault', import.meta.url));
      const { accounts } = await ops.demoSetup({ data: o.data, demoVault, templates: await loadTemplates(o.templates) });
      console.log(accounts[0].token);
    });

  // -- secrets at rest: the signing keys (the key file beside the store; POC_KEY_PASSPHRASE seals it)
  const key = program.command('key').description('manage the signing keys (the key file beside the store; POC_KEY_PASSPHRASE seals it)');
  key
    .command('rotate')
    .description('make a new current signing key; the old public keys stay published so old sign-offs keep verifying (restart the server to sign with it)')
    .addOption(dataOption())
    .action(async (o: { data: string }) => {
      await ops.keyRotate({ data: o.data, passphrase: process.env.POC_KEY_PASSPHRASE });
    });
  key
    .command('list')
    .description('list the published public keys, current first, and whether the key file is sealed')
    .addOption(dataOption())
    .action(async (o: { data: string }) => {
      await ops.keyList({ data: o.data });
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
    .addOption(new Option('--server <url>', 'server URL, e.g. ws://127.0.0.1:1234').env('POC_SERVER'))
    .addOption(new Option('--token <token>', 'your token; prefer the POC_TOKEN environment variable (never shown in help), since other users of this computer can read command lines').env('POC_TOKEN'))
    .option('--file <file>', 'a JSON file of sign-off records instead of the server')
    .option('--key <file|base64>', "the public keys you trust, obtained out of band: a file holding the JSON of /api/keys or base64 public keys one per line (or one base64 key); the server's own keys are then not used")
    .action(async (docId: string | undefined, o: { server?: string; token?: string; file?: string; key?: string }) => {
      const r = await ops.verify({ docId, ...o });
      if (r.invalid > 0 || r.stale > 0) process.exitCode = 1;
    });
}
