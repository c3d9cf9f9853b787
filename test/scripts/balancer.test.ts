/**
 * The test balancer (scripts/soak/balancer.mjs) that stands in front of several server instances in the
 * high-availability test and the soak: round robin over the backends, and none of a dead one's new connections.
 */
import { connect, createServer, type Server } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { startBalancer, type Balancer } from '../../scripts/soak/balancer.mjs';

/** A backend that answers every connection with its name and closes. */
async function backend(name: string): Promise<{ server: Server; port: number }> {
  const server = createServer((s) => s.end(name));
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
  return { server, port: (server.address() as { port: number }).port };
}

/** What a connection through the balancer receives before it closes. */
function ask(port: number): Promise<string> {
  return new Promise((resolve) => {
    let got = '';
    const s = connect(port, '127.0.0.1');
    s.on('data', (d) => (got += d.toString()));
    s.on('close', () => resolve(got));
    s.on('error', () => resolve(got));
  });
}

const cleanup: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const c of cleanup.splice(0).reverse()) await c();
});

describe('test balancer', () => {
  it('spreads new connections over the backends in turn', async () => {
    const a = await backend('a');
    const b = await backend('b');
    cleanup.push(() => void a.server.close(), () => void b.server.close());
    const lb: Balancer = await startBalancer([a.port, b.port]);
    cleanup.push(() => lb.close());
    const answers = [];
    for (let i = 0; i < 4; i++) answers.push(await ask(lb.port));
    expect(answers.sort()).toEqual(['a', 'a', 'b', 'b']);
  });

  it('sends a new connection to a live backend when one has died', async () => {
    const a = await backend('a');
    const b = await backend('b');
    cleanup.push(() => void b.server.close());
    const lb = await startBalancer([a.port, b.port]);
    cleanup.push(() => lb.close());
    await new Promise<void>((r) => a.server.close(() => r()));
    for (let i = 0; i < 3; i++) expect(await ask(lb.port)).toBe('b');
  });

  it('closes a connection that no backend accepts', async () => {
    const a = await backend('a');
    await new Promise<void>((r) => a.server.close(() => r()));
    const lb = await startBalancer([a.port]);
    cleanup.push(() => lb.close());
    expect(await ask(lb.port)).toBe('');
  });
});
