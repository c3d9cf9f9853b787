/**
 * A throw-away PostgreSQL cluster for tests: `initdb` in a temporary folder, then `postgres` on an ephemeral
 * 127.0.0.1 port with its unix socket inside that folder, so nothing depends on a server already running and
 * two test files never meet. Stopped and removed by `stop()`.
 *
 * fsync stays on in the running server: the store promises an update is durable before it is broadcast, and the
 * tests should exercise that path as production runs it. Only `initdb` runs with `--no-sync`: it writes the
 * template files of a cluster that is thrown away anyway, and syncing them cost most of the start-up.
 *
 * A database copied from a template costs about 0.4 s on the CI machine, a new cluster about 2 s: a test file
 * starts one cluster and gives each test a database.
 *
 * PostgreSQL refuses to run as root; under root (CI containers) the cluster runs as the `postgres` system user
 * the Debian package creates, with the folder handed to it.
 */
import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';

/** Where Debian installs the server binaries (one folder per major version). */
const DEBIAN_PG = '/usr/lib/postgresql';

/** A running throw-away cluster. */
export interface PostgresServer {
  /** Connection URL of a database of this cluster (default "postgres"), for the superuser "poc_test". */
  url(database?: string): string;
  /** Creates a new database (a copy of `template` when given) and returns its URL. */
  createDatabase(name: string, template?: string): Promise<string>;
  /** Milliseconds from the call to a cluster accepting connections (reported by the tests' suite). */
  startupMs: number;
  /** Stops the server and removes its folder; safe to call twice. */
  stop(): Promise<void>;
  /** Sends the immediate shutdown and removes the folder without waiting: for a process 'exit' hook, which cannot await. */
  stopNow(): void;
}

/** The folder holding initdb and postgres: the highest version under `debian` (/usr/lib/postgresql), else on `path`; throws naming the package when there is none. */
export function postgresBinDir(debian = DEBIAN_PG, path = process.env.PATH ?? ''): string {
  if (existsSync(debian)) {
    const versions = readdirSync(debian)
      .filter((v) => existsSync(join(debian, v, 'bin', 'initdb')))
      .sort((a, b) => Number(b) - Number(a));
    if (versions.length) return join(debian, versions[0], 'bin');
  }
  for (const dir of path.split(':')) if (dir && existsSync(join(dir, 'initdb')) && existsSync(join(dir, 'postgres'))) return dir;
  throw new Error(
    'PostgreSQL is not installed, and the PostgreSQL storage tests need it: install the Debian package "postgresql" (apt-get install postgresql; .ci/run does) and run them again. They never skip.',
  );
}

/** A port free on 127.0.0.1 now: listen on 0, read it, close. */
async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => resolve(port));
    });
  });
}

/** uid and gid of the `postgres` system user, read from /etc/passwd; throws saying what to do when it is missing. */
function postgresUser(): { uid: number; gid: number } {
  const line = readFileSync('/etc/passwd', 'utf8')
    .split('\n')
    .find((l) => l.startsWith('postgres:'));
  if (!line) throw new Error('PostgreSQL refuses to run as root and there is no "postgres" system user to run it as: install the Debian package "postgresql" (it creates the user), or run the tests as another user.');
  const [, , uid, gid] = line.split(':');
  return { uid: Number(uid), gid: Number(gid) };
}

/** Runs a PostgreSQL program to the end; throws with its output when it fails. */
function run(bin: string, args: string[], as: { uid: number; gid: number } | undefined): void {
  try {
    execFileSync(bin, args, { stdio: 'pipe', ...as, env: { ...process.env, LC_ALL: 'C' } });
  } catch (e) {
    const err = e as { stderr?: Buffer; stdout?: Buffer; message: string };
    throw new Error(`${bin} ${args.join(' ')} failed: ${err.stderr?.toString() || err.stdout?.toString() || err.message}`, { cause: e });
  }
}

/** Starts a throw-away cluster; resolves once it accepts connections. */
export async function startPostgres(): Promise<PostgresServer> {
  const started = performance.now();
  const bin = postgresBinDir();
  const as = process.getuid?.() === 0 ? postgresUser() : undefined;
  const dir = mkdtempSync(join(tmpdir(), 'poc-pg-'));
  const data = join(dir, 'data');
  if (as) chownSync(dir, as.uid, as.gid);
  let child: ChildProcess | undefined;
  let stopped = false;
  const stop = async () => {
    if (stopped) return;
    stopped = true;
    if (child && child.exitCode === null) {
      const exited = new Promise((r) => child!.once('exit', r));
      // SIGQUIT is PostgreSQL's "immediate" shutdown: no final checkpoint (seconds of fsync with fsync on) for a
      // cluster whose folder is removed next.
      child.kill('SIGQUIT');
      await exited;
    }
    rmSync(dir, { recursive: true, force: true });
  };
  const stopNow = () => {
    if (stopped) return;
    stopped = true;
    // SIGQUIT, not SIGKILL: the postmaster then ends its backends itself instead of leaving them orphaned.
    if (child && child.exitCode === null) child.kill('SIGQUIT');
    rmSync(dir, { recursive: true, force: true });
  };
  try {
    run(join(bin, 'initdb'), ['-D', data, '-U', 'poc_test', '--auth=trust', '--no-sync', '--encoding=UTF8', '--no-instructions'], as);
    const port = await freePort();
    // Only the loopback and a socket inside the folder: nothing outside this machine reaches it.
    writeFileSync(join(data, 'postgresql.auto.conf'), `listen_addresses = '127.0.0.1'\nport = ${port}\nunix_socket_directories = '${dir}'\nfsync = on\nmax_connections = 40\n`);
    if (as) chownSync(join(data, 'postgresql.auto.conf'), as.uid, as.gid);
    let output = '';
    child = spawn(join(bin, 'postgres'), ['-D', data], { stdio: ['ignore', 'pipe', 'pipe'], ...as, env: { ...process.env, LC_ALL: 'C' } });
    child.stdout!.on('data', (b: Buffer) => (output += b.toString()));
    child.stderr!.on('data', (b: Buffer) => (output += b.toString()));
    const url = (database = 'postgres') => `postgres://poc_test@127.0.0.1:${port}/${database}`;
    await waitUntilReady(url(), child, () => output);
    return {
      url,
      startupMs: Math.round(performance.now() - started),
      async createDatabase(name, template) {
        const c = new pg.Client({ connectionString: url() });
        await c.connect();
        try {
          await c.query(`CREATE DATABASE ${pg.escapeIdentifier(name)}${template ? ` TEMPLATE ${pg.escapeIdentifier(template)}` : ''}`);
        } finally {
          await c.end();
        }
        return url(name);
      },
      stop,
      stopNow,
    };
  } catch (e) {
    await stop();
    throw e;
  }
}

/** Polls until the cluster answers a query; throws with its log when it exits or stays unready for 30 s (a bound, not a timing under test). */
async function waitUntilReady(url: string, child: ChildProcess, log: () => string): Promise<void> {
  const end = Date.now() + 30_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`PostgreSQL exited while starting (code ${child.exitCode}):\n${log()}`);
    const c = new pg.Client({ connectionString: url });
    try {
      await c.connect();
      await c.query('SELECT 1');
      return;
    } catch {
      if (Date.now() > end) throw new Error(`PostgreSQL did not accept connections within 30 s:\n${log()}`);
      await new Promise((r) => setTimeout(r, 25));
    } finally {
      await c.end().catch(() => {});
    }
  }
}
