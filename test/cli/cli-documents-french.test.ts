// The document-side commands of `poc` in French (issue 18): picture, export, validate's sign-offs from a server, verify,
// doc create and the identity flags say everything in the CLI's language (--lang, else the shell's), days included, and
// no English sentence of their catalogues is left. Each command is run once or twice as a user runs it (the built
// dist/poc.js: npm run build); its refusals are asked of the command's function, which the CLI calls with its language
// (a run of the bundle costs seconds). verify, doc create and the identity flags are registered by
// cli/server-commands.ts, which passes them the language: they are asked directly.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type CliRun, messageForms, runCli } from '../support/cli-run.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { docCreate, userAdd, verify } from '../../cli/commands/index.js';
import { exportCommand } from '../../cli/commands/export.js';
import { picturePaths } from '../../cli/commands/picture.js';
import { serverSignoffs } from '../../cli/commands/server-signoffs.js';
import { identityConfig, identityOptions } from '../../cli/identity-flags.js';
import type { Catalogue, Message } from '../../shared/i18n/catalogue.js';
import { cliDocuments } from '../../shared/i18n/messages/cli-documents.js';
import { cliIdentity } from '../../shared/i18n/messages/cli-identity.js';
import { cliSignoffs } from '../../shared/i18n/messages/cli-signoffs.js';
import { editorChartWords } from '../../shared/i18n/messages/editor-charts.js';
import { toMarkdown } from '../../shared/markdown/index.js';
import type { MissionPicture } from '../../shared/picture/index.js';
import { TemplateSet } from '../../shared/template/set.js';
import { approvableMatrix, postSignoff } from '../support/sign-off.js';
import { ROOT, startTestServer, storeDocument, tempDir, type TestServer } from '../support/test-server.js';

const cli = join(ROOT, 'dist', 'poc.js');
/** The French copies of the demo documents: a picture of them is French through and through. */
const FRENCH_DEMO = join(ROOT, 'demo-vault', 'Français');
const FRENCH_MATRIX = join(FRENCH_DEMO, 'Matrice des menaces POC — Secteur Nord.md');
const TODAY = '2026-12-03';
let dir: string;

/** Runs the built CLI in a temporary folder, over a shell that names no language unless `env` does. */
async function poc(args: string[], env: Record<string, string> = {}): Promise<CliRun> {
  return runCli(cli, args, dir, { CI: 'true', ...env });
}

/** The texts of a message: the sentence, or each plural form or case. */
const formsOf = messageForms;

/**
 * The English sentences of `catalogue`'s keys starting with one of `prefixes`, as they would show: the longest run of
 * fixed words between placeholders of each form (at least 12 characters), left out where French says the same.
 */
function englishOf(catalogue: Catalogue, ...prefixes: string[]): string[] {
  const en = catalogue.messages.en as Record<string, Message>;
  const fr = catalogue.messages.fr as Record<string, Message>;
  return Object.keys(en)
    .filter((k) => prefixes.some((p) => k.startsWith(p)))
    .flatMap((k) => formsOf(en[k]!).map((form) => ({ k, words: form.split(/\{\w+\}/).reduce((a, b) => (b.trim().length > a.length ? b.trim() : a), '') })))
    .filter(({ k, words }) => words.length >= 12 && !formsOf(fr[k]!).some((f) => f.includes(words)))
    .map(({ words }) => words);
}

/** The English sentences among `text`: none, when the command speaks French. */
const englishIn = (text: string, sentences: readonly string[]) => sentences.filter((s) => text.includes(s));

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'poc-documents-fr-'));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

