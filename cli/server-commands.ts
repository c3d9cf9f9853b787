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
import { collect, sharedFlags } from './server-flags.js';
import { loadTemplates } from './templates-dir.js';
import { ACCESS_LEVELS } from '../shared/access-levels.js';
import { wordsOf } from '../shared/i18n/catalogue.js';
import { DEFAULT_LOCALE, type Locale } from '../shared/i18n/locale.js';
import { cliAdminHelp } from '../shared/i18n/messages/cli-admin-help.js';
import { cliServer } from '../shared/i18n/messages/cli-server.js';
import { DOC_TYPES } from '../shared/template/template-schema.js';

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

/** The transport settings of `serve` (TLS, tokens in URLs, origins) from its flags; a half-given TLS pair is refused (in `locale`). */
function transportConfig(o: ServeFlags, locale: Locale): { tls?: { certFile: string; keyFile: string }; urlTokens: boolean; allowOrigins?: string[]; trustedProxies?: string[] } {
  if (!!o.tlsCert !== !!o.tlsKey) throw new ops.CommandError(wordsOf(cliServer, locale)('serve.tlsPair'));
  return {
    ...(o.tlsCert && o.tlsKey ? { tls: { certFile: resolve(o.tlsCert), keyFile: resolve(o.tlsKey) } } : {}),
    urlTokens: o.urlTokens,
    ...(o.allowOrigin ? { allowOrigins: o.allowOrigin } : {}),
    ...(o.trustProxy ? { trustedProxies: o.trustProxy } : {}),
  };
}

/**
 * Adds the server's subcommands to the program, their help in `locale`, and the language every command then
 * speaks (the CLI's: --lang, then the shell's).
 */
