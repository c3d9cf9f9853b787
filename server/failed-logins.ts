/**
 * Failed logins in the audit trail, summed per client address and minute.
 *
 * The audit table is append-only, so a flood of bad tokens must not become a
 * flood of rows. For each address the first failure of a minute is written at
 * once (a lone failure is recorded without delay, and survives a crash); the
 * failures that follow within that minute are counted in memory and written
 * as one summary row when the minute ends (or when the server stops). An
 * address thus costs at most two rows a minute, whatever it sends. Each row is
 * a `login-rejected` entry whose detail carries `count`, `first` and `last`
 * (ISO times), the reasons seen with their counts, and the address.
 */
import type { RateLimits } from './rate-limits.js';
import type { AuditEntry } from './storage/storage.js';

/** How a failed login arrived. */
export type LoginChannel = 'websocket' | 'api';

/** One failed login, as the authenticating layer saw it. */
export interface FailedLogin {
  remoteAddress: string;
  /** The refusal, in words ("unknown token", "too many failed logins…"). */
  reason: string;
  via: LoginChannel;
  /** The document asked for (WebSocket), if any. */
  docId: string | null;
}

interface Window {
  first: string;
  last: string;
  count: number;
  reasons: Record<string, number>;
  via: Set<LoginChannel>;
  timer: NodeJS.Timeout;
}

/** Sums failed logins per address per window and writes them through `write` (see the module comment). */
export class FailedLoginAudit {
  private readonly windows = new Map<string, Window>();

  constructor(
    /** Appends an entry; its promise must not reject (the caller logs failures). */
    private readonly write: (entry: Omit<AuditEntry, 'id' | 'at'>) => Promise<void>,
    private readonly windowMs = 60_000,
    private readonly now: () => Date = () => new Date(),
  ) {}

  /** Records one failed login: written at once if it is the address's first in its window, else added to the window's summary. */
  record(f: FailedLogin): void {
    const at = this.now().toISOString();
    const open = this.windows.get(f.remoteAddress);
    if (open) {
      if (open.count === 0) open.first = at;
      open.count++;
      open.last = at;
      open.reasons[f.reason] = (open.reasons[f.reason] ?? 0) + 1;
      open.via.add(f.via);
      return;
    }
    void this.write({
      kind: 'login-rejected',
      actor: null,
      docId: f.docId,
      detail: { reason: f.reason, remoteAddress: f.remoteAddress, via: f.via, count: 1, first: at, last: at },
    });
    const timer = setTimeout(() => void this.close(f.remoteAddress), this.windowMs);
    timer.unref();
    this.windows.set(f.remoteAddress, { first: at, last: at, count: 0, reasons: {}, via: new Set(), timer });
  }

  /** Writes every pending summary now (at shutdown), so no counted failure is lost; resolves once they are written. */
  async flush(): Promise<void> {
    await Promise.all([...this.windows.keys()].map((address) => this.close(address)));
  }

  /** Ends an address's window: writes the summary of the failures after its first, if there were any. */
  private close(address: string): Promise<void> {
    const w = this.windows.get(address);
    if (!w) return Promise.resolve();
    clearTimeout(w.timer);
    this.windows.delete(address);
    if (w.count === 0) return Promise.resolve();
    const reasons = Object.keys(w.reasons);
    return this.write({
      kind: 'login-rejected',
      actor: null,
      docId: null,
      detail: {
        reason: reasons.length === 1 ? reasons[0] : 'several reasons',
        reasons: w.reasons,
        remoteAddress: address,
        via: [...w.via].join(','),
        count: w.count,
        first: w.first,
        last: w.last,
        summary: true,
      },
    });
  }
}

/**
 * The one policy for failed logins, over HTTP and the WebSocket alike: an
 * address that has spent its allowance (`failedAuthPerAddress`) is refused
 * before its credential is even read, and each failure is counted, charged to
 * the address and recorded in the audit.
 */
export class LoginGuard {
  constructor(
    private readonly rateLimits: RateLimits,
    private readonly audit: FailedLoginAudit,
    private readonly counters: { rejectedLogins: number },
  ) {}

  /** The seconds `address` must wait when it has spent its failed logins (this attempt is counted and recorded too); undefined when it may try. */
  async blocked(address: string, via: LoginChannel, docId: string | null): Promise<number | undefined> {
    const verdict = await this.rateLimits.spent('failedAuthPerAddress', address);
    if (verdict.ok) return undefined;
    this.counters.rejectedLogins++;
    this.audit.record({ remoteAddress: address, reason: 'too many failed logins', via, docId });
    return verdict.retryAfterSec;
  }

  /**
   * Records a refused sign-in that guessed no credential (a single sign-on answer that does not belong to a login under
   * way): summed in the audit like failed logins, without spending the address's allowance, so colleagues behind one
   * address whose provider is down are not locked out of signing in with their tokens.
   */
  refused(address: string, reason: string, via: LoginChannel): void {
    this.audit.record({ remoteAddress: address, reason, via, docId: null });
  }

  /** Counts one failed login from `address`: the metric, the address's allowance and the audit. */
  async failed(address: string, reason: string, via: LoginChannel, docId: string | null): Promise<void> {
    this.counters.rejectedLogins++;
    await this.rateLimits.consume('failedAuthPerAddress', address);
    this.audit.record({ remoteAddress: address, reason, via, docId });
  }
}
