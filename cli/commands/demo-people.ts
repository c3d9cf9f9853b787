/**
 * `poc demo setup`: the people `npm start` gives a new store, so a newcomer
 * can try each role without one token holding every office (issue 14).
 *
 * - `admin`: administers the server (owner of every document), holds no
 *   office, so it cannot sign as anyone;
 * - a Head of Office for Sector North, an SRSG and a POC officer, each with
 *   the offices and the access their role needs;
 * - the team "Sector North POC working group" (Head of Office and POC
 *   officer), editor of the Sector North threat matrix;
 * - a French-speaking Head of Office, for the Karsoma field office as the
 *   French demo copies (demo-vault/Français) name it, editor of the French
 *   Sector North matrix: the copies name their area in French, so only an
 *   office held for that name signs them. Everyone reads both sets; the
 *   mission picture counts each document once, in the reader's language
 *   (shared/picture/translations.ts).
 *
 * The demo vault is imported into the store here, before the server first
 * starts (the server's own import then finds it done), because a grant on
 * one document must name a document that exists: granting before the import
 * would name ids the store has never seen (and `poc grant` refuses those).
 * Grants on every document ("*") need no document and are used for roles
 * that read everything.
 *
 * Every token is written to `demo-tokens.txt` in the data folder (0600);
 * only the admin's is returned for printing.
 */
import { existsSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import pino from 'pino';
import { translate, wordsOf } from '../../shared/i18n/catalogue.js';
import { DEFAULT_LOCALE, type Locale } from '../../shared/i18n/locale.js';
import { cliServer } from '../../shared/i18n/messages/cli-server.js';
import type { OfficeHolding } from '../../shared/signoff/offices.js';
import { TemplateSet } from '../../shared/template/set.js';
import type { AccessLevel } from '../../shared/access-levels.js';
import { hashToken, newToken } from '../../server/auth/tokens.js';
import { importDemoVault } from '../../server/docs/demo-import.js';
import { TeamService } from '../../server/people/teams.js';
import { makePrivateFile, PRIVATE_FILE_MODE } from '../../server/storage/file-modes.js';
import type { Storage } from '../../server/storage/storage.js';
import { CommandError, localeOf, print } from './command.js';
import { type StoreOptions, storeFile, withStore } from './data-folder.js';
import { holdingsWords } from './holding-words.js';

/** The Sector North threat matrix of the demo vault, and the area its `office` field names (what a Head of Office is held for). */
export const DEMO_MATRIX = 'tm-minusar-sector-north';
export const DEMO_AREA = 'Sector North — Karsoma Field Office (Kessa Province)';
/** The French copy of the Sector North matrix (demo-vault/Français), and its area as its `office` field names it. */
export const DEMO_MATRIX_FR = 'tm-minusar-secteur-nord';
export const DEMO_AREA_FR = 'Secteur Nord — Bureau de terrain de Karsoma (province de Kessa)';
/** The demo team. */
export const DEMO_TEAM = { id: 'sector-north-poc', name: 'Sector North POC working group' } as const;
/** The file, in the data folder, that lists the demo people and their tokens. */
export const DEMO_TOKENS_FILE = 'demo-tokens.txt';

/** What a demo person's grants and offices let them open, in `locale` (the tokens file's words). */
function opensWords(username: string, locale: Locale): string {
  return translate(cliServer, locale, 'demo.opens', { username, area: username === 'awa' ? DEMO_AREA_FR : DEMO_AREA });
}

/** One demo person: who, which offices, which grants, and what that lets them open (in English words; the tokens file words it in its language). */
interface DemoPerson {
  username: string;
  name: string;
  offices: OfficeHolding[];
  grants: Array<{ docId: string; access: AccessLevel }>;
  team: boolean;
  opens: string;
}

/** The people a new demo store gets (the admin first). */
export const DEMO_PEOPLE: readonly DemoPerson[] = [
  { username: 'admin', name: 'Workspace Administrator', offices: [], grants: [{ docId: '*', access: 'owner' }], team: false, opens: opensWords('admin', DEFAULT_LOCALE) },
  {
    username: 'amina',
    name: 'Amina Diallo',
    offices: [{ role: 'head-of-office', area: DEMO_AREA }],
    grants: [{ docId: '*', access: 'viewer' }],
    team: true,
    opens: opensWords('amina', DEFAULT_LOCALE),
  },
  { username: 'kofi', name: 'Kofi Mensah', offices: [{ role: 'srsg' }], grants: [{ docId: '*', access: 'commenter' }], team: false, opens: opensWords('kofi', DEFAULT_LOCALE) },
  { username: 'lena', name: 'Lena Berg', offices: [{ role: 'poc-lead' }], grants: [{ docId: '*', access: 'editor' }], team: true, opens: opensWords('lena', DEFAULT_LOCALE) },
  // The brief is signed by the Force Commander before the SRSG (templates/operations-brief.yaml), so the demo needs one to reach the SRSG's decision.
  { username: 'omar', name: 'Omar Haddad', offices: [{ role: 'force-commander' }], grants: [{ docId: '*', access: 'commenter' }], team: false, opens: opensWords('omar', DEFAULT_LOCALE) },
  {
    username: 'awa',
    name: 'Awa Traoré',
    offices: [{ role: 'head-of-office', area: DEMO_AREA_FR }],
    grants: [
      { docId: '*', access: 'viewer' },
      { docId: DEMO_MATRIX_FR, access: 'editor' },
    ],
    team: false,
    opens: opensWords('awa', DEFAULT_LOCALE),
  },
];

/** What `demoSetup` needs: the new store's folder and the demo vault to import. */
export interface DemoSetupOptions extends StoreOptions {
  demoVault: string;
  templates?: TemplateSet;
}

/** A demo person as set up, with their token (written to the tokens file, never printed except the admin's). */
export interface DemoAccount {
  username: string;
  name: string;
  offices: OfficeHolding[];
  opens: string;
  token: string;
}

/** Sets up a new store with the demo people, team and documents; writes their tokens to demo-tokens.txt (0600) and answers them. Refuses an existing store. */
export async function demoSetup(o: DemoSetupOptions): Promise<{ accounts: DemoAccount[]; tokensFile: string; documents: string[] }> {
  const out = print(o);
  const locale = localeOf(o);
  const t = wordsOf(cliServer, locale);
  if (existsSync(storeFile(o.data))) throw new CommandError(t('demo.exists', { file: storeFile(o.data) }));
  const templates = o.templates ?? TemplateSet.builtin();
  return withStore(
    o.data,
    async (s) => {
      const documents = await importDemoVault(s, o.demoVault, templates, pino({ level: 'silent' }));
      const accounts: DemoAccount[] = [];
      for (const p of DEMO_PEOPLE) accounts.push(await addPerson(s, p, documents));
      await addTeam(s, templates, documents.includes(DEMO_MATRIX));
      const tokensFile = join(resolve(o.data), DEMO_TOKENS_FILE);
      writeFileSync(tokensFile, tokensText(accounts, locale), { mode: PRIVATE_FILE_MODE });
      makePrivateFile(tokensFile);
      out(t('demo.done', { people: accounts.length, team: DEMO_TEAM.name, documents: documents.length, file: tokensFile }));
      return { accounts, tokensFile, documents };
    },
    { create: true, locale },
  );
}

/** Adds one person with their grants (on every document, or on one the import brought) and a token, each change audited in its own transaction (fail closed). */
async function addPerson(s: Storage, p: DemoPerson, imported: readonly string[]): Promise<DemoAccount> {
  await s.addUser(
    { username: p.username, name: p.name, offices: p.offices, canCreate: p.username === 'admin' || p.username === 'lena' },
    { kind: 'user-added', actor: 'cli', docId: null, detail: { user: p.username, offices: p.offices, via: 'demo-setup' } },
  );
  for (const g of p.grants.filter((x) => x.docId === '*' || imported.includes(x.docId))) {
    await s.setGrant({ username: p.username, docId: g.docId, access: g.access, grantedBy: 'cli' }, { kind: 'grant', actor: 'cli', docId: g.docId, detail: { user: p.username, access: g.access } });
  }
  const token = newToken();
  await s.addExpiringToken(p.username, hashToken(token), null, { kind: 'token-issued', actor: 'cli', docId: null, detail: { user: p.username, via: 'demo-setup' } });
  return { username: p.username, name: p.name, offices: p.offices, opens: p.opens, token };
}

/** The demo team with its members, and its grant on the Sector North matrix when the import brought it: through the team service the API and `poc team` use (same checks, same audit entries). */
async function addTeam(s: Storage, templates: TemplateSet, matrixImported: boolean): Promise<void> {
  // No server runs yet, so there is no live connection to re-check.
  const teams = new TeamService({ storage: s, templates, onAccessChanged: async () => {} });
  const cli = { username: 'cli', admin: true, via: 'demo-setup' };
  await teams.add(cli, { ...DEMO_TEAM });
  for (const p of DEMO_PEOPLE.filter((x) => x.team)) await teams.setMember(cli, DEMO_TEAM.id, p.username, { manager: p.username === 'amina' });
  if (matrixImported) await teams.grant(cli, DEMO_TEAM.id, DEMO_MATRIX, 'editor');
}

/** The tokens file in `locale`: one paragraph per person, the token last. */
function tokensText(accounts: readonly DemoAccount[], locale: Locale): string {
  const t = wordsOf(cliServer, locale);
  const lines = [t('demo.fileHeader'), t('demo.fileHow'), ''];
  for (const a of accounts) {
    lines.push(
      `${a.username} (${a.name})`,
      a.offices.length ? t('demo.offices', { offices: holdingsWords(a.offices, locale) }) : t('demo.noOffices'),
      t('demo.opensLine', { opens: opensWords(a.username, locale) }),
      t('demo.tokenLine', { token: a.token }),
      '',
    );
  }
  return lines.join('\n');
}
