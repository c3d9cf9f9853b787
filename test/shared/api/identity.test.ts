import { base64 } from '@scure/base';
import { describe, expect, it } from 'vitest';
import { currentKey, type PublishedKey } from '../../../shared/api/identity.js';

const raw = (fill: number) => new Uint8Array(32).fill(fill);
const published = (keyId: string, key: Uint8Array | string, current: boolean): PublishedKey => ({
  keyId,
  algorithm: 'Ed25519',
  publicKey: typeof key === 'string' ? key : base64.encode(key),
  current,
});

describe("the server's current signing key", () => {
  it('is the key marked current, wherever it is in the list (after a rotation the old key comes first)', () => {
    expect(currentKey([published('old', raw(1), false), published('new', raw(2), true)])).toEqual(raw(2));
  });

  it('is the first key when none is marked current', () => {
    expect(currentKey([published('a', raw(3), false), published('b', raw(4), false)])).toEqual(raw(3));
  });

  it('is missing when the server publishes no key', () => {
    expect(currentKey([])).toBeUndefined();
  });

  it('is missing when the current key is not 32 bytes of base64', () => {
    expect(currentKey([published('short', new Uint8Array(16), true)])).toBeUndefined();
    expect(currentKey([published('garbled', '%%% not base64 %%%', true)])).toBeUndefined();
  });
});