describe('poc picture in French', () => {
  const english = [...englishOf(cliDocuments, 'picture.'), ...englishOf(editorChartWords, 'picture.list.')];

  it('writes the picture in French with --lang fr: its sentences, the board’s list headings, and days as French writes them', async () => {
    const r = await poc(['--lang', 'fr', 'picture', FRENCH_DEMO, '--today', TODAY]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^Situation de la mission au 3 déc\. 2026\u00a0: 8 documents\.$/m);
    expect(r.stdout).toContain('Carte thermique\u00a0: nombre de menaces par probabilité (lignes, 5 en haut) et impact (colonnes)\u00a0:');
    expect(r.stdout).toMatch(/^Révisions en retard \(\d+\)\u00a0:$/m);
    expect(r.stdout).toMatch(/^ {2}probabilité 5 /m);
    // A finding's ISO day is written in words, the French way.
    expect(r.stdout).toMatch(/^ {2}- .+\u00a0: .*\d{1,2} (nov|déc)\. 2026/m);
    expect(englishIn(r.stdout, english)).toEqual([]);
  });

  it('speaks French when LANG is French and no --lang is given: its JSON has French sentences and the keys and codes of English', async () => {
    const fr = JSON.parse((await poc(['picture', FRENCH_DEMO, '--today', TODAY, '--json'], { LANG: 'fr_FR.UTF-8' })).stdout) as MissionPicture;
    const en = (await picturePaths([FRENCH_DEMO], TemplateSet.builtin(), TODAY)).picture;
    expect(fr.lists.reviewsOverdue[0]?.detail).toMatch(/^Cette matrice des menaces a été revue pour la dernière fois le 2026-/);
    expect(Object.keys(fr.lists)).toEqual(Object.keys(en.lists));
    expect(fr.threats.map((t) => [t.id, t.tier, t.phase, t.threatType])).toEqual(en.threats.map((t) => [t.id, t.tier, t.phase, t.threatType]));
  });

  it('gives its help in French', async () => {
    const r = await poc(['--lang', 'fr', 'picture', '--help']);
    expect(r.stdout).toContain('seulement les menaces imminentes, ou seulement celles qui');
    expect(r.stdout).toMatch(/^Utilisation\u00a0: poc picture/m);
    expect(englishIn(r.stdout.replace(/[ \n]+/g, ' '), english)).toEqual([]);
  });
});

describe('poc export in French', () => {
  const english = englishOf(cliDocuments, 'export.');

  it('exports a file and says what it wrote in French: the size in ko, the seconds with a decimal comma', async () => {
    const r = await poc(['--lang', 'fr', 'export', FRENCH_MATRIX, '--format', 'docx', '-o', 'nord.docx']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^nord\.docx écrit \(\d+\u00a0ko\) en \d+,\d\u00a0s\u00a0; contenu sha256:[0-9a-f]{12}…\.$/m);
  });

  const base = { paper: 'a4' as const, templates: TemplateSet.builtin(), today: TODAY, locale: 'fr' as const, progress: () => undefined };
  it.each([
    ['no format', { source: 'plan.md' }, 'Indiquez le format de l’export\u00a0: --format docx (Word) ou --format pdf'],
    ['a format the file name contradicts', { source: FRENCH_MATRIX, format: 'docx' as const, out: 'plan.pdf' }, '--format docx produit un fichier Word (.docx), mais -o plan.pdf désigne un fichier PDF (.pdf).'],
    ['an ordinary note', { source: join(ROOT, 'demo-vault', 'README.md'), format: 'docx' as const }, 'README.md est une note ordinaire, pas un document POC\u00a0:'],
    ['a document id without a server', { source: 'tm-nowhere', format: 'pdf' as const }, '«\u00a0tm-nowhere\u00a0» n’est pas un fichier présent ici.'],
    ['--at on a file', { source: FRENCH_MATRIX, format: 'docx' as const, version: 'v1' }, '--at désigne une version que le serveur conserve\u00a0; un fichier n’a que son contenu actuel.'],
    ['a server without a token', { source: FRENCH_MATRIX, format: 'docx' as const, server: 'http://127.0.0.1:9' }, 'Pour exporter avec le serveur http://127.0.0.1:9, il faut votre jeton\u00a0:'],
  ])('refuses %s in French', async (_what, given, french) => {
    const e = (await exportCommand({ ...base, ...given }, () => undefined).catch((x: unknown) => x)) as Error;
    expect(e.message).toContain(french);
    expect(englishIn(e.message, english)).toEqual([]);
  });

  it('the built command prints its refusal in French, exit code 2', async () => {
    const r = await poc(['--lang', 'fr', 'export', 'tm-nowhere', '--format', 'pdf']);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('poc: «\u00a0tm-nowhere\u00a0» n’est pas un fichier présent ici. Pour exporter un document du serveur, donnez --server (ou POC_SERVER) et votre jeton (POC_TOKEN).\n');
  });

  it('gives its help in French, commander’s default note after the paper choices included', async () => {
    const r = await poc(['export', '--help'], { LANG: 'fr_FR.UTF-8' });
    expect(r.stdout).toContain('un document au format Word ou PDF');
    const flat = r.stdout.replace(/[ \n]+/g, ' ');
    expect(flat).toContain('(choix\u00a0: "a4", "letter", par défaut\u00a0: "a4")');
    expect(englishIn(flat, english)).toEqual([]);
  });
});