export function registerServerCommands(program: Command, locale: Locale = DEFAULT_LOCALE): void {
  const h = wordsOf(cliAdminHelp, locale);
  const { dataOption, templatesOption, tokenTtlOption, positive, atLeastOne, lifetime } = sharedFlags(locale);
  const serve = program
    .command('serve')
    .description(h('serve.description'))
    .addOption(new Option('--port <port>', h('serve.port')).env('POC_PORT').default('1234'))
    .addOption(new Option('--host <host>', h('serve.host')).env('POC_HOST').default('127.0.0.1'))
    .addOption(dataOption())
    // PostgreSQL storage (issue 17): several instances share one database; the data folder keeps each one's key file.
    .addOption(new Option('--store <url>', h('serve.store')).env('POC_STORE_URL'))
    .option('--demo-vault <dir>', h('serve.demoVault'))
    .addOption(new Option('--log-level <level>', h('serve.logLevel')).env('POC_LOG_LEVEL').default('info'))
    .addOption(new Option('--synchronous <mode>', h('serve.synchronous')).choices(['full', 'normal']).default('normal'))
    .addOption(new Option('--time-zone <zone>', h('serve.timeZone')).env('POC_TIME_ZONE').default('UTC'))
    .option('--max-message-bytes <n>', h('serve.maxMessageBytes'), positive)
    .option('--max-awareness-bytes <n>', h('serve.maxAwarenessBytes'), positive)
    .option('--max-connections-per-user <n>', h('serve.maxConnectionsPerUser'), positive)
    .option('--updates-per-second <n>', h('serve.updatesPerSecond'), positive)
    .option('--updates-burst <n>', h('serve.updatesBurst'), positive)
    // create (issue 10)
    .option('--max-docs-per-user <n>', h('serve.maxDocsPerUser'), atLeastOne('--max-docs-per-user'))
    // Bounded resources (issue 10).
    .option('--max-doc-bytes <n>', h('serve.maxDocBytes'), positive)
    .option('--awareness-per-second <n>', h('serve.awarenessPerSecond'), positive)
    .option('--awareness-bytes-per-second <n>', h('serve.awarenessBytesPerSecond'), positive)
    .option('--connects-per-minute <n>', h('serve.connectsPerMinute'), atLeastOne('--connects-per-minute'))
    .option('--auto-version-minutes <n>', h('serve.autoVersionMinutes'), atLeastOne('--auto-version-minutes'))
    .addOption(templatesOption())
    .addOption(new Option('--tls-cert <file>', h('serve.tlsCert')).env('POC_TLS_CERT'))
    .addOption(new Option('--tls-key <file>', h('serve.tlsKey')).env('POC_TLS_KEY'))
    .option('--no-url-tokens', h('serve.noUrlTokens'))
    .option('--allow-origin <origin>', h('serve.allowOrigin'), collect)
    .option('--session-idle <lifetime>', h('serve.sessionIdle'), lifetime('--session-idle'))
    .option('--session-max <lifetime>', h('serve.sessionMax'), lifetime('--session-max'))
    .addOption(new Option('--mission-name <name>', h('serve.missionName')).env('POC_MISSION_NAME'))
    .addOption(new Option('--chromium <path>', h('serve.chromium')).env('POC_CHROMIUM'))
    .option('--trust-proxy <address>', h('serve.trustProxy'), collect)
    .addOption(new Option('--redis <url>', h('serve.redis')).env('POC_REDIS_URL'));
  // people and access (issue 14): single sign-on and the public address
  for (const option of identityOptions(locale)) serve.addOption(option);
  serve.action(async (o: ServeFlags) => {
    const identity = identityConfig(o, locale);
    const port = Number(o.port);
    if (!Number.isInteger(port) || port < 0 || port > 65535) throw new ops.CommandError(wordsOf(cliServer, locale)('serve.badPort', { port: o.port }));
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
      locale,
      config: {
        synchronous: o.synchronous,
        timeZone: o.timeZone,
        templates: await loadTemplates(o.templates),
        keyPassphrase: process.env.POC_KEY_PASSPHRASE,
        ...transportConfig(o, locale),
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

  const user = program.command('user').description(h('user.description'));
  user
    .command('add')
    .description(h('user.add.description'))
    .argument('<username>')
    .requiredOption('--name <full name>', h('user.add.name'))
    .option('--office <office>', h('user.add.office'), collect)
    .option('--admin', h('user.add.admin'))
    .option('--can-create', h('user.add.canCreate'))
    .option('--email <address>', h('user.add.email'))
    .addOption(dataOption())
    .addOption(templatesOption())
    .addOption(tokenTtlOption())
    .action(async (username: string, o: { name: string; office?: string[]; admin?: boolean; canCreate?: boolean; email?: string; data: string; templates?: string; tokenTtl?: string }) => {
      const tokenTtlMs = o.tokenTtl === undefined ? null : ops.parseTokenTtl(o.tokenTtl, undefined, undefined, locale);
      await ops.userAdd({ username, name: o.name, email: o.email, offices: o.office, admin: o.admin, canCreate: o.canCreate, data: o.data, templates: await loadTemplates(o.templates), tokenTtlMs, locale });
    });
  // people and access (issue 14): cli/commands/people.ts, the same services as the administration API
  user
    .command('list')
    .description(h('user.list.description'))
    .option('--json', h('option.json'))
    .addOption(dataOption())
    .action(async (o: { json?: boolean; data: string }) => {
      await ops.userList({ ...o, locale });
    });
  user
    .command('set-offices')
    .description(h('user.setOffices.description'))
    .argument('<username>')
    .argument('[holding...]', h('user.setOffices.holding'))
    .option('--doc <id>', h('user.setOffices.doc'), collect)
    .addOption(dataOption())
    .addOption(templatesOption())
    .action(async (username: string, holdings: string[], o: { doc?: string[]; data: string; templates?: string }) => {
      await ops.userSetOffices({ username, holdings, docs: o.doc, data: o.data, templates: await loadTemplates(o.templates), locale });
    });
  for (const [verb, disabled] of [['disable', true], ['enable', false]] as const) {
    user
      .command(verb)
      .description(h(disabled ? 'user.disable.description' : 'user.enable.description'))
      .argument('<username>')
      .addOption(dataOption())
      .action(async (username: string, o: { data: string }) => {
        await ops.userSetDisabled({ username, disabled, data: o.data, locale });
      });
  }
  user
    .command('invite')
    .description(h('user.invite.description'))
    .argument('<username>')
    .addOption(new Option('--public-url <url>', h('user.invite.publicUrl')).env('POC_PUBLIC_URL'))
    .addOption(dataOption())
    .action(async (username: string, o: { publicUrl?: string; data: string }) => {
      await ops.userInvite({ username, publicUrl: o.publicUrl, data: o.data, locale });
    });
  // create (issue 10)
  user
    .command('can-create')
    .description(h('user.canCreate.description'))
    .argument('<username>')
    .argument('<yes|no>')
    .addOption(dataOption())
    .action(async (username: string, answer: string, o: { data: string }) => {
      await ops.userCanCreate({ username, answer, data: o.data, locale });
    });
  user
    .command('token')
    .description(h('user.token.description'))
    .argument('<username>')
    .addOption(dataOption())
    .addOption(tokenTtlOption())
    .action(async (username: string, o: { data: string; tokenTtl?: string }) => {
      await ops.userToken({ username, data: o.data, tokenTtlMs: o.tokenTtl === undefined ? null : ops.parseTokenTtl(o.tokenTtl, undefined, undefined, locale), locale });
    });
  user
    .command('revoke')
    .description(h('user.revoke.description'))
    .argument('<username>')
    .option('--token <id>', h('user.revoke.token'))
    .addOption(dataOption())
    .action(async (username: string, o: { data: string; token?: string }) => {
      if (o.token !== undefined) await ops.userRevokeToken({ username, id: o.token, data: o.data, locale });
      else await ops.userRevoke({ username, data: o.data, locale });
    });
  user
    .command('tokens')
    .description(h('user.tokens.description'))
    .argument('<username>')
    .addOption(dataOption())
    .action(async (username: string, o: { data: string }) => {
      await ops.userTokens({ username, data: o.data, locale });
    });
  // Offices in scope (issue 10, sign-offs)
  user
    .command('office')
    .description(h('user.office.description'))
    .argument('<username>')
    .option('--add <office>', h('user.office.add'), collect)
    .option('--remove <office>', h('user.office.remove'), collect)
    .option('--doc <id>', h('user.office.doc'), collect)
    .addOption(dataOption())
    .addOption(templatesOption())
    .action(async (username: string, o: { add?: string[]; remove?: string[]; doc?: string[]; data: string; templates?: string }) => {
      await ops.userOffice({ username, add: o.add, remove: o.remove, docs: o.doc, data: o.data, templates: await loadTemplates(o.templates), locale });
    });

  // create (issue 10): documents are created by right; an administrator creates them here too.
  const doc = program.command('doc').description(h('doc.description'));
  doc
    .command('create')
    .description(h('doc.create.description'))
    .requiredOption('--type <type>', h('doc.create.type', { types: DOC_TYPES.join(', ') }))
    .requiredOption('--title <title>', h('doc.create.title'))
    .requiredOption('--owner <username>', h('doc.create.owner'))
    .option('--id <id>', h('doc.create.id'))
    .option('--empty', h('doc.create.empty'))
    .addOption(dataOption())
    .addOption(templatesOption())
    .action(async (o: { type: string; title: string; owner: string; id?: string; empty?: boolean; data: string; templates?: string }) => {
      // The global --lang chooses the document's language too, as for `poc new` (a subcommand's own --lang would never see it).
      const lang = program.opts<{ lang?: Locale }>().lang;
      await ops.docCreate({ ...o, ...(lang === undefined ? {} : { lang }), templates: await loadTemplates(o.templates), locale });
    });

  program
    .command('grant')
    .description(h('grant.description'))
    .argument('<username>')
    .argument('<docId>', h('arg.docId'))
    .argument('<access>', ACCESS_LEVELS.join(' | '))
    .addOption(dataOption())
    .action(async (username: string, docId: string, access: string, o: { data: string }) => {
      await ops.grant({ username, docId, access, data: o.data, locale });
    });
  program
    .command('revoke')
    .description(h('revoke.description'))
    .argument('<username>')
    .argument('<docId>', h('arg.docIdRevoke'))
    .addOption(dataOption())
    .action(async (username: string, docId: string, o: { data: string }) => {
      await ops.revoke({ username, docId, data: o.data, locale });
    });

  // people and access (issue 14): teams
  const team = program.command('team').description(h('team.description'));
  team
    .command('add')
    .description(h('team.add.description'))
    .argument('<id>', h('team.add.id'))
    .requiredOption('--name <name>', h('team.add.name'))
    .option('--office <office>', h('team.add.office'), collect)
    .option('--claim <value>', h('team.add.claim'))
    .addOption(dataOption())
    .addOption(templatesOption())
    .action(async (id: string, o: { name: string; office?: string[]; claim?: string; data: string; templates?: string }) => {
      await ops.teamAdd({ id, name: o.name, offices: o.office, claim: o.claim, data: o.data, templates: await loadTemplates(o.templates), locale });
    });
  team
    .command('list')
    .description(h('team.list.description'))
    .option('--json', h('option.json'))
    .addOption(dataOption())
    .action(async (o: { json?: boolean; data: string }) => {
      await ops.teamList({ ...o, locale });
    });
  team
    .command('member')
    .description(h('team.member.description'))
    .argument('<team>')
    .argument('<username>')
    .option('--manager', h('team.member.manager'))
    .option('--remove', h('team.member.remove'))
    .addOption(dataOption())
    .action(async (teamId: string, username: string, o: { manager?: boolean; remove?: boolean; data: string }) => {
      await ops.teamMember({ team: teamId, user: username, manager: o.manager, remove: o.remove, data: o.data, locale });
    });
  team
    .command('grant')
    .description(h('team.grant.description'))
    .argument('<team>')
    .argument('<docId>', h('arg.docId'))
    .argument('<access>', 'viewer | commenter | editor')
    .addOption(dataOption())
    .action(async (teamId: string, docId: string, access: string, o: { data: string }) => {
      await ops.teamGrant({ team: teamId, docId, access, data: o.data, locale });
    });
  team
    .command('revoke')
    .description(h('team.revoke.description'))
    .argument('<team>')
    .argument('<docId>', h('arg.docIdRevoke'))
    .addOption(dataOption())
    .action(async (teamId: string, docId: string, o: { data: string }) => {
      await ops.teamRevoke({ team: teamId, docId, data: o.data, locale });
    });
  team
    .command('remove')
    .description(h('team.remove.description'))
    .argument('<team>')
    .addOption(dataOption())
    .action(async (teamId: string, o: { data: string }) => {
      await ops.teamRemove({ team: teamId, data: o.data, locale });
    });

  program
    .command('backup')
    .description(h('backup.description'))
    .argument('<file>')
    .addOption(dataOption())
    .action(async (file: string, o: { data: string }) => {
      await ops.backup({ file, data: o.data, locale });
    });

  // PostgreSQL storage (issue 17): a SQLite store moved into PostgreSQL, table by table, counts checked.
  program
    .command('migrate')
    .description(h('migrate.description'))
    .requiredOption('--from <path>', h('migrate.from'))
    .requiredOption('--to <url>', h('migrate.to'))
    .action(async (o: { from: string; to: string }) => {
      await ops.migrate({ ...o, locale });
    });

  // -- the demo store npm start makes (issue 14): no all-powerful account
  program
    .command('demo-setup')
    .description(h('demo.description'))
    .option('--demo-vault <dir>', h('demo.demoVault'))
    .addOption(dataOption())
    .addOption(templatesOption())
    .action(async (o: { data: string; demoVault?: string; templates?: string }) => {
      const demoVault = o.demoVault ?? fileURLToPath(new URL('../demo-vault', import.meta.url));
      const { accounts } = await ops.demoSetup({ data: o.data, demoVault, templates: await loadTemplates(o.templates), locale });
      console.log(accounts[0].token);
    });

  // -- secrets at rest: the signing keys (the key file beside the store; POC_KEY_PASSPHRASE seals it)
  const key = program.command('key').description(h('key.description'));
  key
    .command('rotate')
    .description(h('key.rotate.description'))
    .addOption(dataOption())
    .action(async (o: { data: string }) => {
      await ops.keyRotate({ data: o.data, passphrase: process.env.POC_KEY_PASSPHRASE, locale });
    });
  key
    .command('list')
    .description(h('key.list.description'))
    .addOption(dataOption())
    .action(async (o: { data: string }) => {
      await ops.keyList({ data: o.data, locale });
    });

  program
    .command('audit')
    .description(h('audit.description'))
    .option('--doc <id>', h('audit.doc'))
    .option('--since <date>', h('audit.since'))
    .option('--user <username>', h('audit.user'))
    .option('--kind <kind>', h('audit.kind', { kinds: ops.AUDIT_KINDS.join(', ') }))
    .option('--limit <n>', h('audit.limit'), atLeastOne('--limit'))
    .option('--json', h('option.json'))
    .addOption(dataOption())
    .action(async (o: ops.AuditOptions) => {
      await ops.audit({ ...o, locale });
    });

  program
    .command('verify')
    .description(h('verify.description'))
    .argument('[docId]', h('verify.docId'))
    .addOption(new Option('--server <url>', h('verify.server')).env('POC_SERVER'))
    .addOption(new Option('--token <token>', h('verify.token')).env('POC_TOKEN'))
    .option('--file <file>', h('verify.file'))
    .option('--key <file|base64>', h('verify.key'))
    .action(async (docId: string | undefined, o: { server?: string; token?: string; file?: string; key?: string }) => {
      const r = await ops.verify({ docId, ...o, locale });
      if (r.invalid > 0 || r.stale > 0) process.exitCode = 1;
    });
}
