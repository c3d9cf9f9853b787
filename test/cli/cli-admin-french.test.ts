/**
 * The server and administration commands speak French with `--lang fr` (and
 * under a French shell): their help, what they print and what they refuse,
 * with no English sentence of their catalogues left. Runs the built CLI
 * (dist/poc.js, `npm run build`) on a temporary data folder, as an operator
 * does; the English wording is cli.test.ts's and server-commands.test.ts's.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type CliRun, messageForms, runCli } from '../support/cli-run.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Message } from '../../shared/i18n/catalogue.js';
import { cliAdminHelp } from '../../shared/i18n/messages/cli-admin-help.js';
import { cliPeople } from '../../shared/i18n/messages/cli-people.js';
import { cliServer } from '../../shared/i18n/messages/cli-server.js';
import { ROOT, waitFor } from '../support/test-server.js';

const cli = join(ROOT, 'dist', 'poc.js');
let dir: string;
let data: string;
const running: ChildProcess[] = [];

/** Runs the built CLI in the temporary folder, in a shell that sets no language unless `env` does. */
async function poc(args: string[], env: Record<string, string> = {}): Promise<CliRun> {
  return runCli(cli, args, dir, env);
}

/** Runs the built CLI with --lang fr on the test's data folder. */
const fr = (...args: string[]) => poc(['--lang', 'fr', ...args, '--data', data]);

/** Every text of a message: the sentence, or each plural form or case. */
const textsOf = messageForms;

/**
 * The English sentences of the commands' catalogues, as the pieces between their placeholders that a reader would
 * recognise (several words, and not also in the French catalogue, as file names and flags are).
 */
const ENGLISH: string[] = (() => {
  const pieces = new Set<string>();
  for (const c of [cliPeople, cliServer, cliAdminHelp]) {
    const french = Object.values(c.messages.fr as Record<string, Message>).flatMap(textsOf).join('\n');
    for (const m of Object.values(c.messages.en as Record<string, Message>)) {
      for (const text of textsOf(m)) {
        for (const piece of text.split(/\{\w+\}/)) {
          const p = piece.trim();
          if (p.length >= 12 && /[a-z]{3,} [a-z]{2,}/.test(p) && !french.includes(p)) pieces.add(p);
        }
      }
    }
  }
  return [...pieces];
})();

/** Help text with commander's line wrapping undone, so a sentence reads on one line. */
const unwrapped = (help: string): string => help.replace(/[ \t]*\n[ \t]*/g, ' ');

/** The English sentences of the catalogues found in `text` (none, when it is all French). */
const englishIn = (text: string): string[] => ENGLISH.filter((p) => text.includes(p));

beforeAll(async () => {
  if (!existsSync(cli)) throw new Error(`${cli} is missing: run "npm run build" first.`);
  dir = await mkdtemp(join(tmpdir(), 'poc-cli-admin-fr-'));
  data = join(dir, 'data');
});

afterAll(async () => {
  for (const p of running) if (p.exitCode === null && p.signalCode === null) p.kill('SIGKILL');
  await rm(dir, { recursive: true, force: true });
});

describe('the help of the server and administration commands in French', { timeout: 60_000 }, () => {
  const helps: Array<[string[], string]> = [
    [['serve'], 'lancer le serveur de synchronisation'],
    [['user'], 'gérer les utilisateurs et leurs jetons'],
    [['user', 'add'], 'le nom complet de la personne, affiché sur les signatures'],
    [['user', 'office'], 'une fonction à occuper'],
    [['grant'], 'donner à un utilisateur l’accès à un document'],
    [['revoke'], 'identifiant du document, ou * pour l’accès à tous les documents'],
    [['team', 'add'], 'Groupe de travail POC du Secteur Nord'],
    [['key', 'rotate'], 'créer une nouvelle clé de signature actuelle'],
    [['backup'], 'écrire une sauvegarde cohérente de la base'],
    [['migrate'], 'copier une base SQLite dans une base PostgreSQL vide'],
    [['audit'], 'seulement ce type d’entrée'],
    [['demo-setup'], 'créer une NOUVELLE base pour essayer l’espace de travail'],
    [['doc', 'create'], 'créer un document appartenant à un utilisateur'],
    [['verify'], 'vérifier chaque signature d’un document'],
  ];
  for (const [command, french] of helps) {
    it(`poc ${command.join(' ')} --help is in French, with no English sentence of its catalogue`, async () => {
      const help = unwrapped((await poc(['--lang', 'fr', ...command, '--help'])).stdout);
      expect(help).toContain(french);
      expect(help).toContain('Options\u00a0:');
      expect(englishIn(help)).toEqual([]);
    });
  }

  it('the root help lists the server commands in French', async () => {
    const help = unwrapped((await poc(['--lang', 'fr', '--help'])).stdout);
    expect(help).toContain('gérer les équipes\u00a0: des personnes qui partagent des accès');
    expect(help).toContain('afficher le journal d’audit');
  });
});

