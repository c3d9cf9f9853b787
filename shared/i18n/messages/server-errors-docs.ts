/**
 * Why the server refused to change a document's history (server/docs/versions.ts):
 * saving, restoring and remembering versions, as the API answers it.
 */
import { defineCatalogue } from '../catalogue.js';

/** The version history's refusals. */
export const serverDocErrors = defineCatalogue(
  'server-errors-docs',
  {
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
