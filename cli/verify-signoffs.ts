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
 * get their verdict. What it prints is in the CLI's language (`locale`);
 * the states of --json-like results (`VerifyResult`) stay codes.
 */
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { keyIdOf } from '../server/signing/key-file.js';
import { ApiClient, type ApiFetch } from '../shared/api/client.js';
import { contentHash } from '../shared/hash/canonical.js';
import { wordsOf } from '../shared/i18n/catalogue.js';
import { DEFAULT_LOCALE, type Locale } from '../shared/i18n/locale.js';
import { cliSignoffs } from '../shared/i18n/messages/cli-signoffs.js';
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
  /** The language of the lines printed, the refusals and the reasons; English when absent. */
  locale?: Locale;
}

/** One verdict per record, and how many are valid (or signature-valid), stale and invalid. */
export interface VerifyResult {
  results: Array<{ id: string; state: 'valid' | 'stale' | 'invalid' | 'signature-valid'; reason?: string; role?: string; user?: string; decision?: string; signedAt?: string }>;
  valid: number;
  stale: number;
  invalid: number;
}

/** The document model in `value`; throws `refusal` (which says where it came from) when it is not one. */
function modelOf(value: unknown, refusal: string): DocModel {
  const parsed = DocModelSchema.safeParse(value);
  if (!parsed.success) throw new Error(refusal);
  return parsed.data;
}

/** Verifies every sign-off of a document (or of a file) and prints one line per record, in `o.locale`. */
export async function verify(o: VerifyOptions): Promise<VerifyResult> {
  const out = o.out ?? ((l: string) => console.log(l));
  const locale = o.locale ?? DEFAULT_LOCALE;
  const t = wordsOf(cliSignoffs, locale);
  // Every read from the server goes through the API's one client, so its answers are checked against shared/api; it asks for the server's words in the CLI's language.
  const client = (server: string, token?: string) => new ApiClient({ baseUrl: server, token, fetch: o.fetch ?? fetch, language: () => locale });
  if (!o.docId && !o.file) throw new Error(t('verify.needRecords'));
  if (!o.key && !o.server) throw new Error(t('verify.needKeys'));

  const keys = new Map<string, Uint8Array>();
  if (o.key) for (const raw of await trustedKeys(o.key, locale)) keys.set(keyIdOf(raw), raw);
  else {
    const { keys: published } = await client(o.server!).keys();
    for (const k of published) keys.set(k.keyId, new Uint8Array(Buffer.from(k.publicKey, 'base64')));
  }

  let records: unknown[] = [];
  let model: DocModel | undefined;
  let docId = o.docId;
  const take = (body: unknown, refusal: string) => {
    const b = body as { records?: unknown[]; model?: unknown; id?: string };
    const list = Array.isArray(body) ? body : (b.records ?? []);
    // Accept bare records or the API's {record, status} views.
    records = list.map((r) => (r && typeof r === 'object' && 'record' in r ? (r as { record: unknown }).record : r));
    if (!Array.isArray(body) && b.model) model = modelOf(b.model, refusal);
    docId ??= !Array.isArray(body) ? b.id : undefined;
  };
  if (o.file) take(JSON.parse(await readFile(o.file, 'utf8')), t('verify.badModelInFile', { file: o.file }));
  if (o.docId && o.server && (!o.file || !model)) {
    if (!o.token) throw new Error(t('verify.needToken'));
    // Not the strict document detail: a record that does not parse there would make the whole answer unreadable.
    const evidence = await client(o.server, o.token).documentEvidence(o.docId);
    const refusal = t('verify.badModelFromServer', { id: o.docId });
    if (!o.file) take(evidence, refusal);
    else if (evidence.model !== undefined) model = modelOf(evidence.model, refusal);
  }
  docId ??= (records[0] as { payload?: { docId?: string } } | undefined)?.payload?.docId;
  const hash = model ? contentHash(model) : undefined;

  const result: VerifyResult = { results: [], valid: 0, stale: 0, invalid: 0 };
  for (const raw of records) {
    const r = raw as { id?: string; keyId?: string; payload?: { role?: string; user?: string; decision?: string; signedAt?: string } };
    const key = keys.get(r.keyId ?? '');
    const base = { id: r.id ?? '?', role: r.payload?.role, user: r.payload?.user, decision: r.payload?.decision, signedAt: r.payload?.signedAt };
    if (!key) {
      result.results.push({ ...base, state: 'invalid', reason: t(o.key ? 'verify.untrustedKey' : 'verify.unpublishedKey', { key: String(r.keyId) }) });
      continue;
    }
    // Without the content, check the signature alone: pass the record's own hash as the "current" one.
    const v = verifySignoff(raw, key, docId ?? '', hash ?? (r as { payload?: { contentHash?: string } }).payload?.contentHash ?? '', locale);
    if (v.state === 'invalid') result.results.push({ ...base, state: 'invalid', reason: v.reason });
    else if (v.state === 'stale') result.results.push({ ...base, state: 'stale', reason: t('verify.changed') });
    else result.results.push({ ...base, state: hash ? 'valid' : 'signature-valid' });
  }
  for (const r of result.results) {
    if (r.state === 'valid' || r.state === 'signature-valid') result.valid++;
    else if (r.state === 'stale') result.stale++;
    else result.invalid++;
  }

  if (!result.results.length) out(docId ? t('verify.noneOn', { id: docId }) : t('verify.none'));
  for (const r of result.results) {
    const who = t('verify.who', { role: r.role ?? '?', decision: r.decision ?? '?', user: r.user ?? '?', signedAt: r.signedAt ?? '?' });
    const verdict =
      r.state === 'valid'
        ? t('verify.valid')
        : r.state === 'signature-valid'
          ? t('verify.signed')
          : r.state === 'stale'
            ? t('verify.stale')
            : t('verify.invalid', { reason: r.reason ?? '?' });
    out(`${r.id}  ${who}\n    ${verdict}`);
  }
  out(t('verify.summary', { valid: t('verify.validCount', { count: result.valid }), stale: t('verify.staleCount', { count: result.stale }), invalid: t('verify.invalidCount', { count: result.invalid }) }));
  return result;
}

/**
 * The raw public keys `--key` names: a file (the JSON of /api/keys, or base64 keys one per line) or one base64 key.
 * Throws saying (in `locale`) what was expected when none can be read.
 */
async function trustedKeys(key: string, locale: Locale): Promise<Uint8Array[]> {
  const inFile = existsSync(key);
  const text = inFile ? await readFile(key, 'utf8') : key;
  let candidates: string[];
  try {
    const json = JSON.parse(text) as { keys?: Array<{ publicKey?: unknown }> };
    candidates = (json.keys ?? []).map((k) => String(k.publicKey ?? ''));
  } catch {
    candidates = text.split(/\r?\n/).map((l) => l.trim()).filter((l) => l && !l.startsWith('#'));
  }
  const raws = candidates.map((c) => new Uint8Array(Buffer.from(c, 'base64')));
  if (!raws.length || raws.some((r) => r.length !== 32)) {
    const t = wordsOf(cliSignoffs, locale);
    throw new Error(inFile ? t('verify.noKeyInFile', { file: key }) : t('verify.noKeyGiven'));
  }
  return raws;
}
