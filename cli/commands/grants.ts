/**
 * `poc grant` and `poc revoke`: who may read, comment on, edit or own a document (an unknown person or document ends them with exit code 1). Like
 * the HTTP API, they never leave a document without an owner.
 */
import type { Storage } from '../../server/storage/storage.js';
import { isAccessLevel, onlyOwnerProblem } from '../../server/auth/access.js';
import { wordsOf } from '../../shared/i18n/catalogue.js';
import type { Locale } from '../../shared/i18n/locale.js';
import { cliPeople } from '../../shared/i18n/messages/cli-people.js';
import { levelList } from '../../shared/access-levels.js';
import { checkDocId, MAX_DOC_ID_LENGTH } from '../../server/auth/names.js';
import type { AccessLevel } from '../../server/storage/storage.js';
import { CommandError, localeOf, print } from './command.js';
import { type StoreOptions, withStore } from './data-folder.js';
import { documentWords, levelWords } from './holding-words.js';
import { personRefusal } from './users.js';

/** Grants a user viewer, commenter, editor or owner access to one document or to every document ("*"). */
export async function grant(o: StoreOptions & { username: string; docId: string; access: string }): Promise<void> {
  const out = print(o);
  const locale = localeOf(o);
  const t = wordsOf(cliPeople, locale);
  if (!isAccessLevel(o.access)) throw new CommandError(t('grant.badLevel', { access: o.access, levels: levelList(t('grant.levelsOr')) }));
  const access = o.access;
  if (o.docId !== '*' && checkDocId(o.docId)) throw new CommandError(docIdProblem(o.docId, locale));
  await withStore(
    o.data,
    async (s) => {
      if (!(await s.getUser(o.username))) throw CommandError.missing(t('user.missingAdd', { username: o.username }));
      if (o.docId !== '*') await refuseUnreachableId(s, o.docId, locale);
      await requireDocument(s, o.docId, locale);
      await keepAnOwner(s, o.docId, o.username, locale, access);
      // Fail closed: the grant and its audit entry commit together, or neither does (the command then fails, nothing granted).
      await s.setGrant({ username: o.username, docId: o.docId, access, grantedBy: 'cli' }, { kind: 'grant', actor: 'cli', docId: o.docId, detail: { user: o.username, access } });
      out(t('grant.done', { username: o.username, access: levelWords(access, locale), what: documentWords(o.docId, locale) }));
    },
    { locale, refusal: personRefusal(locale, o.username) },
  );
}

/** Removes a user's grant on one document (or their "*" grant). */
export async function revoke(o: StoreOptions & { username: string; docId: string }): Promise<{ removed: boolean }> {
  const out = print(o);
  const locale = localeOf(o);
  const t = wordsOf(cliPeople, locale);
  return withStore(
    o.data,
    async (s) => {
      if (!(await s.getUser(o.username))) throw CommandError.missing(t('user.missingSpelling', { username: o.username }));
      await requireDocument(s, o.docId, locale);
      await keepAnOwner(s, o.docId, o.username, locale);
      const removed = await s.removeGrant(o.username, o.docId, { kind: 'revoke', actor: 'cli', docId: o.docId, detail: { user: o.username } });
      out(removed ? t('revoke.done', { username: o.username, what: documentWords(o.docId, locale) }) : t('revoke.nothing', { username: o.username, docId: o.docId }));
      return { removed };
    },
    { locale, refusal: personRefusal(locale, o.username) },
  );
}

/** Why `docId` is not a document id (checkDocId's rule), in `locale`. */
function docIdProblem(docId: string, locale: Locale): string {
  const t = wordsOf(cliPeople, locale);
  if (!docId) return t('docId.empty');
  return docId.length > MAX_DOC_ID_LENGTH ? t('docId.long', { max: MAX_DOC_ID_LENGTH }) : t('docId.chars');
}

/**
 * Refuses a grant that could never open anything: ids are unique without case and lookups are exact, so a grant on
 * "tm-north" when "TM-North" exists, or on a deleted document's id, would be kept and reach nothing.
 */
async function refuseUnreachableId(s: Storage, docId: string, locale: Locale): Promise<void> {
  const t = wordsOf(cliPeople, locale);
  const found = await s.findDocumentId(docId);
  if (!found) return;
  if (found.deleted) throw new CommandError(t('grant.deleted', { found: found.id, docId }));
  if (found.id !== docId) throw new CommandError(t('grant.otherCase', { found: found.id, docId }));
}

/** Refuses (exit code 1) a document id the store has no live document for: a grant on it would open nothing ("*" always exists). */
async function requireDocument(s: Storage, docId: string, locale: Locale): Promise<void> {
  if (docId === '*' || (await s.getDocument(docId))) return;
  throw CommandError.missing(wordsOf(cliPeople, locale)('grant.noDocument', { docId }));
}

/** Refuses, as the HTTP API does, to remove or lower the grant of a document's only owner (every document keeps one of its own). */
async function keepAnOwner(s: Storage, docId: string, username: string, locale: Locale, access?: AccessLevel): Promise<void> {
  if (docId === '*' || access === 'owner') return;
  if (onlyOwnerProblem(await s.grantsFor(docId), docId, username)) throw new CommandError(wordsOf(cliPeople, locale)('grant.onlyOwner', { username, docId }));
}
