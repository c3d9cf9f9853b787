// Secrets at rest, written as the attacks of issue 10 (finding 3): another local account, or anyone holding a copy
// of the store or a backup, reads every document and forges approvals with the private key kept in plain text.
import { chmodSync, existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { TemplateSet } from '../../shared/template/set.js';
import { backup, keyRotate, verify } from '../../cli/commands/index.js';
import { newKeyPair } from '../../server/signing/key-file.js';
import { filledModel, withoutBlockLinks } from '../support/build-model.js';
import { postSignoff } from '../support/sign-off.js';
import { startTestServer, storeDocument, tempDir, type TestServer } from '../support/test-server.js';

const quiet = { out: () => {} };
const mode = (path: string) => statSync(path).mode & 0o777;

/** A threat matrix `id` stored by `token`'s user, ready to approve (no links to documents this server lacks). */
async function storeMatrix(t: TestServer, token: string, id: string): Promise<void> {
  const tm = filledModel(TemplateSet.builtin().get('threat-matrix'), '2026-06-15').meta({ id });
  withoutBlockLinks(tm);
  await storeDocument(t, token, tm.build());
}

/** Approves `id` as head of office; returns the record's key id. */
async function approve(t: TestServer, token: string, id: string): Promise<string> {
  const res = await postSignoff(t, id, token, { role: 'head-of-office', decision: 'approved' });
  expect(res.status).toBe(201);
  return res.body.record.keyId as string;
}

describe('file modes of the data folder', () => {
  for (const umask of [0o022, 0o000]) {
    it(`with umask ${umask.toString(8).padStart(3, '0')}, the folder is 0700 and the store, WAL, SHM, a backup and the key file are 0600`, async () => {
      const tmp = tempDir();
      const previous = process.umask(umask);
      try {
        const data = join(tmp.dir, 'data');
        const t = await startTestServer({ dataDir: data });
        try {
          await t.addUser('amina');
          await backup({ data, file: join(data, 'backups', 'copy.sqlite'), ...quiet });
          expect(mode(data)).toBe(0o700);
          for (const file of ['poc.sqlite', 'poc.sqlite-wal', 'poc.sqlite-shm', 'signing-keys.json', join('backups', 'copy.sqlite')]) {
            expect({ file, mode: mode(join(data, file)).toString(8) }).toEqual({ file, mode: '600' });
          }
          expect(mode(join(data, 'backups'))).toBe(0o700);
        } finally {
          await t.stop(true);
        }
      } finally {
        process.umask(previous);
        tmp.remove();
      }
    });
  }

  it('an existing folder and files others can read are reported at start, and left as they are', async () => {
    const tmp = tempDir();
    try {
      const first = await startTestServer({ dataDir: tmp.dir });
      await first.stop(true);
      chmodSync(tmp.dir, 0o755);
      chmodSync(join(tmp.dir, 'poc.sqlite'), 0o644);
      const t = await startTestServer({ dataDir: tmp.dir });
      await t.stop(true);
      expect(t.server.warnings).toEqual(
        expect.arrayContaining([expect.stringMatching(/data folder .* is 0755.*chmod 700/), expect.stringMatching(/poc\.sqlite is 0644.*chmod 600/)]),
      );
      expect(mode(tmp.dir)).toBe(0o755);
    } finally {
      tmp.remove();
    }
  });
});

describe('the private signing key is not in the store', () => {
  const tmp = tempDir();
  afterAll(() => tmp.remove());

  /** Whether `bytes` occur in any of the store's files (main file, WAL). */
  const inStoreFiles = (data: string, bytes: Buffer) =>
    ['poc.sqlite', 'poc.sqlite-wal'].filter((f) => existsSync(join(data, f))).some((f) => readFileSync(join(data, f)).includes(bytes));

  it('a new server keeps its private key only in the 0600 key file: neither the store file, its WAL nor the server_keys table holds it', async () => {
    const data = join(tmp.dir, 'new');
    const t = await startTestServer({ dataDir: data });
    await t.stop(true);
    const file = JSON.parse(readFileSync(join(data, 'signing-keys.json'), 'utf8'));
    const pkcs8 = Buffer.from(file.keys[0].privateKey, 'base64');
    expect(pkcs8.length).toBeGreaterThan(32);
    expect(mode(join(data, 'signing-keys.json'))).toBe(0o600);
    expect(inStoreFiles(data, pkcs8.subarray(-32))).toBe(false);
    const db = new Database(join(data, 'poc.sqlite'), { readonly: true });
    const columns = db.prepare<[], { name: string }>('PRAGMA table_info(server_keys)').all().map((c) => c.name);
    db.close();
    expect(columns).not.toContain('private_key');
  });

  it('a store of the first schema, which kept the private key in plain text in server_keys, gives it up on first start: moved to the key file, erased from the store, same key id', async () => {
    const data = join(tmp.dir, 'old');
    mkdirSync(data, { recursive: true, mode: 0o700 });
    const legacy = newKeyPair();
    const db = new Database(join(data, 'poc.sqlite'));
    db.exec(readFileSync(new URL('../support/store-v1.sql', import.meta.url), 'utf8'));
    db.pragma('user_version = 1');
    db.prepare('INSERT INTO server_keys VALUES (?, ?, ?, ?)').run(legacy.keyId, Buffer.from(legacy.publicKey, 'base64'), Buffer.from(legacy.privateKey, 'base64'), '2026-01-01T00:00:00.000Z');
    db.close();
    const seed = Buffer.from(legacy.privateKey, 'base64').subarray(-32);
    expect(inStoreFiles(data, seed)).toBe(true);

    const t = await startTestServer({ dataDir: data });
    const keys = (await t.api('/api/keys')).body.keys as Array<{ keyId: string; current: boolean }>;
    await t.stop(true);
    expect(keys).toEqual([expect.objectContaining({ keyId: legacy.keyId, current: true })]);
    expect(inStoreFiles(data, seed)).toBe(false);
    const file = JSON.parse(readFileSync(join(data, 'signing-keys.json'), 'utf8'));
    expect(file.keys.map((k: { keyId: string; privateKey: string }) => [k.keyId, k.privateKey])).toEqual([[legacy.keyId, legacy.privateKey]]);
  });
});

describe('an encrypted key file', () => {
  const tmp = tempDir();
  afterAll(() => tmp.remove());

  it('is sealed with POC_KEY_PASSPHRASE: no private key in clear in the file', async () => {
    const t = await startTestServer({ dataDir: tmp.dir, keyPassphrase: 'correct horse battery staple' });
    await t.stop(true);
    const file = JSON.parse(readFileSync(join(tmp.dir, 'signing-keys.json'), 'utf8'));
    expect(file.encryption).toMatchObject({ kdf: 'scrypt', cipher: 'aes-256-gcm' });
    expect(file.keys[0].privateKey).toBeUndefined();
    expect(mode(join(tmp.dir, 'signing-keys.json'))).toBe(0o600);
  });

  it('does not start without its passphrase, saying to set POC_KEY_PASSPHRASE', async () => {
    await expect(startTestServer({ dataDir: tmp.dir })).rejects.toThrow(/encrypted: set POC_KEY_PASSPHRASE/);
  });

  it('does not start with a wrong passphrase, saying it is wrong', async () => {
    await expect(startTestServer({ dataDir: tmp.dir, keyPassphrase: 'wrong' })).rejects.toThrow(/POC_KEY_PASSPHRASE does not open .* passphrase is wrong/);
  });

  it('starts with the right passphrase and signs with the same key', async () => {
    const keyId = JSON.parse(readFileSync(join(tmp.dir, 'signing-keys.json'), 'utf8')).keys[0].keyId;
    const t = await startTestServer({ dataDir: tmp.dir, keyPassphrase: 'correct horse battery staple' });
    await t.stop(true);
    expect(t.server.signer.keyId).toBe(keyId);
  });
});

describe('key rotation and out-of-band keys', () => {
  const tmp = tempDir();
  afterAll(() => tmp.remove());

  it('after poc key rotate the new key signs, the old one stays published, and records of both verify', async () => {
    const data = join(tmp.dir, 'rotate');
    let t = await startTestServer({ dataDir: data, now: () => new Date('2026-06-15T10:00:00Z') });
    const token = await t.addUser('hoo', { offices: ['head-of-office'], grants: { '*': 'editor' } });
    await storeMatrix(t, token, 'tm-rot');
    const oldKey = await approve(t, token, 'tm-rot');
    await t.stop(true);

    const newKey = await keyRotate({ data, ...quiet });
    expect(newKey).not.toBe(oldKey);
    t = await startTestServer({ dataDir: data, now: () => new Date('2026-06-15T11:00:00Z') });
    try {
      const keys = (await t.api('/api/keys')).body.keys as Array<{ keyId: string; current: boolean }>;
      expect(keys.map((k) => [k.keyId, k.current])).toEqual([
        [newKey, true],
        [oldKey, false],
      ]);
      expect(await approve(t, token, 'tm-rot')).toBe(newKey);
      const result = await verify({ docId: 'tm-rot', server: t.httpUrl, token, ...quiet });
      expect(result).toMatchObject({ valid: 2, stale: 0, invalid: 0 });
    } finally {
      await t.stop(true);
    }
  });

  it('verify --key with the real server keys saved out of band calls a forged server’s own records invalid', async () => {
    const real = await startTestServer({ dataDir: join(tmp.dir, 'real') });
    const trusted = join(tmp.dir, 'trusted-keys.json');
    writeFileSync(trusted, JSON.stringify((await real.api('/api/keys')).body));
    await real.stop(true);

    // The impostor answers at the address the person was given, with its own key and its own "approval".
    const forged = await startTestServer({ dataDir: join(tmp.dir, 'forged'), now: () => new Date('2026-06-15T10:00:00Z') });
    try {
      const token = await forged.addUser('hoo', { offices: ['head-of-office'], grants: { '*': 'editor' } });
      await storeMatrix(forged, token, 'tm-f');
      await approve(forged, token, 'tm-f');
      expect(await verify({ docId: 'tm-f', server: forged.httpUrl, token, ...quiet })).toMatchObject({ valid: 1 });
      const lines: string[] = [];
      expect(await verify({ docId: 'tm-f', server: forged.httpUrl, token, key: trusted, out: (l) => lines.push(l) })).toMatchObject({ valid: 0, invalid: 1 });
      expect(lines.join('\n')).toMatch(/INVALID .*not among the keys you trust/);
    } finally {
      await forged.stop(true);
    }
  });

  it('verify --key takes base64 public keys one per line too, and refuses a file without a key', async () => {
    const records = join(tmp.dir, 'records.json');
    writeFileSync(records, '[]');
    const lines = join(tmp.dir, 'keys.txt');
    writeFileSync(lines, `# trusted\n${newKeyPair().publicKey}\n`);
    await expect(verify({ file: records, key: lines, ...quiet })).resolves.toMatchObject({ valid: 0, invalid: 0 });
    const empty = join(tmp.dir, 'empty.txt');
    writeFileSync(empty, 'not a key\n');
    await expect(verify({ file: records, key: empty, ...quiet })).rejects.toThrow(/holds no usable public key/);
  });
});