describe('poc validate in French: what cli-output.ts did not hold', () => {
  it('says a path that does not exist is missing, in French', async () => {
    const r = await poc(['--lang', 'fr', 'validate', 'nulle-part.md']);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('✖ Ce fichier ou ce dossier n’existe pas.');
    expect(r.stdout).not.toContain('No such file or folder.');
  });
});

describe('sign-offs from a server, in French', () => {
  let t: TestServer;
  let hoo: string;
  const english = englishOf(cliSignoffs, 'server.', 'verify.');

  beforeAll(async () => {
    t = await startTestServer({ now: () => new Date(`${TODAY}T12:00:00Z`) });
    hoo = await t.addUser('hoo', { name: 'Hawa Ouedraogo', offices: ['head-of-office'], grants: { '*': 'editor' } });
    await storeDocument(t, hoo, approvableMatrix('tm-fr', TODAY));
    await postSignoff(t, 'tm-fr', hoo, { role: 'head-of-office' });
  });
  afterAll(async () => {
    await t.stop();
  });

  it('poc validate --server without a token is refused in French', async () => {
    const e = (await serverSignoffs({ server: t.httpUrl, locale: 'fr' }).catch((x: unknown) => x)) as Error;
    expect(e.message).toMatch(new RegExp(`^Pour vérifier les signatures sur ${t.httpUrl}, il faut votre jeton\u00a0:`));
    expect(englishIn(e.message, english)).toEqual([]);
  });

  it('poc validate --server refuses a token the server does not know in French', async () => {
    const e = (await serverSignoffs({ server: t.httpUrl, token: 'poc_wrong', locale: 'fr' }).catch((x: unknown) => x)) as Error;
    expect(e.message).toMatch(new RegExp(`^Le serveur POC ${t.httpUrl} a refusé votre jeton\\.`));
  });

  it('poc validate --server says in French that the server holds no such document, keeping the code', async () => {
    const r = await poc(['--lang', 'fr', 'validate', FRENCH_MATRIX, '--server', t.httpUrl], { POC_TOKEN: hoo });
    expect(r.stdout).toContain(`Le serveur ${t.httpUrl} ne conserve aucun document «\u00a0`);
    expect(r.stdout).toContain('[signoffs-not-on-server]');
    expect(r.stdout).toContain(`Les signatures ont été lues sur ${t.httpUrl}`);
    expect(englishIn(r.stdout, english)).toEqual([]);
  });

  it('poc export --server tells its progress in French', async () => {
    const mirror = join(dir, 'tm-fr.md');
    const model = approvableMatrix('tm-fr', TODAY);
    await writeFile(mirror, toMarkdown({ ...model, meta: { ...model.meta, status: 'approved' } }, TemplateSet.builtin().get('threat-matrix')));
    const said: string[] = [];
    await exportCommand({ source: mirror, format: 'docx', paper: 'a4', out: join(dir, 'tm-fr.docx'), server: t.httpUrl, token: hoo, templates: TemplateSet.builtin(), today: TODAY, locale: 'fr', progress: (l) => said.push(l) }, (l) => said.push(l));
    expect(said.slice(0, 2)).toEqual([`Lecture de ${mirror}…`, `Récupération des signatures de tm-fr sur ${t.httpUrl}…`]);
    expect(said).toContainEqual(expect.stringMatching(/^\d+ sections mises en page\.$/));
    expect(said.at(-1)).toMatch(/^tm-fr\.docx écrit \(\d+\u00a0ko\) en \d+,\d\u00a0s\u00a0; contenu sha256:/);
  });

  it('poc verify prints each record, its verdict and the count in French (the decision in words)', async () => {
    const lines: string[] = [];
    await verify({ docId: 'tm-fr', server: t.httpUrl, token: hoo, locale: 'fr', out: (l) => lines.push(l) });
    const text = lines.join('\n');
    expect(text).toMatch(/head-of-office\u00a0: approuvé par hoo le 2026-12-03T/);
    expect(text).toContain('VALIDE    la signature est authentique et correspond au contenu actuel');
    expect(text).toContain('1 valide, 0 périmée, 0 invalide.');
    expect(englishIn(text, english)).toEqual([]);
  });

  it('poc verify refuses in French when it has nothing to verify', async () => {
    await expect(verify({ locale: 'fr', out: () => {} })).rejects.toThrow('Donnez l’identifiant d’un document (avec --server et --token) ou --file avec des enregistrements.');
  });
});

