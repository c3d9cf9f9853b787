/**
 * A real Redis for the scale-out tests (issue 17): `redis-server` started on a free 127.0.0.1 port, in a temporary
 * folder, without persistence, and stopped after. It can be killed (SIGKILL) and started again on the same port, as
 * an outage. Without `redis-server` the test fails with a message naming the Debian package: these tests are never
 * skipped.
 */
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { createServer } from 'node:net';
import WebSocket from 'ws';
import { tempDir } from './test-server.js';

/** A running Redis of a test. */
export interface TestRedis {
  /** redis://127.0.0.1:PORT */
  url: string;
  port: number;
  /** Kills it at once (SIGKILL), as a crash or a network cut would leave the servers using it. */
  kill(): Promise<void>;
  /** Starts it again on the same port, empty (no persistence), after `kill`. */
  restart(): Promise<void>;
  /** Stops it and removes its folder. */
  stop(): Promise<void>;
  /** Kills it and removes its folder without waiting: for a process 'exit' hook, which cannot await. */
  stopNow(): void;
}

/** The program; POC_REDIS_SERVER names another one. */
const PROGRAM = process.env.POC_REDIS_SERVER ?? 'redis-server';

/** Fails, naming the package, when `redis-server` cannot be run here. */
function requireRedisServer(): void {
  const probe = spawnSync(PROGRAM, ['--version'], { encoding: 'utf8' });
  if (probe.error || probe.status !== 0) {
    throw new Error(
      `The scale-out tests need a Redis server and "${PROGRAM}" cannot be run here (${probe.error?.message ?? `exit ${probe.status}`}). ` +
        'Install the Debian package redis-server (apt-get install redis-server; .ci/run does), or set POC_REDIS_SERVER to its path.',
    );
  }
}

/** A port that was free a moment ago on 127.0.0.1 (Redis cannot be told to pick one and say which). */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });
}

/** Starts redis-server on `port` in `dir`; resolves once it accepts connections, rejects with its output if it exits first. */
function launch(port: number, dir: string): Promise<ChildProcess> {
  const proc = spawn(PROGRAM, ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no', '--dir', dir, '--daemonize', 'no', '--loglevel', 'notice'], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`redis-server did not start within 10 s:\n${output}`)), 10_000);
    const onData = (d: Buffer) => {
      output += d.toString();
      if (output.includes('Ready to accept connections')) {
        clearTimeout(timer);
        resolve(proc);
      }
    };
    proc.stdout!.on('data', onData);
    proc.stderr!.on('data', onData);
    proc.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`redis-server exited (${code}) before accepting connections:\n${output}`));
    });
  });
}

/** Resolves once the process has exited. */
function exited(proc: ChildProcess): Promise<void> {
  if (proc.exitCode !== null || proc.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => proc.once('exit', () => resolve()));
}

/** Starts a Redis for a test on a free loopback port (a few tries, should another program take the port first). */
export async function startRedis(): Promise<TestRedis> {
  requireRedisServer();
  const tmp = tempDir('poc-redis-');
  let port = 0;
  let proc: ChildProcess | undefined;
  let lastError: unknown;
  for (let attempt = 0; attempt < 5 && !proc; attempt++) {
    port = await freePort();
    proc = await launch(port, tmp.dir).catch((e: unknown) => ((lastError = e), undefined));
  }
  if (!proc) {
    tmp.remove();
    throw lastError;
  }
  let current: ChildProcess = proc;
  return {
    url: `redis://127.0.0.1:${port}`,
    port,
    async kill() {
      current.kill('SIGKILL');
      await exited(current);
    },
    async restart() {
      current = await launch(port, tmp.dir);
    },
    async stop() {
      current.kill('SIGTERM');
      await exited(current);
      tmp.remove();
    },
    stopNow() {
      current.kill('SIGKILL');
      tmp.remove();
    },
  };
}

/**
 * A WebSocket class for `connectClient`'s `socket` option that connects each attempt to the next of several instances
 * (their ports, asked at each attempt), as a client behind a load balancer does: when an instance dies, the client's
 * next reconnect goes to another.
 */
export function failoverSocket(ports: () => readonly number[]): new (url: string | URL, protocols?: string | string[]) => WebSocket {
  let attempt = 0;
  return class FailoverSocket extends WebSocket {
    constructor(url: string | URL, protocols?: string | string[]) {
      const u = new URL(url);
      const live = ports();
      u.port = String(live[attempt++ % live.length]);
      super(u, protocols);
    }
  };
}
