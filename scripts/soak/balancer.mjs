// A tiny TCP load balancer on 127.0.0.1, standing in for the one in front of several server instances: each new
// connection goes to the next backend, round robin, that accepts it. When an instance dies its connections drop, the
// clients reconnect by themselves, and the balancer sends them to the instances still alive; nothing is sticky.
import { connect, createServer } from 'node:net';

const HOST = '127.0.0.1';

/**
 * Starts a balancer over the given backend ports; resolves to { port, backends, connections(), close() }.
 * `backends` may be replaced later (an instance restarted on a new port). A connection no backend accepts is closed.
 */
export async function startBalancer(backends) {
  const state = { backends: [...backends], next: 0 };
  const open = new Set();
  const counts = new Map();
  const server = createServer((client) => {
    open.add(client);
    client.on('close', () => open.delete(client));
    client.pause();
    tryBackend(client, state.backends.length);
  });

  const tryBackend = (client, triesLeft) => {
    if (client.destroyed) return;
    if (triesLeft <= 0) return client.destroy();
    const port = state.backends[state.next++ % state.backends.length];
    const upstream = connect(port, HOST);
    upstream.once('error', () => {
      upstream.destroy();
      tryBackend(client, triesLeft - 1);
    });
    upstream.once('connect', () => {
      upstream.removeAllListeners('error');
      counts.set(port, (counts.get(port) ?? 0) + 1);
      open.add(upstream);
      upstream.on('close', () => open.delete(upstream));
      const end = () => {
        client.destroy();
        upstream.destroy();
      };
      upstream.on('error', end);
      client.on('error', end);
      upstream.on('close', end);
      client.on('close', end);
      client.pipe(upstream);
      upstream.pipe(client);
      client.resume();
    });
  };

  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, HOST, resolve);
  });
  return {
    port: server.address().port,
    /** Replaces the backend ports. */
    setBackends(ports) {
      state.backends = [...ports];
    },
    /** How many connections each backend port has been given so far. */
    connections: () => new Map(counts),
    /** Stops listening and drops every connection. */
    close() {
      for (const s of open) s.destroy();
      return new Promise((resolve) => server.close(() => resolve()));
    },
  };
}
