import { describe, expect, it } from 'vitest';
import { endpointsOf, httpBaseOf } from '../../../shared/api/server-address.js';

describe('a server address', () => {
  it('gives the HTTP and WebSocket bases whichever scheme was typed, secure staying secure', () => {
    const secure = { http: 'https://poc.example.org', ws: 'wss://poc.example.org' };
    expect(endpointsOf('https://poc.example.org')).toEqual(secure);
    expect(endpointsOf('wss://poc.example.org')).toEqual(secure);
    expect(endpointsOf('ws://127.0.0.1:4321')).toEqual({ http: 'http://127.0.0.1:4321', ws: 'ws://127.0.0.1:4321' });
  });

  it('keeps a path and drops trailing slashes and surrounding spaces', () => {
    expect(endpointsOf('  https://example.org/poc//  ')).toEqual({ http: 'https://example.org/poc', ws: 'wss://example.org/poc' });
  });

  it('is not usable when it is not an http(s) or ws(s) URL', () => {
    expect(endpointsOf('')).toBeUndefined();
    expect(endpointsOf('poc.example.org')).toBeUndefined();
    expect(endpointsOf('ftp://poc.example.org')).toBeUndefined();
  });

  it('gives the API client the same HTTP base as the sync endpoints', () => {
    for (const typed of ['wss://poc.example.org/', 'http://127.0.0.1:4321', 'https://example.org/poc/']) expect(httpBaseOf(typed)).toBe(endpointsOf(typed)!.http);
  });

  it("stays a relative prefix for the API client when it is not an absolute URL (\"\" is a web page's own origin)", () => {
    expect(httpBaseOf('')).toBe('');
    expect(httpBaseOf('/poc/')).toBe('/poc');
  });
});
