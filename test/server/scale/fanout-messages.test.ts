// What instances tell each other through Redis (issue 17): every message reads back as written; what another version
// wrote is refused rather than misread.
import * as encoding from 'lib0/encoding';
import { describe, expect, it } from 'vitest';
import { decodeControlMessage, decodeDocMessage, docChannel, docOfChannel, encodeControlMessage, encodeDocMessage } from '../../../server/scale/fanout-messages.js';

describe('fan-out messages', () => {
  it('an update reads back with its sender, sequence numbers and bytes', () => {
    const m = { kind: 'update' as const, from: 'host-1-ab', seq: 2 ** 40, prevSeq: 17, update: new Uint8Array([1, 2, 3]) };
    expect(decodeDocMessage(encodeDocMessage(m))).toEqual(m);
  });

  it('presence and hello read back as written', () => {
    const presence = { kind: 'presence' as const, from: 'x', update: new Uint8Array([9]) };
    expect(decodeDocMessage(encodeDocMessage(presence))).toEqual(presence);
    expect(decodeDocMessage(encodeDocMessage({ kind: 'hello', from: 'y' }))).toEqual({ kind: 'hello', from: 'y' });
  });

  it('a message of another version is refused, saying to run one version everywhere', () => {
    const e = encoding.createEncoder();
    encoding.writeVarUint(e, 2);
    expect(() => decodeDocMessage(encoding.toUint8Array(e))).toThrow(/one version of the server on every instance/);
  });

  it("a document's channel names the document, and only document channels do", () => {
    expect(docOfChannel(docChannel('tm:north/1'))).toBe('tm:north/1');
    expect(docOfChannel('poc:control')).toBeUndefined();
  });

  it('a control message reads back, and anything else on the control channel is refused', () => {
    expect(decodeControlMessage(encodeControlMessage({ from: 'a', kind: 'access-changed' }))).toEqual({ from: 'a', kind: 'access-changed' });
    expect(() => decodeControlMessage('{"from":"a","kind":"drop-tables"}')).toThrow(/not a control message/);
  });
});
