/**
 * Why the server refused to make or change a document (server/docs/lifecycle.ts:
 * creating, archiving, deleting, giving it to someone) or its history
 * (server/docs/versions.ts: saving, restoring and remembering versions), as
 * the API answers it.
 */
import { defineCatalogue } from '../catalogue.js';

/** The refusals of the documents' lifecycle and version history. */
export const serverDocErrors = defineCatalogue(
  'server-errors-docs',
  {
    'create.tooOften': 'You have created too many documents in a short time; try again in {count} s.',
    'create.notAllowed': '{who} may not create documents; ask an administrator ("poc user can-create {who} yes").',
    'create.badType': '"{type}" is not a document type this server knows; use one of {types}.',
    'create.badTitle': 'Give a title of 1 to {max} characters.',
    'create.tooMany': '{who} has already created {made} documents, the most this server allows one person (--max-docs-per-user); ask an administrator to archive or delete some, or to raise the limit.',
    'id.bad': 'The id "{id}" is refused: {why}.',
    'id.deleted': 'The id "{id}" belonged to a document that was deleted; ids are never reused, so old sign-offs cannot attach to a new document. Choose another id, or leave it out.',
    'id.case': 'The id "{id}" differs only by case from an existing id; ids are compared without case so one document cannot pass for another. Choose another id, or leave it out.',
    'id.taken': 'The id "{id}" is taken. Choose another id, or leave it out and the server makes one.',
    'id.takenNow': 'The id "{id}" is taken.',
    'document.none': 'There is no document "{id}".',
    'user.none': 'There is no user named "{username}".',
    'versions.full': '"{docId}" already keeps as many saved versions as it can, so this one was not saved. The document itself is unchanged; ask an administrator to archive it and start a new one.',
    'versions.none': 'Document "{docId}" has no version "{versionId}".',
    'versions.unrestorable': 'That version of "{docId}" cannot be restored: it is not a readable POC document. Nothing was changed; choose another version.',
    'versions.unreadable': '"{docId}" is not a readable POC document yet, so there is no version to remember.',
    'versions.seenTooOften': '"{docId}" changed too often in a short while to remember each version you saw. Try again in {count} seconds.',
    'versions.seenGone': 'The version you saw of "{docId}" is no longer kept; open the document again.',
    'versions.notReadable': 'There is no document "{docId}" that you can read.',
    'versions.archived': 'Document "{docId}" is archived and read-only, so nothing was changed. An administrator can unarchive it.',
    'versions.notEditorSave': 'Only editors and owners of "{docId}" can save a version of it; you can read it. Ask its owner for edit access.',
    'versions.notEditorRestore': 'Only editors and owners of "{docId}" can restore a version of it; you can read it. Ask its owner for edit access.',
    'versions.tooOften': 'You have saved or restored versions of "{docId}" too often in a short while; nothing was changed. Try again in {count} seconds.',
  },
  {
    fr: {
      'create.tooOften': 'Vous avez créé trop de documents en peu de temps\u00a0; réessayez dans {count}\u00a0s.',
      'create.notAllowed': '{who} n’est pas autorisé à créer des documents\u00a0; adressez-vous à un administrateur («\u00a0poc user can-create {who} yes\u00a0»).',
      'create.badType': '«\u00a0{type}\u00a0» n’est pas un type de document connu de ce serveur\u00a0; utilisez l’un des types suivants\u00a0: {types}.',
      'create.badTitle': 'Donnez un titre de 1 à {max} caractères.',
      'create.tooMany': '{who} a déjà créé {made} documents, le maximum que ce serveur permet à une personne (--max-docs-per-user)\u00a0; demandez à un administrateur d’en archiver ou d’en supprimer, ou de relever la limite.',
      'id.bad': 'L’identifiant «\u00a0{id}\u00a0» est refusé\u00a0: {why}.',
      'id.deleted': 'L’identifiant «\u00a0{id}\u00a0» appartenait à un document supprimé\u00a0; un identifiant n’est jamais réutilisé, afin que d’anciennes signatures ne puissent pas s’attacher à un nouveau document. Choisissez-en un autre, ou n’en indiquez aucun.',
      'id.case': 'L’identifiant «\u00a0{id}\u00a0» ne diffère d’un identifiant existant que par la casse\u00a0; les identifiants sont comparés sans tenir compte de la casse, afin qu’un document ne puisse pas se faire passer pour un autre. Choisissez-en un autre, ou n’en indiquez aucun.',
      'id.taken': 'L’identifiant «\u00a0{id}\u00a0» est déjà pris. Choisissez-en un autre, ou n’en indiquez aucun et le serveur en attribuera un.',
      'id.takenNow': 'L’identifiant «\u00a0{id}\u00a0» est déjà pris.',
      'document.none': 'Il n’existe aucun document «\u00a0{id}\u00a0».',
      'user.none': 'Aucun utilisateur ne s’appelle «\u00a0{username}\u00a0».',
      'versions.full': '«\u00a0{docId}\u00a0» conserve déjà autant de versions enregistrées que possible\u00a0; celle-ci n’a donc pas été enregistrée. Le document lui-même est inchangé\u00a0; demandez à un administrateur de l’archiver et d’en commencer un nouveau.',
      'versions.none': 'Le document «\u00a0{docId}\u00a0» n’a pas de version «\u00a0{versionId}\u00a0».',
      'versions.unrestorable': 'Cette version de «\u00a0{docId}\u00a0» ne peut pas être restaurée\u00a0: ce n’est pas un document POC lisible. Rien n’a été modifié\u00a0; choisissez une autre version.',
      'versions.unreadable': '«\u00a0{docId}\u00a0» n’est pas encore un document POC lisible\u00a0; il n’y a donc aucune version à mémoriser.',
      'versions.seenTooOften': {
        one: '«\u00a0{docId}\u00a0» a changé trop souvent en peu de temps pour mémoriser chaque version que vous avez vue. Réessayez dans {count} seconde.',
        other: '«\u00a0{docId}\u00a0» a changé trop souvent en peu de temps pour mémoriser chaque version que vous avez vue. Réessayez dans {count} secondes.',
      },
      'versions.seenGone': 'La version de «\u00a0{docId}\u00a0» que vous avez vue n’est plus conservée\u00a0; rouvrez le document.',
      'versions.notReadable': 'Aucun document «\u00a0{docId}\u00a0» ne vous est accessible en lecture.',
      'versions.archived': 'Le document «\u00a0{docId}\u00a0» est archivé et en lecture seule\u00a0; rien n’a donc été modifié. Un administrateur peut le désarchiver.',
      'versions.notEditorSave': 'Seuls les rédacteurs et les propriétaires de «\u00a0{docId}\u00a0» peuvent en enregistrer une version\u00a0; vous pouvez le lire. Demandez à son propriétaire un accès en modification.',
      'versions.notEditorRestore': 'Seuls les rédacteurs et les propriétaires de «\u00a0{docId}\u00a0» peuvent en restaurer une version\u00a0; vous pouvez le lire. Demandez à son propriétaire un accès en modification.',
      'versions.tooOften': {
        one: 'Vous avez enregistré ou restauré des versions de «\u00a0{docId}\u00a0» trop souvent en peu de temps\u00a0; rien n’a été modifié. Réessayez dans {count} seconde.',
        other: 'Vous avez enregistré ou restauré des versions de «\u00a0{docId}\u00a0» trop souvent en peu de temps\u00a0; rien n’a été modifié. Réessayez dans {count} secondes.',
      },
    },
  },
);