describe('poc doc create in French', () => {
  const tmp = tempDir();
  afterAll(() => tmp.remove());

  it('says in French what it created, the id alone on the last line', async () => {
    await userAdd({ data: tmp.dir, username: 'owen', name: 'Owen Owner', out: () => {} });
    const lines: string[] = [];
    const { id } = await docCreate({ data: tmp.dir, type: 'threat-matrix', title: 'Secteur Nord', owner: 'owen', id: 'tm-nord', locale: 'fr', out: (l) => lines.push(l) });
    expect(lines).toEqual(['Document «\u00a0Secteur Nord\u00a0» (threat-matrix) créé, propriété de owen. Son identifiant\u00a0:', id]);
  });

  it('refuses an owner who is not a user in French', async () => {
    await expect(docCreate({ data: tmp.dir, type: 'threat-matrix', title: 'Secteur Sud', owner: 'personne', locale: 'fr', out: () => {} })).rejects.toThrow(
      'Aucun utilisateur ne s’appelle «\u00a0personne\u00a0» pour être propriétaire du document.',
    );
  });
});

describe('the single sign-on flags in French', () => {
  const english = englishOf(cliIdentity, '');

  it('give their help in French', () => {
    const help = identityOptions('fr').map((o) => o.description).join('\n');
    expect(help).toContain('le libellé du bouton d’authentification unique (par défaut «\u00a0Sign in with single sign-on\u00a0»)');
    expect(englishIn(help, english)).toEqual([]);
  });

  it('refuse a half-given provider in French, naming what to add', () => {
    expect(() => identityConfig({ oidcIssuer: 'https://id.mission.example' }, 'fr')).toThrow(
      /^L’authentification unique avec https:\/\/id\.mission\.example demande aussi --oidc-client-id \(POC_OIDC_CLIENT_ID\), POC_OIDC_CLIENT_SECRET \(ou --oidc-client-secret\), --public-url \(POC_PUBLIC_URL\)\u00a0:/,
    );
  });

  it('refuse an address that is not a URL in French', () => {
    expect(() => identityConfig({ publicUrl: 'poc mission' }, 'fr')).toThrow('--public-url (POC_PUBLIC_URL) «\u00a0poc mission\u00a0» n’est pas une URL\u00a0;');
  });
});
