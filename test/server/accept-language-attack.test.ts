// An attacker's Accept-Language against the web page, whose `<html lang>` is chosen from that header
// (server/http/web-app.ts): markup, junk, broken weights, a thousand tags and raw UTF-8 bytes. Each time the page is
// served, its lang is exactly "en" or "fr", nothing of the header comes back in the answer, and the server goes on.
import { mkdirSync, writeFileSync } from 'node:fs';
import { connect } from 'node:net';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, tempDir, type TestServer } from '../support/test-server.js';

const PAGE = '<!doctype html><html lang="en"><head><title>POC Workspace</title></head><body></body></html>';

/**
 * Sends one GET / with `acceptLanguage` as raw bytes over a plain socket (fetch would refuse the bytes an attacker
 * sends freely) and answers the status, the headers as text and the body.
 */
function rawGet(t: TestServer, acceptLanguage: Buffer): Promise<{ status: number; head: string; body: string }> {
  const { hostname, port } = new URL(t.httpUrl);
  return new Promise((resolve, reject) => {
    const socket = connect(Number(port), hostname);
    const chunks: Buffer[] = [];
    socket.setTimeout(10_000, () => socket.destroy(new Error('the server did not answer within 10 s')));
    socket.on('data', (c: Buffer) => chunks.push(c));
    socket.on('error', reject);
    socket.on('end', () => {
      const text = Buffer.concat(chunks).toString('utf8');
      const [head = '', ...rest] = text.split('\r\n\r\n');
      resolve({ status: Number(/^HTTP\/1\.1 (\d{3})/.exec(head)?.[1] ?? 0), head, body: rest.join('\r\n\r\n') });
    });
    socket.write(Buffer.concat([Buffer.from(`GET / HTTP/1.1\r\nHost: ${hostname}:${port}\r\nConnection: close\r\nAccept-Language: `), acceptLanguage, Buffer.from('\r\n\r\n')]));
  });
}

/** The lang attribute of the page's `<html>` element. */
const langOf = (body: string) => /<html lang="([^"]*)">/.exec(body)?.[1];

const junk = (n: number) => Array.from({ length: n }, (_, i) => String.fromCharCode(33 + ((i * 7919) % 94))).join('');

const ATTACKS: Array<[string, Buffer, string]> = [
  ['markup that would close the attribute and open a script', Buffer.from('"><script>alert(1)</script>'), 'en'],
  ['markup glued to a French tag (not a language tag, so not French)', Buffer.from('fr"><script>alert(1)</script>'), 'en'],
  ['markup in a tag before a well-formed French one', Buffer.from('en"><img src=x onerror=alert(1)>, fr;q=0.5'), 'fr'],
  ['10 KB of printable junk', Buffer.from(junk(10_240)), 'en'],
  ['a weight that is not a number', Buffer.from('fr;q=abc'), 'fr'],
  ['a weight of zero for French, the only language', Buffer.from('fr;q=0'), 'en'],
  ['negative and enormous weights', Buffer.from('fr;q=-1, en;q=1e999, fr-CD;q=99999999999999999999'), 'fr'],
  ['a thousand tags, French last', Buffer.from([...Array.from({ length: 999 }, (_, i) => `x${i}-yy;q=0.5`), 'fr;q=0.4'].join(',')), 'fr'],
  ['raw UTF-8: accented, right-to-left and emoji tags, none of them a language', Buffer.from('fré-CD, ع-ar;q=0.9, 🏳️‍🌈;q=0.8, fr‮-CD;q=0.7', 'utf8'), 'en'],
  ['raw UTF-8 tags before a well-formed French one', Buffer.from('🏳️‍🌈, ع-ar;q=0.9, fr-CD;q=0.2', 'utf8'), 'fr'],
  ['only separators and empty tags', Buffer.from(',,,;;;;q=,;q=0.5,*'), 'en'],
];

describe('the page lang under a hostile Accept-Language', () => {
  let t: TestServer;
  let web: { dir: string; remove: () => void };

  beforeAll(async () => {
    web = tempDir('poc-web-');
    mkdirSync(join(web.dir, 'assets'));
    writeFileSync(join(web.dir, 'index.html'), PAGE);
    t = await startTestServer({ webDir: web.dir });
  });
  afterAll(async () => {
    await t.stop();
    web.remove();
  });

  for (const [what, header, lang] of ATTACKS) {
    it(`${what}: the page is served with lang "${lang}" and the header is not reflected`, async () => {
      const res = await rawGet(t, header);
      expect(res.status).toBe(200);
      expect(langOf(res.body)).toBe(lang);
      expect(res.body.replace(/<html lang="(en|fr)">/, '<html lang="en">')).toBe(PAGE);
      const answer = res.head + res.body;
      expect(answer).not.toContain('alert(1)');
      expect(answer).not.toContain('q=');
      if (header.length > 64) expect(answer).not.toContain(header.toString('latin1').slice(16, 48));
    });
  }

  it('after every attack the server still serves the page and the API', async () => {
    for (const [, header] of ATTACKS) await rawGet(t, header);
    const page = await fetch(`${t.httpUrl}/`, { headers: { 'accept-language': 'fr-FR' } });
    expect(langOf(await page.text())).toBe('fr');
    expect((await t.api('/healthz')).body).toEqual({ status: 'ok' });
  });

  it('a hostile header on an API refusal words it in English or French, never echoing the header', async () => {
    const res = await fetch(`${t.httpUrl}/api/nothing`, { headers: { 'accept-language': '"><script>alert(1)</script>' } });
    const body = (await res.json()) as { error: { code: string; message: string } };
    expect(res.status).toBe(404);
    expect(body.error).toEqual({ code: 'no-such-endpoint', message: 'Nothing is served at /api/nothing. See server/README.md for the API.' });
  });
});
