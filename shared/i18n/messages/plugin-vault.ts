/**
 * What the Obsidian plugin says about the notes of the vault
 * (plugin/vault/, plugin/services.ts): a conflicting edit kept beside the
 * note, copies of a note that share its poc-id, the tailored templates
 * folder, a document met again with the server, and creating a document
 * from a copy. File names and frontmatter keys the plugin writes stay as
 * they are ("conflicting edit", poc-id): only the sentences are here.
 */
import { defineCatalogue } from '../catalogue.js';

/** The plugin vault messages' catalogue. */
export const pluginVaultWords = defineCatalogue(
  'plugin-vault',
  {
    // The note kept beside a file after a conflict (conflict.ts), and the Notices about it (services.ts).
    'conflict.heading': 'Conflicting edit',
    'conflict.note':
      'This is a copy of "{name}" as it was edited outside the structured view. Someone else changed the same parts meanwhile, so their version was kept in the document. Copy what you still need into the document, then delete this note.',
    'conflict.kept': 'Your edit to "{name}" overlapped with changes made by others. Their version was kept in the document; your version is saved in "{copy}".',
    'conflict.lost': 'Your edit to "{name}" overlapped with changes made by others, and the copy of your version could not be saved. Undo in the Markdown view to recover it.',
    'reconciled': '"{name}" is now in step with the server; the changes you made offline were merged into it.',
    // Copies of a note (copies.ts).
    'copies.found': {
      one: '{names} has the same poc-id as "{name}", which is the document\'s file. Copies open read-only and are never merged into the document: in each, use "Make this copy a new document", or delete it.',
      other: '{names} have the same poc-id as "{name}", which is the document\'s file. Copies open read-only and are never merged into the document: in each, use "Make this copy a new document", or delete it.',
    },
    'copies.quoted': '"{path}"',
    'copies.notCopy': '"{name}" is the file of document "{id}", not a copy. Run this command in the copy that should become a new document.',
    'copies.badType': '"{name}" could not be given a new id: its poc-type is not one of the built-in document types.',
    'copies.failed': '"{name}" could not be made a new document: {reason} It stays here unchanged, as a copy (nothing is lost); try again later.',
    'copies.done': '"{name}" is now a document of its own ("{id}"); "{original}" is unchanged.',
    'copies.unreadable': '"{name}" cannot be read as a document ({problem}), so it was not sent to the server.',
    // The tailored templates (template-folder.ts, services.ts).
    'templates.empty': 'The templates folder "{folder}" holds no .yaml files; the built-in templates are used.',
    'templates.fellBack': 'POC Workspace: the tailored templates could not all be used; the built-in ones are in use until they are fixed.',
    'templates.rulesOff': 'POC Workspace: the tailored templates are in use, but some validation rules are off.',
    'templates.more': { one: '…and {count} more: run "poc templates check" on the folder to see them all.', other: '…and {count} more: run "poc templates check" on the folder to see them all.' },
    // The name others see when none is set (services.ts).
    'user.unnamed': 'Unnamed colleague',
  },
  {
    fr: {
      'conflict.heading': 'Modification en conflit',
      'conflict.note':
        'Ceci est une copie de «\u00a0{name}\u00a0» telle qu’elle a été modifiée hors de la vue structurée. Quelqu’un d’autre a modifié les mêmes parties entre-temps\u00a0: sa version a donc été conservée dans le document. Copiez dans le document ce dont vous avez encore besoin, puis supprimez cette note.',
      'conflict.kept': 'Votre modification de «\u00a0{name}\u00a0» a croisé des modifications faites par d’autres. Leur version a été conservée dans le document\u00a0; la vôtre est enregistrée dans «\u00a0{copy}\u00a0».',
      'conflict.lost': 'Votre modification de «\u00a0{name}\u00a0» a croisé des modifications faites par d’autres, et la copie de votre version n’a pas pu être enregistrée. Annulez dans la vue Markdown pour la récupérer.',
      'reconciled': '«\u00a0{name}\u00a0» est maintenant à jour avec le serveur\u00a0; les modifications faites hors ligne y ont été fusionnées.',
      'copies.found': {
        one: '{names} a le même poc-id que «\u00a0{name}\u00a0», qui est le fichier du document. Les copies s’ouvrent en lecture seule et ne sont jamais fusionnées dans le document\u00a0: dans chacune, utilisez «\u00a0Faire de cette copie un nouveau document\u00a0», ou supprimez-la.',
        other: '{names} ont le même poc-id que «\u00a0{name}\u00a0», qui est le fichier du document. Les copies s’ouvrent en lecture seule et ne sont jamais fusionnées dans le document\u00a0: dans chacune, utilisez «\u00a0Faire de cette copie un nouveau document\u00a0», ou supprimez-la.',
      },
      'copies.quoted': '«\u00a0{path}\u00a0»',
      'copies.notCopy': '«\u00a0{name}\u00a0» est le fichier du document «\u00a0{id}\u00a0», pas une copie. Lancez cette commande dans la copie qui doit devenir un nouveau document.',
      'copies.badType': '«\u00a0{name}\u00a0» n’a pas pu recevoir de nouvel identifiant\u00a0: son poc-type n’est pas l’un des types de document intégrés.',
      'copies.failed': '«\u00a0{name}\u00a0» n’a pas pu devenir un nouveau document\u00a0: {reason} Il reste ici inchangé, comme copie (rien n’est perdu)\u00a0; réessayez plus tard.',
      'copies.done': '«\u00a0{name}\u00a0» est maintenant un document à part entière («\u00a0{id}\u00a0»)\u00a0; «\u00a0{original}\u00a0» est inchangé.',
      'copies.unreadable': '«\u00a0{name}\u00a0» ne peut pas être lu comme document ({problem})\u00a0: il n’a donc pas été envoyé au serveur.',
      'templates.empty': 'Le dossier de modèles «\u00a0{folder}\u00a0» ne contient aucun fichier .yaml\u00a0; les modèles intégrés sont utilisés.',
      'templates.fellBack': 'POC Workspace\u00a0: les modèles adaptés n’ont pas tous pu être utilisés\u00a0; les modèles intégrés sont utilisés jusqu’à leur correction.',
      'templates.rulesOff': 'POC Workspace\u00a0: les modèles adaptés sont utilisés, mais certaines règles de validation sont désactivées.',
      'templates.more': {
        one: '…et {count} autre\u00a0: lancez «\u00a0poc templates check\u00a0» sur le dossier pour tous les voir.',
        other: '…et {count} autres\u00a0: lancez «\u00a0poc templates check\u00a0» sur le dossier pour tous les voir.',
      },
      'user.unnamed': 'Collègue sans nom',
    },
  },
);