// Several commands a test, each a process of its own: a loaded machine takes seconds for each.
describe('the administration commands in French, on a new data folder', { timeout: 120_000 }, () => {
  it('poc demo-setup sets up the demo in French and writes the tokens file in French', async () => {
    const r = await poc(['--lang', 'fr', 'demo-setup', '--data', data]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Démonstration installée\u00a0: 6 personnes, l’équipe «\u00a0Sector North POC working group\u00a0», ');
    const tokens = await readFile(join(data, 'demo-tokens.txt'), 'utf8');
    expect(tokens).toContain('# Personnes de démonstration de POC Workspace.');
    expect(tokens).toContain('signe en tant que RSSG');
    expect(tokens).toContain('srsg (toute la mission)');
    expect(englishIn(r.stdout + tokens)).toEqual([]);
  });

  it('poc demo-setup on an existing store refuses in French', async () => {
    const r = await poc(['--lang', 'fr', 'demo-setup', '--data', data]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('Il existe déjà une base dans');
    expect(englishIn(r.stderr)).toEqual([]);
  });

  it('poc user add confirms in French and says the token is shown only now', async () => {
    const r = await fr('user', 'add', 'mariam', '--name', 'Mariam Koné', '--office', 'head-of-office@Secteur Nord', '--can-create', '--email', 'mariam@example.org');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Utilisateur ajouté\u00a0: mariam (Mariam Koné) <mariam@example.org>, fonctions\u00a0: head-of-office@Secteur Nord, peut créer des documents.');
    expect(r.stdout).toContain('Jeton (affiché uniquement maintenant');
    expect(englishIn(r.stdout)).toEqual([]);
  });

  it('poc user add refuses an office no template asks to sign, in French', async () => {
    const r = await fr('user', 'add', 'paul', '--name', 'Paul', '--office', 'chef-cuisinier');
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('Fonction inconnue\u00a0: chef-cuisinier.');
    expect(englishIn(r.stderr)).toEqual([]);
  });

  it('poc user add refuses a username already taken, in French', async () => {
    const r = await fr('user', 'add', 'mariam', '--name', 'Mariam Deux');
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('Un utilisateur nommé «\u00a0mariam\u00a0» existe déjà.');
    expect(englishIn(r.stderr)).toEqual([]);
  });

  it('poc user list writes its labels in French', async () => {
    const r = await fr('user', 'list');
    expect(r.stdout).toMatch(/^amina .*fonctions\u00a0: head-of-office@Sector North.*équipes\u00a0: sector-north-poc \(responsable\).*jamais connecté/m);
    expect(r.stdout).toMatch(/^admin .*administrateur/m);
    expect(englishIn(r.stdout)).toEqual([]);
  });

  it('poc user office says what they now hold, in French', async () => {
    const r = await fr('user', 'office', 'mariam', '--add', 'srsg', '--remove', 'head-of-office@Secteur Nord');
    expect(r.stdout).toContain('mariam occupe désormais\u00a0: srsg (toute la mission).');
    expect(englishIn(r.stdout)).toEqual([]);
  });

  it('poc user set-offices with none clears them, in French', async () => {
    const r = await fr('user', 'set-offices', 'mariam');
    expect(r.stdout).toContain('mariam n’occupe désormais aucune fonction en propre');
    expect(englishIn(r.stdout)).toEqual([]);
  });

  it('poc user token and poc user tokens speak French, the token state included', async () => {
    const issued = await fr('user', 'token', 'mariam', '--token-ttl', '30d');
    expect(issued.stdout).toMatch(/Nouveau jeton pour mariam, valable jusqu’au \S+ \(affiché uniquement maintenant\)\u00a0:/);
    const listed = await fr('user', 'tokens', 'mariam');
    expect(listed.stdout).toMatch(/actif\s+émis le \S+\s+sans expiration/);
    expect(listed.stdout).toMatch(/actif\s+émis le \S+\s+expire le \S+/);
    expect(englishIn(issued.stdout + listed.stdout)).toEqual([]);
  });

  it('poc user token refuses a lifetime it cannot read, in French', async () => {
    const r = await fr('user', 'token', 'mariam', '--token-ttl', 'bientôt');
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--token-ttl «\u00a0bientôt\u00a0» n’est pas une durée de validité');
  });

  it('poc user revoke counts the revoked tokens in French', async () => {
    const r = await fr('user', 'revoke', 'mariam');
    expect(r.stdout).toContain('2 jetons révoqués pour mariam\u00a0; ses connexions ouvertes sont fermées.');
    expect(englishIn(r.stdout)).toEqual([]);
  });

  it('poc user disable and enable confirm in French', async () => {
    const off = await fr('user', 'disable', 'mariam');
    expect(off.stdout).toContain('mariam est désactivé(e)\u00a0:');
    const again = await fr('user', 'disable', 'mariam');
    expect(again.stdout).toContain('mariam était déjà désactivé(e)\u00a0; rien n’a changé.');
    const on = await fr('user', 'enable', 'mariam');
    expect(on.stdout).toContain('mariam est réactivé(e)\u00a0: ses jetons fonctionnent de nouveau.');
    expect(englishIn(off.stdout + again.stdout + on.stdout)).toEqual([]);
  });

  it('poc user invite prints the link with a French sentence, and refuses without --public-url in French', async () => {
    const made = await fr('user', 'invite', 'mariam', '--public-url', 'https://poc.example.org');
    expect(made.stdout).toMatch(/^Invitation pour mariam, valable jusqu’au /m);
    const refused = await fr('user', 'invite', 'mariam');
    expect(refused.stderr).toContain('Indiquez avec --public-url l’adresse');
    expect(englishIn(made.stdout + refused.stderr)).toEqual([]);
  });

  it('poc user can-create answers in French', async () => {
    const r = await fr('user', 'can-create', 'mariam', 'no');
    expect(r.stdout).toContain('mariam ne peut plus créer de documents (les administrateurs le peuvent toujours).');
  });

  it('a user who does not exist is refused in French with exit code 1', async () => {
    const r = await fr('user', 'token', 'personne');
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('Il n’y a pas d’utilisateur nommé «\u00a0personne\u00a0». Ajoutez-le avec «\u00a0poc user add\u00a0».');
    expect(englishIn(r.stderr)).toEqual([]);
  });

  it('poc grant and poc revoke confirm in French, naming the access as a role', async () => {
    const granted = await fr('grant', 'mariam', 'tm-minusar-sector-north', 'editor');
    expect(granted.stdout).toContain('mariam est désormais rédacteur de «\u00a0tm-minusar-sector-north\u00a0».');
    const all = await fr('grant', 'mariam', '*', 'viewer');
    expect(all.stdout).toContain('mariam est désormais lecteur de tous les documents.');
    const revoked = await fr('revoke', 'mariam', 'tm-minusar-sector-north');
    expect(revoked.stdout).toContain('mariam n’a plus accès à «\u00a0tm-minusar-sector-north\u00a0» par cette autorisation.');
    expect(englishIn(granted.stdout + all.stdout + revoked.stdout)).toEqual([]);
  });

  it('poc grant refuses an access level it does not know, listing the levels in French', async () => {
    const r = await fr('grant', 'mariam', '*', 'chef');
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('«\u00a0chef\u00a0» n’est pas un niveau d’accès\u00a0; utilisez viewer, commenter, editor ou owner.');
  });

  it('poc grant refuses a document that does not exist, in French, with exit code 1', async () => {
    const r = await fr('grant', 'mariam', 'tm-nulle-part', 'viewer');
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('Il n’y a pas de document «\u00a0tm-nulle-part\u00a0»');
    expect(englishIn(r.stderr)).toEqual([]);
  });

  it('poc team add, member, grant, list, revoke and remove speak French', async () => {
    const added = await fr('team', 'add', 'jmac', '--name', 'Cellule JMAC', '--office', 'srsg');
    expect(added.stdout).toContain('Équipe ajoutée\u00a0: jmac «\u00a0Cellule JMAC\u00a0»\u00a0; fonctions\u00a0: srsg (toute la mission)\u00a0; membres\u00a0: aucun.');
    const member = await fr('team', 'member', 'jmac', 'mariam', '--manager');
    expect(member.stdout).toContain('mariam est désormais responsable de l’équipe jmac.');
    const granted = await fr('team', 'grant', 'jmac', '*', 'commenter');
    expect(granted.stdout).toContain('L’équipe jmac a désormais accès en lecture et en commentaire à tous les documents.');
    const listed = await fr('team', 'list');
    expect(listed.stdout).toContain('jmac «\u00a0Cellule JMAC\u00a0»\u00a0; fonctions\u00a0: srsg (toute la mission)\u00a0; membres\u00a0: mariam*\u00a0; accès\u00a0: * (tous les documents)=commenter');
    const revoked = await fr('team', 'revoke', 'jmac', '*');
    expect(revoked.stdout).toContain('L’équipe jmac n’a plus accès à tous les documents par cette autorisation.');
    const removed = await fr('team', 'remove', 'jmac');
    expect(removed.stdout).toContain('Équipe jmac supprimée');
    expect(englishIn([added, member, granted, listed, revoked, removed].map((r) => r.stdout).join('\n'))).toEqual([]);
  });

  it('the team service’s refusal of a team that does not exist is in French, with exit code 1', async () => {
    const r = await fr('team', 'member', 'fantome', 'mariam');
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('Il n’y a pas d’équipe «\u00a0fantome\u00a0» visible pour vous');
    expect(englishIn(r.stderr)).toEqual([]);
  });

  it('poc key rotate and poc key list speak French', async () => {
    const rotated = await fr('key', 'rotate');
    expect(rotated.stdout).toMatch(/^Nouvelle clé de signature \S+ dans .* \(non chiffrée\u00a0: définissez POC_KEY_PASSPHRASE pour la sceller\)\.$/m);
    const listed = await fr('key', 'list');
    expect(listed.stdout).toMatch(/ {2}actuelle$/m);
    expect(listed.stdout).toContain('Fichier de clés');
    expect(englishIn(rotated.stdout + listed.stdout)).toEqual([]);
  });

  it('poc backup says in French where the copy is and that the keys are not in it', async () => {
    const r = await fr('backup', join(dir, 'copie.sqlite'));
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(`Sauvegarde de ${join(data, 'poc.sqlite')} écrite dans ${join(dir, 'copie.sqlite')}`);
    expect(r.stdout).toContain('Les clés de signature n’y figurent pas');
    expect(englishIn(r.stdout)).toEqual([]);
  });

  it('poc audit says in French when no entry matches, and refuses a date it cannot read in French', async () => {
    const none = await fr('audit', '--user', 'personne');
    expect(none.stdout).toContain('Aucune entrée du journal d’audit ne correspond.');
    const bad = await fr('audit', '--since', 'hier');
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('--since «\u00a0hier\u00a0» n’est pas une date');
    expect(englishIn(none.stdout + bad.stderr)).toEqual([]);
  });

  it('poc audit lists its entries as data, the same in every language', async () => {
    const french = await fr('audit', '--kind', 'team-added');
    const english = await poc(['audit', '--kind', 'team-added', '--data', data]);
    expect(french.stdout).toBe(english.stdout);
  });

  it('poc migrate refuses a target that is not PostgreSQL, in French', async () => {
    const r = await poc(['--lang', 'fr', 'migrate', '--from', data, '--to', 'mysql://db/poc']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--to attend une URL PostgreSQL');
    expect(englishIn(r.stderr)).toEqual([]);
  });

  it('a mistyped --data is refused in French', async () => {
    const r = await poc(['--lang', 'fr', 'backup', 'x.sqlite', '--data', join(dir, 'faute')]);
    expect(r.stderr).toContain(`Aucune base dans ${join(dir, 'faute', 'poc.sqlite')}\u00a0; vérifiez --data ou POC_DATA.`);
  });

  it('a number option that is not one is refused in French', async () => {
    const r = await poc(['--lang', 'fr', 'audit', '--limit', 'beaucoup', '--data', data]);
    expect(r.stderr).toContain('--limit «\u00a0beaucoup\u00a0» n’est pas un nombre entier supérieur ou égal à 1.');
  });

  it('a French shell (LANG=fr_FR.UTF-8) gets French without --lang', async () => {
    const r = await poc(['user', 'can-create', 'mariam', 'yes', '--data', data], { LANG: 'fr_FR.UTF-8' });
    expect(r.stdout).toContain('mariam peut désormais créer des documents.');
    expect(englishIn(r.stdout)).toEqual([]);
  });
});

describe('poc serve in French', { timeout: 60_000 }, () => {
  it('says in French where it listens, while its log stays English', async () => {
    const proc = spawn(process.execPath, [cli, '--lang', 'fr', 'serve', '--port', '0', '--data', data, '--demo-vault', 'none'], {
      cwd: dir,
      env: { ...process.env, LANG: 'C.UTF-8', LC_ALL: '', LC_MESSAGES: '', POC_STORE_URL: '' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    running.push(proc);
    let output = '';
    proc.stdout!.on('data', (d: Buffer) => (output += d.toString()));
    proc.stderr!.on('data', (d: Buffer) => (output += d.toString()));
    await waitFor(() => /^en écoute sur ws:\/\/\S+$/m.test(output), 'the server to listen', 20_000);
    const exited = new Promise((resolve) => proc.once('exit', resolve));
    proc.kill('SIGTERM');
    await exited;
    // Operators' log pipelines read the log's English messages.
    expect(output).toContain('"msg":"stopping"');
    expect(output).not.toMatch(/^listening on/m);
  });

  it('refuses a port that is not one, in French', async () => {
    const r = await poc(['--lang', 'fr', 'serve', '--port', '99999', '--data', data]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--port «\u00a099999\u00a0» n’est pas un numéro de port (0–65535).');
  });
});
