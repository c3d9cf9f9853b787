/**
 * `poc verify`: checks sign-off records independently of the server's own
 * verdict. Public keys come from the server's /api/keys, or from --key: the
 * keys the person trusts, obtained out of band, so a server that lies about
 * its keys (or an impostor) cannot make its own records verify; the
 * content hash is recomputed here from the document model, so a record is
 * "valid" only if its signature checks out under the published key and it
 * was given for exactly the current content, "stale" if the document
 * changed after signing, "invalid" otherwise. The server is read through
 * the typed client of shared/api, leniently: each record is judged here, so
 * one malformed or altered record is reported INVALID and the others still
 * get their verdict.
 */
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { keyIdOf } from '../server/signing/key-file.js';
import { ApiClient, type ApiFetch } from '../shared/api/client.js';
import { contentHash } from '../shared/hash/canonical.js';
import { DocModelSchema, type DocModel } from '../shared/model/types.js';
import { verifySignoff } from '../shared/signoff/record.js';

/** What to verify and against what: a document on a server or a file of records, with the server's keys or a given one. */
export interface VerifyOptions {
  /** Document to verify (fetched from the server). */
  docId?: string;
  /** Server base URL (http://, https://, ws:// or wss://). */
  server?: string;
  token?: string;
  /** A JSON file: an array of records, or an object with "records" (and optionally "model" and "id"), e.g. a saved GET /api/docs/<id>?include=model. */
  file?: string;
  /**
   * The trusted public keys, instead of the server's: a file holding the JSON of /api/keys (`{"keys":[{"keyId","publicKey"}]}`)
   * or raw 32-byte keys in base64, one per line; or one such base64 key itself. A record signed by any other key is INVALID.
   */
  key?: string;
  out?: (line: string) => void;
  /** Injectable for tests. */
  fetch?: ApiFetch;
}

/** One verdict per record, and how many are valid (or signature-valid), stale and invalid. */
export interface VerifyResult {
  results: Array<{ id: string; state: 'valid' | 'stale' | 'invalid' | 'signature-valid'; reason?: string; role?: string; user?: string; decision?: string; signedAt?: string }>;
  valid: number;
  stale: number;
  invalid: number;
}

/** The document model in `value`, which came from `from`; throws saying so when it is not one. */
function modelOf(value: unknown, from: string): DocModel {
  const parsed = DocModelSchema.safeParse(value);
  if (!parsed.success) throw new Error(`The "model" in ${from} is not a valid document model, so the content cannot be checked.`);
  return parsed.data;
}

