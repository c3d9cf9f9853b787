// The status bar's words for a connection the server refused: the reason, and what the person can do.
import { describe, expect, it } from 'vitest';
import { describeStatus } from '../../plugin/sync/status-bar.js';

const refused = (code: number, message: string) => describeStatus({ connection: 'denied', peers: 0, unsynced: 0, code, message });

describe('a refused connection in the status bar', () => {
  it('a change too large for the server is named as such, with the server’s reason, not as a token problem', () => {
    const s = refused(4413, 'message too large (9000000 bytes, at most 8388608); undo the large change and reconnect');
    expect(s.text).toBe('POC: change too large');
    expect(s.detail).toContain('message too large (9000000 bytes, at most 8388608)');
    expect(s.detail).not.toMatch(/token/);
  });

  it('a refused token points to the token in the plugin settings', () => {
    expect(refused(4401, 'unknown token')).toEqual({ text: 'POC: access refused', detail: 'The server refused the connection: unknown token. Check your access token in the plugin settings.' });
  });
});
