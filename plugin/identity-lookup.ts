/**
 * Who the sync server says the user is (their offices) and the key it signs
 * with. Asked without holding anything up: a complete answer is kept until
 * the settings change; a failed or partial one is not, so the next call (on
 * the next connection to the server) asks again. A server that does not
 * answer is given up on after a timeout, with a message a person can act on.
 */
import type { ServerClient, ServerUser } from './sync/server-client.js';
import { uiWords } from '../shared/i18n/interface-locale.js';
import { pluginServerWords } from '../shared/i18n/messages/plugin-server.js';

const t = uiWords(pluginServerWords);

/** Who the server says the user is and the key it signs with; `problem` says why part of it is missing. */
export interface ServerIdentity {
  me?: ServerUser;
  publicKey?: Uint8Array;
  problem?: string;
}

export class IdentityLookup {
  /** The last complete answer. */
  private complete?: ServerIdentity;
  private inFlight?: Promise<ServerIdentity>;
  /** Bumped by `reset`, so a lookup still under way for the old server is not kept. */
  private epoch = 0;
  private lastProblem?: string;

  /** `announce` is called with every answer that has something in it. */
  constructor(
    private readonly server: () => ServerClient | undefined,
    private readonly announce: (identity: ServerIdentity) => void,
    private readonly timeoutMs: () => number,
  ) {}

  /** The identity: the kept answer, the lookup under way, or a new lookup; empty without a server. */
  get(): Promise<ServerIdentity> {
    const server = this.server();
    if (!server) return Promise.resolve({});
    if (this.complete) return Promise.resolve(this.complete);
    if (this.inFlight) return this.inFlight;
    const epoch = this.epoch;
    const lookup = this.ask(server).then((found) => {
      if (epoch !== this.epoch) return found;
      this.inFlight = undefined;
      this.lastProblem = found.problem;
      if (found.me && found.publicKey) this.complete = found;
      if (found.me || found.publicKey) this.announce(found);
      return found;
    });
    this.inFlight = lookup;
    return lookup;
  }

  /** Whether a complete answer is kept. */
  isComplete(): boolean {
    return this.complete !== undefined;
  }

  /** What the server last answered completely, without asking it (empty until it has). */
  known(): ServerIdentity {
    return this.server() ? (this.complete ?? {}) : {};
  }

  /** Why the last lookup fell short, if it did. */
  problem(): string | undefined {
    return this.server() && !this.complete ? this.lastProblem : undefined;
  }

  /** Forgets everything (the server or token changed). */
  reset(): void {
    this.complete = undefined;
    this.inFlight = undefined;
    this.lastProblem = undefined;
    this.epoch++;
  }

  /** Asks the server, giving up after the timeout (requestUrl cannot be cancelled; its late answer is ignored). */
  private async ask(server: ServerClient): Promise<ServerIdentity> {
    const ms = this.timeoutMs();
    let timer: number | undefined;
    const timeout = new Promise<'timeout'>((resolve) => {
      timer = window.setTimeout(() => resolve('timeout'), ms);
    });
    try {
      const answer = await Promise.race([Promise.all([server.me(), server.publicKey()]), timeout]);
      if (answer === 'timeout') {
        return {
          problem: t('identity.timeout', { seconds: Math.round(ms / 1000) }),
        };
      }
      const [me, key] = answer;
      const failed = !me.ok ? me : !key.ok ? key : undefined;
      return { ...(me.ok ? { me: me.value } : {}), ...(key.ok ? { publicKey: key.value } : {}), ...(failed ? { problem: failed.message } : {}) };
    } finally {
      window.clearTimeout(timer);
    }
  }
}
