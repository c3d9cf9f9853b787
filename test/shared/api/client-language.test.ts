import { describe, expect, it } from 'vitest';
import { ApiClient, type ApiFetch } from '../../../shared/api/client.js';

/** A fetch that records the headers of each call and answers with the server's keys (an empty list). */
function recording(): { fetch: ApiFetch; headers: Array<Record<string, string>> } {
  const headers: Array<Record<string, string>> = [];
  return {
    headers,
    fetch: async (_url, init) => {
      headers.push(init.headers);
      return { ok: true, status: 200, json: async () => ({ keys: [] }), text: async () => '{"keys":[]}', arrayBuffer: async () => new ArrayBuffer(0) };
    },
  };
}

describe('the API client and the reader’s language', () => {
  it('asks the server for answers in the language the person reads, as it is at each call', async () => {
    let language = 'fr';
    const r = recording();
    const client = new ApiClient({ baseUrl: 'http://127.0.0.1:1', fetch: r.fetch, language: () => language });
    await client.keys().catch(() => undefined);
    language = 'en';
    await client.keys().catch(() => undefined);
    expect(r.headers.map((h) => h['accept-language'])).toEqual(['fr', 'en']);
  });

  it('sends no Accept-Language when the host does not say (the CLI: the server then answers in English)', async () => {
    const r = recording();
    await new ApiClient({ baseUrl: 'http://127.0.0.1:1', fetch: r.fetch }).keys().catch(() => undefined);
    expect(r.headers[0]).not.toHaveProperty('accept-language');
  });
});
