/**
 * What the server's own commands print and refuse with: `poc serve` (and the
 * bare server entry cli/server-main.ts), the data folder's store, `poc key`,
 * `poc backup`, `poc migrate`, `poc audit`, `poc demo-setup` and the tokens
 * file it writes, and the number parsers of their flags. The server's log
 * lines (pino) stay English for operators' log pipelines; these are the
 * sentences a person reads in the terminal.
 */
import { defineCatalogue } from '../catalogue.js';

/** The CLI's server and store catalogue. */
export const cliServer = defineCatalogue(
  'cli-server',
  {
    'number.notPositive': '"{value}" is not a whole number of 0 or more.',
    'number.notAtLeastOne': '{flag} "{value}" is not a whole number of 1 or more.',
    // poc serve
    'serve.badPort': '--port "{port}" is not a port number (0–65535).',
    'serve.tlsPair': 'Give both --tls-cert and --tls-key (the certificate and its private key, PEM files), or neither.',
    'serve.badStore': '--store takes a PostgreSQL URL (postgres://user@host/database); leave it out to keep the store in {file}.',
    'serve.portInUse': 'Port {port} on {host} is already in use; stop the other server or choose --port.',
    'serve.warning': 'warning: {warning}',
    'serve.listening': 'listening on {url}',
    'main.needData': 'give the data folder with --data DIR (or POC_DATA).',
    // the data folder's store
    'store.badEnvUrl': 'POC_STORE_URL must be a postgres://… URL (it is "{url}"); unset it to use the SQLite store in --data.',
    'store.emptyPostgres': 'The PostgreSQL database {url} held no store (a new, empty one was made there); check POC_STORE_URL.',
    'store.none': 'No store at {file}; check --data or POC_DATA.',
    // poc key
    'key.newSealed': 'New signing key {keyId} in {file} (sealed with POC_KEY_PASSPHRASE).',
    'key.newPlain': 'New signing key {keyId} in {file} (not encrypted: set POC_KEY_PASSPHRASE to seal it).',
    'key.restart': 'The older keys stay published, so their sign-offs keep verifying. Restart the server to sign with the new key; back the key file up with the store.',
    'key.row': '{keyId}  {created}  {publicKey}',
    'key.rowCurrent': '{keyId}  {created}  {publicKey}  current',
    'key.fileSealed': 'Key file {file}: sealed with a passphrase (POC_KEY_PASSPHRASE).',
    'key.filePlain': 'Key file {file}: not encrypted (0600).',
    // poc backup
    'backup.done': 'Backed up {store} to {file} (mode 0600). To restore, copy it to <data folder>/poc.sqlite and start the server there.',
    'backup.keys': 'The signing keys are not in it: back up {keyFile} too (sealed with POC_KEY_PASSPHRASE), and restore it beside the copy.',
    // poc migrate
    'migrate.noSource': 'No SQLite store at {file}; give --from a server data folder or its poc.sqlite file.',
    'migrate.badTo': '--to takes a PostgreSQL URL (postgres://user@host/database), not "{url}".',
    'migrate.failed': 'Copying {file} into {url} failed ({reason}); nothing was committed. Check that PostgreSQL runs and accepts this user, then try again.',
    'migrate.row': '{table}  {copied}  (source {source}: ok)',
    'migrate.done':
      "Copied {file} into {url}: every table's count matches the source. Start each instance with --store (or POC_STORE_URL) and a copy of the data folder's signing-key file.",
    // poc audit
    'audit.badSince': '--since "{since}" is not a date; write it as YYYY-MM-DD or an ISO timestamp.',
    'audit.badKind': '--kind "{kind}" is not a kind of audit entry; use one of {kinds}.',
    'audit.badLimit': '--limit "{limit}" is not a whole number of 1 or more.',
    'audit.none': 'No audit entries match.',
    // poc demo-setup and demo-tokens.txt
    'demo.exists': 'There is already a store at {file}; the demo people are only added to a new one.',
    'demo.done': 'Set up the demo: {people} people, the team "{team}", {documents} documents; tokens in {file}.',
    'demo.fileHeader': '# POC Workspace demo people. Keep this file private (it is 0600): each token signs in as that person.',
    'demo.fileHow': "# Sign in on the web page with one token, or paste it into the plugin's settings; try each role in turn.",
    'demo.offices': '  offices: {offices}',
    'demo.noOffices': '  offices: none',
    'demo.opensLine': '  opens:   {opens}',
    'demo.tokenLine': '  token:   {token}',
    'demo.opens': {
      select: 'username',
      admin: 'every document, as owner; administers people and teams (/admin); signs as no office',
      amina: 'every document to read; edits the Sector North threat matrix through the team; signs as Head of Office for "{area}" only',
      kofi: 'every document to read and comment on; signs as SRSG',
      lena: 'every document to edit; signs as POC lead',
      omar: 'every document to read and comment on; signs as Force Commander',
      awa: 'every document to read; edits the French Sector North threat matrix (demo-vault/Français); signs as Head of Office for "{area}" only',
      other: 'the documents their grants give them',
    },
  },
  {
    fr: {
      'number.notPositive': '«\u00a0{value}\u00a0» n’est pas un nombre entier supérieur ou égal à 0.',
      'number.notAtLeastOne': '{flag} «\u00a0{value}\u00a0» n’est pas un nombre entier supérieur ou égal à 1.',
      'serve.badPort': '--port «\u00a0{port}\u00a0» n’est pas un numéro de port (0–65535).',
      'serve.tlsPair': 'Indiquez à la fois --tls-cert et --tls-key (le certificat et sa clé privée, fichiers PEM), ou aucun des deux.',
      'serve.badStore': '--store attend une URL PostgreSQL (postgres://utilisateur@hôte/base)\u00a0; omettez-la pour garder la base dans {file}.',
      'serve.portInUse': 'Le port {port} sur {host} est déjà utilisé\u00a0; arrêtez l’autre serveur ou choisissez --port.',
      'serve.warning': 'avertissement\u00a0: {warning}',
      'serve.listening': 'en écoute sur {url}',
      'main.needData': 'indiquez le dossier de données avec --data DOSSIER (ou POC_DATA).',
      'store.badEnvUrl': 'POC_STORE_URL doit être une URL postgres://… (elle vaut «\u00a0{url}\u00a0»)\u00a0; retirez-la pour utiliser la base SQLite de --data.',
      'store.emptyPostgres': 'La base PostgreSQL {url} ne contenait aucune base POC (une nouvelle base vide y a été créée)\u00a0; vérifiez POC_STORE_URL.',
      'store.none': 'Aucune base dans {file}\u00a0; vérifiez --data ou POC_DATA.',
      'key.newSealed': 'Nouvelle clé de signature {keyId} dans {file} (scellée avec POC_KEY_PASSPHRASE).',
      'key.newPlain': 'Nouvelle clé de signature {keyId} dans {file} (non chiffrée\u00a0: définissez POC_KEY_PASSPHRASE pour la sceller).',
      'key.restart':
        'Les clés précédentes restent publiées, si bien que leurs signatures restent vérifiables. Redémarrez le serveur pour signer avec la nouvelle clé\u00a0; sauvegardez le fichier de clés avec la base.',
      'key.row': '{keyId}  {created}  {publicKey}',
      'key.rowCurrent': '{keyId}  {created}  {publicKey}  actuelle',
      'key.fileSealed': 'Fichier de clés {file}\u00a0: scellé par une phrase secrète (POC_KEY_PASSPHRASE).',
      'key.filePlain': 'Fichier de clés {file}\u00a0: non chiffré (0600).',
      'backup.done':
        'Sauvegarde de {store} écrite dans {file} (mode 0600). Pour restaurer, copiez-la dans <dossier de données>/poc.sqlite et démarrez le serveur sur ce dossier.',
      'backup.keys': 'Les clés de signature n’y figurent pas\u00a0: sauvegardez aussi {keyFile} (scellé avec POC_KEY_PASSPHRASE), et restaurez-le à côté de la copie.',
      'migrate.noSource': 'Aucune base SQLite dans {file}\u00a0; donnez à --from un dossier de données du serveur ou son fichier poc.sqlite.',
      'migrate.badTo': '--to attend une URL PostgreSQL (postgres://utilisateur@hôte/base), et non «\u00a0{url}\u00a0».',
      'migrate.failed':
        'La copie de {file} dans {url} a échoué ({reason})\u00a0; rien n’a été validé. Vérifiez que PostgreSQL fonctionne et accepte cet utilisateur, puis réessayez.',
      'migrate.row': '{table}  {copied}  (source\u00a0: {source}, conforme)',
      'migrate.done':
        '{file} a été copié dans {url}\u00a0: le nombre de lignes de chaque table correspond à la source. Démarrez chaque instance avec --store (ou POC_STORE_URL) et une copie du fichier de clés de signature du dossier de données.',
      'audit.badSince': '--since «\u00a0{since}\u00a0» n’est pas une date\u00a0; écrivez-la sous la forme AAAA-MM-JJ ou d’un horodatage ISO.',
      'audit.badKind': '--kind «\u00a0{kind}\u00a0» n’est pas un type d’entrée du journal d’audit\u00a0; utilisez l’un de ceux-ci\u00a0: {kinds}.',
      'audit.badLimit': '--limit «\u00a0{limit}\u00a0» n’est pas un nombre entier supérieur ou égal à 1.',
      'audit.none': 'Aucune entrée du journal d’audit ne correspond.',
      'demo.exists': 'Il existe déjà une base dans {file}\u00a0; les personnes de démonstration ne sont ajoutées qu’à une nouvelle base.',
      'demo.done': 'Démonstration installée\u00a0: {people} personnes, l’équipe «\u00a0{team}\u00a0», {documents} documents\u00a0; jetons dans {file}.',
      'demo.fileHeader': '# Personnes de démonstration de POC Workspace. Gardez ce fichier privé (il est en 0600)\u00a0: chaque jeton connecte en tant que cette personne.',
      'demo.fileHow': '# Connectez-vous sur la page web avec un jeton, ou collez-le dans les paramètres du module\u00a0; essayez chaque rôle tour à tour.',
      'demo.offices': '  fonctions\u00a0: {offices}',
      'demo.noOffices': '  fonctions\u00a0: aucune',
      'demo.opensLine': '  ouvre\u00a0:     {opens}',
      'demo.tokenLine': '  jeton\u00a0:     {token}',
      'demo.opens': {
        select: 'username',
        admin: 'tous les documents, en tant que propriétaire\u00a0; administre les personnes et les équipes (/admin)\u00a0; ne signe au titre d’aucune fonction',
        amina:
          'tous les documents en lecture\u00a0; modifie la matrice des menaces du Secteur Nord par l’équipe\u00a0; signe en tant que cheffe de bureau pour «\u00a0{area}\u00a0» uniquement',
        kofi: 'tous les documents en lecture et en commentaire\u00a0; signe en tant que RSSG',
        lena: 'tous les documents en modification\u00a0; signe en tant que responsable POC',
        omar: 'tous les documents en lecture et en commentaire\u00a0; signe en tant que commandant de la force',
        awa: 'tous les documents en lecture\u00a0; modifie la matrice des menaces du Secteur Nord en français (demo-vault/Français)\u00a0; signe en tant que cheffe de bureau pour «\u00a0{area}\u00a0» uniquement',
        other: 'les documents que lui donnent ses accès',
      },
    },
  },
);
