/**
 * What the `poc` commands that check sign-offs print and refuse with:
 * `poc validate --server` (reading a file's sign-offs from the server) and
 * `poc verify` (checking each record with the server's or trusted keys).
 * Why one record does not verify is shared-signoff.ts's.
 */
import { defineCatalogue } from '../catalogue.js';

/** The sign-off commands' catalogue. */
export const cliSignoffs = defineCatalogue(
  'cli-signoffs',
  {
    'server.tokenNeeded':
      'Checking sign-offs on {server} needs your token: give --token, or set the POC_TOKEN environment variable (better: other users of this computer can read command lines, not your environment). No token yet? Ask your administrator for one: they make it with "poc user token <your username>".',
    'server.readFailed': 'Could not read sign-offs from the POC server at {server}: {problem}',
    'server.unreachable': 'Could not reach the POC server at {server}. Check the address and that the server is running, or leave out --server to validate without checking sign-offs. ({problem})',
    'server.tokenRefused':
      'The POC server at {server} refused your token. Ask your administrator for a new one ("poc user token <username>") and give it with --token or the POC_TOKEN environment variable. ({problem})',
    'server.notPoc': '{server} did not answer as a POC sync server of this version. Check the address given to --server.',
    'server.unusable': 'The POC server at {server} could not be used to check sign-offs: {problem}',
    'server.notOnServer':
      "The server at {server} holds no document \"{id}\" that you can read, so this file's sign-offs could not be checked. If the document is there, ask its owner to give you access; if not, this copy was never put on the server.",
    'verify.needRecords': 'Give a document id (with --server and --token) or --file with records.',
    'verify.needKeys': 'Give --server URL (to read its public keys) or --key <base64 public key>.',
    'verify.needToken': 'Reading a document from the server needs --token.',
    'verify.badModelInFile': 'The "model" in the file {file} is not a valid document model, so the content cannot be checked.',
    'verify.badModelFromServer': 'The "model" in the server\'s answer for "{id}" is not a valid document model, so the content cannot be checked.',
    'verify.noKeyInFile': 'the key file {file} holds no usable public key: give the JSON of /api/keys, or Ed25519 public keys (32 bytes, base64) one per line.',
    'verify.noKeyGiven': '--key holds no usable public key: give the JSON of /api/keys, or Ed25519 public keys (32 bytes, base64) one per line.',
    'verify.untrustedKey': 'signed with key "{key}", which is not among the keys you trust (--key)',
    'verify.unpublishedKey': 'signed with key "{key}", which the server does not publish',
    'verify.changed': 'the document changed after this sign-off',
    'verify.none': 'No sign-offs.',
    'verify.noneOn': 'No sign-offs on "{id}".',
    'verify.who': '{role} {decision} by {user} at {signedAt}',
    'verify.valid': 'VALID    signature checks out and matches the current content',
    'verify.signed': 'SIGNED   signature checks out (content not checked: no document model given)',
    'verify.stale': 'STALE    signature checks out, but the document changed after signing',
    'verify.invalid': 'INVALID  {reason}',
    'verify.summary': '{valid}, {stale}, {invalid}.',
    'verify.validCount': '{count} valid',
    'verify.staleCount': '{count} stale',
    'verify.invalidCount': '{count} invalid',
  },
  {
    fr: {
      'server.tokenNeeded':
        'Pour vérifier les signatures sur {server}, il faut votre jeton\u00a0: donnez --token, ou définissez la variable d’environnement POC_TOKEN (c’est préférable\u00a0: les autres utilisateurs de cet ordinateur peuvent lire les lignes de commande, pas votre environnement). Pas encore de jeton\u00a0? Demandez-en un à votre administrateur\u00a0: il le crée avec «\u00a0poc user token <votre nom d’utilisateur>\u00a0».',
      'server.readFailed': 'Impossible de lire les signatures sur le serveur POC {server}\u00a0: {problem}',
      'server.unreachable':
        'Impossible de joindre le serveur POC {server}. Vérifiez l’adresse et que le serveur fonctionne, ou retirez --server pour valider sans vérifier les signatures. ({problem})',
      'server.tokenRefused':
        'Le serveur POC {server} a refusé votre jeton. Demandez-en un nouveau à votre administrateur («\u00a0poc user token <nom d’utilisateur>\u00a0») et donnez-le avec --token ou la variable d’environnement POC_TOKEN. ({problem})',
      'server.notPoc': '{server} n’a pas répondu comme un serveur de synchronisation POC de cette version. Vérifiez l’adresse donnée à --server.',
      'server.unusable': 'Le serveur POC {server} n’a pas pu servir à vérifier les signatures\u00a0: {problem}',
      'server.notOnServer':
        'Le serveur {server} ne conserve aucun document «\u00a0{id}\u00a0» que vous puissiez lire\u00a0: les signatures de ce fichier n’ont donc pas pu être vérifiées. Si le document s’y trouve, demandez à son propriétaire de vous y donner accès\u00a0; sinon, cette copie n’a jamais été déposée sur le serveur.',
      'verify.needRecords': 'Donnez l’identifiant d’un document (avec --server et --token) ou --file avec des enregistrements.',
      'verify.needKeys': 'Donnez --server URL (pour lire ses clés publiques) ou --key <clé publique en base64>.',
      'verify.needToken': 'Pour lire un document sur le serveur, il faut --token.',
      'verify.badModelInFile': 'Le «\u00a0model\u00a0» du fichier {file} n’est pas un modèle de document valide\u00a0: le contenu ne peut donc pas être vérifié.',
      'verify.badModelFromServer': 'Le «\u00a0model\u00a0» de la réponse du serveur pour «\u00a0{id}\u00a0» n’est pas un modèle de document valide\u00a0: le contenu ne peut donc pas être vérifié.',
      'verify.noKeyInFile': 'le fichier de clés {file} ne contient aucune clé publique utilisable\u00a0: donnez le JSON de /api/keys, ou des clés publiques Ed25519 (32 octets, en base64), une par ligne.',
      'verify.noKeyGiven': '--key ne contient aucune clé publique utilisable\u00a0: donnez le JSON de /api/keys, ou des clés publiques Ed25519 (32 octets, en base64), une par ligne.',
      'verify.untrustedKey': 'signée avec la clé «\u00a0{key}\u00a0», qui ne fait pas partie des clés auxquelles vous vous fiez (--key)',
      'verify.unpublishedKey': 'signée avec la clé «\u00a0{key}\u00a0», que le serveur ne publie pas',
      'verify.changed': 'le document a changé après cette signature',
      'verify.none': 'Aucune signature.',
      'verify.noneOn': 'Aucune signature sur «\u00a0{id}\u00a0».',
      'verify.who': {
        select: 'decision',
        approved: '{role}\u00a0: approuvé par {user} le {signedAt}',
        rejected: '{role}\u00a0: non approuvé par {user} le {signedAt}',
        other: '{role}\u00a0: {decision} par {user} le {signedAt}',
      },
      'verify.valid': 'VALIDE    la signature est authentique et correspond au contenu actuel',
      'verify.signed': 'SIGNÉE    la signature est authentique (contenu non vérifié\u00a0: aucun modèle de document fourni)',
      'verify.stale': 'PÉRIMÉE   la signature est authentique, mais le document a changé depuis la signature',
      'verify.invalid': 'INVALIDE  {reason}',
      'verify.summary': '{valid}, {stale}, {invalid}.',
      'verify.validCount': { one: '{count} valide', other: '{count} valides' },
      'verify.staleCount': { one: '{count} périmée', other: '{count} périmées' },
      'verify.invalidCount': { one: '{count} invalide', other: '{count} invalides' },
    },
  },
);