/** Verifies every sign-off of a document (or of a file) and prints one line per record. */
export async function verify(o: VerifyOptions): Promise<VerifyResult> {
  const out = o.out ?? ((l: string) => console.log(l));
  // Every read from the server goes through the API's one client, so its answers are checked against shared/api.
  const client = (server: string, token?: string) => new ApiClient({ baseUrl: server, token, fetch: o.fetch ?? fetch });
  if (!o.docId && !o.file) throw new Error('Give a document id (with --server and --token) or --file with records.');
  if (!o.key && !o.server) throw new Error('Give --server URL (to read its public keys) or --key <base64 public key>.');

  const keys = new Map<string, Uint8Array>();
  if (o.key) for (const raw of await trustedKeys(o.key)) keys.set(keyIdOf(raw), raw);
  else {
    const { keys: published } = await client(o.server!).keys();
    for (const k of published) keys.set(k.keyId, new Uint8Array(Buffer.from(k.publicKey, 'base64')));
  }

  let records: unknown[] = [];
  let model: DocModel | undefined;
  let docId = o.docId;
  const take = (body: unknown, from: string) => {
    const b = body as { records?: unknown[]; model?: unknown; id?: string };
    const list = Array.isArray(body) ? body : (b.records ?? []);
    // Accept bare records or the API's {record, status} views.
    records = list.map((r) => (r && typeof r === 'object' && 'record' in r ? (r as { record: unknown }).record : r));
    if (!Array.isArray(body) && b.model) model = modelOf(b.model, from);
    docId ??= !Array.isArray(body) ? b.id : undefined;
  };
  if (o.file) take(JSON.parse(await readFile(o.file, 'utf8')), `the file ${o.file}`);
  if (o.docId && o.server && (!o.file || !model)) {
    if (!o.token) throw new Error('Reading a document from the server needs --token.');
    // Not the strict document detail: a record that does not parse there would make the whole answer unreadable.
    const evidence = await client(o.server, o.token).documentEvidence(o.docId);
    const from = `the server's answer for "${o.docId}"`;
    if (!o.file) take(evidence, from);
    else if (evidence.model !== undefined) model = modelOf(evidence.model, from);
  }
  docId ??= (records[0] as { payload?: { docId?: string } } | undefined)?.payload?.docId;
  const hash = model ? contentHash(model) : undefined;

  const result: VerifyResult = { results: [], valid: 0, stale: 0, invalid: 0 };
  for (const raw of records) {
    const r = raw as { id?: string; keyId?: string; payload?: { role?: string; user?: string; decision?: string; signedAt?: string } };
    const key = keys.get(r.keyId ?? '');
    const base = { id: r.id ?? '?', role: r.payload?.role, user: r.payload?.user, decision: r.payload?.decision, signedAt: r.payload?.signedAt };
    if (!key) {
      result.results.push({ ...base, state: 'invalid', reason: o.key ? `signed with key "${r.keyId}", which is not among the keys you trust (--key)` : `signed with key "${r.keyId}", which the server does not publish` });
      continue;
    }
    // Without the content, check the signature alone: pass the record's own hash as the "current" one.
    const v = verifySignoff(raw, key, docId ?? '', hash ?? (r as { payload?: { contentHash?: string } }).payload?.contentHash ?? '');
    if (v.state === 'invalid') result.results.push({ ...base, state: 'invalid', reason: v.reason });
    else if (v.state === 'stale') result.results.push({ ...base, state: 'stale', reason: 'the document changed after this sign-off' });
    else result.results.push({ ...base, state: hash ? 'valid' : 'signature-valid' });
  }
  for (const r of result.results) {
    if (r.state === 'valid' || r.state === 'signature-valid') result.valid++;
    else if (r.state === 'stale') result.stale++;
    else result.invalid++;
  }

  if (!result.results.length) out(`No sign-offs${docId ? ` on "${docId}"` : ''}.`);
  for (const r of result.results) {
    const who = `${r.role ?? '?'} ${r.decision ?? '?'} by ${r.user ?? '?'} at ${r.signedAt ?? '?'}`;
    const verdict =
      r.state === 'valid'
        ? 'VALID    signature checks out and matches the current content'
        : r.state === 'signature-valid'
          ? 'SIGNED   signature checks out (content not checked: no document model given)'
          : r.state === 'stale'
            ? 'STALE    signature checks out, but the document changed after signing'
            : `INVALID  ${r.reason}`;
    out(`${r.id}  ${who}\n    ${verdict}`);
  }
  out(`${result.valid} valid, ${result.stale} stale, ${result.invalid} invalid.`);
  return result;
}

/**
 * The raw public keys `--key` names: a file (the JSON of /api/keys, or base64 keys one per line) or one base64 key.
 * Throws saying what was expected when none can be read.
 */
async function trustedKeys(key: string): Promise<Uint8Array[]> {
  const text = existsSync(key) ? await readFile(key, 'utf8') : key;
  const from = existsSync(key) ? `the key file ${key}` : '--key';
  let candidates: string[];
  try {
    const json = JSON.parse(text) as { keys?: Array<{ publicKey?: unknown }> };
    candidates = (json.keys ?? []).map((k) => String(k.publicKey ?? ''));
  } catch {
    candidates = text.split(/\r?\n/).map((l) => l.trim()).filter((l) => l && !l.startsWith('#'));
  }
  const raws = candidates.map((c) => new Uint8Array(Buffer.from(c, 'base64')));
  if (!raws.length || raws.some((r) => r.length !== 32)) {
    throw new Error(`${from} holds no usable public key: give the JSON of /api/keys, or Ed25519 public keys (32 bytes, base64) one per line.`);
  }
  return raws;
}
