/**
 * Server metrics in the Prometheus text exposition format (version 0.0.4),
 * without a client library: a handful of counters and gauges from the sync
 * core plus a store-latency histogram.
 */
import type { SyncStats } from '../sync/sync-server.js';

/** Bucket upper bounds in seconds: from half a millisecond (a WAL append) to a second. */
const BUCKETS = [0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1];

/** A cumulative latency histogram. */
export class LatencyHistogram {
  private readonly counts = new Array<number>(BUCKETS.length).fill(0);
  private count = 0;
  private sum = 0;

  /** Records one duration in seconds. */
  observe(seconds: number): void {
    this.count++;
    this.sum += seconds;
    for (let i = 0; i < BUCKETS.length; i++) if (seconds <= BUCKETS[i]) this.counts[i]++;
  }

  /** The histogram's exposition lines. */
  render(name: string, help: string): string[] {
    const lines = [`# HELP ${name} ${help}`, `# TYPE ${name} histogram`];
    BUCKETS.forEach((b, i) => lines.push(`${name}_bucket{le="${b}"} ${this.counts[i]}`));
    lines.push(`${name}_bucket{le="+Inf"} ${this.count}`, `${name}_sum ${this.sum}`, `${name}_count ${this.count}`);
    return lines;
  }
}

/** Counters the server keeps outside the sync core. */
export interface ServerCounters {
  rejectedLogins: number;
  signoffs: number;
  storeErrors: number;
  /** Connections closed for passing a limit, by limit ("message-size", "awareness-size", "updates-per-second"). */
  limitsExceeded: Record<string, number>;
}

function metric(lines: string[], name: string, type: 'counter' | 'gauge', help: string, value: number): void {
  lines.push(`# HELP ${name} ${help}`, `# TYPE ${name} ${type}`, `${name} ${value}`);
}

/** Renders every metric as Prometheus text. */
export function renderMetrics(sync: SyncStats, store: LatencyHistogram, counters: ServerCounters, uptimeSeconds: number): string {
  const lines: string[] = [];
  metric(lines, 'poc_connections', 'gauge', 'Open WebSocket connections.', sync.connections);
  metric(lines, 'poc_documents_loaded', 'gauge', 'Documents held in memory.', sync.documents);
  metric(lines, 'poc_updates_received_total', 'counter', 'Document updates received from clients.', sync.updatesIn);
  metric(lines, 'poc_updates_sent_total', 'counter', 'Document updates sent to clients (one per recipient).', sync.updatesOut);
  metric(lines, 'poc_updates_rejected_total', 'counter', 'Document updates refused (read-only, protected, out of sync, malformed).', sync.rejectedWrites);
  metric(lines, 'poc_messages_received_total', 'counter', 'WebSocket messages received.', sync.framesIn);
  metric(lines, 'poc_messages_sent_total', 'counter', 'WebSocket messages sent.', sync.framesOut);
  metric(lines, 'poc_bytes_received_total', 'counter', 'Bytes received in WebSocket messages.', sync.bytesIn);
  metric(lines, 'poc_bytes_sent_total', 'counter', 'Bytes sent in WebSocket messages.', sync.bytesOut);
  metric(lines, 'poc_logins_rejected_total', 'counter', 'Connections and API calls refused for a missing, unknown or revoked token.', counters.rejectedLogins);
  metric(lines, 'poc_signoffs_total', 'counter', 'Sign-offs signed by this server since it started.', counters.signoffs);
  metric(lines, 'poc_store_errors_total', 'counter', 'Failed writes to the store.', counters.storeErrors);
  lines.push('# HELP poc_limits_exceeded_total Connections closed for passing a limit, by limit.', '# TYPE poc_limits_exceeded_total counter');
  for (const [limit, n] of Object.entries(counters.limitsExceeded).sort()) lines.push(`poc_limits_exceeded_total{limit="${limit}"} ${n}`);
  lines.push(...store.render('poc_store_latency_seconds', 'Time to durably store one document update.'));
  metric(lines, 'poc_uptime_seconds', 'gauge', 'Seconds since the server started.', Math.round(uptimeSeconds));
  return lines.join('\n') + '\n';
}
