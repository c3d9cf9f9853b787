// Failed logins are summed per address and minute, so a flood of bad tokens cannot flood the append-only audit.
import { describe, expect, it } from 'vitest';
import { FailedLoginAudit } from '../../server/failed-logins.js';
import type { AuditEntry } from '../../server/storage/storage.js';

function audit() {
  const rows: Array<Omit<AuditEntry, 'id' | 'at'>> = [];
  let t = Date.parse('2026-06-01T08:00:00Z');
  const log = new FailedLoginAudit(async (e) => void rows.push(e), 60_000, () => new Date((t += 1000)));
  return { rows, log };
}
const fail = (remoteAddress: string, reason = 'unknown token') => ({ remoteAddress, reason, via: 'api' as const, docId: null });

describe('failed-login audit', () => {
  it('the first failure of an address is written at once, with a count of 1', () => {
    const { rows, log } = audit();
    log.record(fail('10.0.0.1'));
    expect(rows).toEqual([expect.objectContaining({ kind: 'login-rejected', detail: expect.objectContaining({ remoteAddress: '10.0.0.1', count: 1 }) })]);
  });

  it('the failures that follow within the minute become one summary row with their count, first and last time and reasons', async () => {
    const { rows, log } = audit();
    log.record(fail('10.0.0.1'));
    for (let i = 0; i < 499; i++) log.record(fail('10.0.0.1', i % 2 ? 'unknown token' : 'revoked token'));
    expect(rows).toHaveLength(1);
    await log.flush();
    expect(rows).toHaveLength(2);
    expect(rows[1].detail).toMatchObject({ count: 499, reasons: { 'unknown token': 249, 'revoked token': 250 }, first: '2026-06-01T08:00:02.000Z', last: '2026-06-01T08:08:20.000Z' });
  });

  it('each address has its own window', async () => {
    const { rows, log } = audit();
    log.record(fail('10.0.0.1'));
    log.record(fail('10.0.0.2'));
    await log.flush();
    expect(rows.map((r) => r.detail.remoteAddress)).toEqual(['10.0.0.1', '10.0.0.2']);
  });
});
