/**
 * What the `poc` commands converted so far (new, validate, templates) print
 * and refuse with, and the refusal of an unknown --lang. Whole sentences: the
 * CLI only fills in names, paths and counts.
 */
import { defineCatalogue } from '../catalogue.js';

/** The CLI output catalogue. */
export const cliOutput = defineCatalogue(
  'cli-output',
  {
    'lang.unknown': 'There is no language "{lang}" for --lang: choose one of {languages}.',
    'new.unknownType': 'Unknown document type "{type}". Choose one of: {types}.',
    'new.notMarkdown': '"{file}" should end in .md: POC documents are Markdown files.',
    'new.exists': '"{file}" already exists; choose another name or pass --force to replace it.',
    'new.created': 'Created {template} "{title}" (id {id}) in {file}',
    'validate.clean': '✔ no problems',
    'validate.errors': { one: '{count} error', other: '{count} errors' },
    'validate.warnings': { one: '{count} warning', other: '{count} warnings' },
    'validate.status': '{errors}, {warnings}',
    'validate.documentPlace': 'Document',
    'validate.summary': { one: '{count} document: {errors}, {warnings}.', other: '{count} documents: {errors}, {warnings}.' },
    'validate.linksVault': {
      one: 'Links were resolved against {count} other POC document in the Obsidian vault {where}.',
      other: 'Links were resolved against {count} other POC documents in the Obsidian vault {where}.',
    },
    'validate.linksFolder': {
      one: "Links were resolved against {count} other POC document in {where} (the file's folder; no Obsidian vault above it).",
      other: "Links were resolved against {count} other POC documents in {where} (the file's folder; no Obsidian vault above it).",
    },
    'validate.linksUnreadable': '{count} of them could not be read, so links to them show as unresolved; run "poc validate {where}" to see why.',
    'validate.linksTruncated': 'Only the first {max} notes there were read.',
    'validate.signoffsFrom': "Sign-offs were read from {server} and checked against each file's text.",
    'validate.duplicateId': 'Another file ({file}) has the same poc-id "{id}"; give one of them a new id.',
    'templates.tailored': '[tailored: {origin}]',
    'templates.noFiles': 'The folder "{dir}" holds no .yaml files: there are no tailored templates to check, and the built-in ones would be used.',
    'templates.clean': {
      one: '{count} tailored template in "{dir}": no problems; every rule finds the names it reads.',
      other: '{count} tailored templates in "{dir}": no problems; every rule finds the names it reads.',
    },
    'templates.problems': { one: '{count} problem in the tailored templates of "{dir}".', other: '{count} problems in the tailored templates of "{dir}".' },
    'templates.unusable': { one: '{count} file cannot be used until fixed.', other: '{count} files cannot be used until fixed.' },
  },
  {
    fr: {
      'lang.unknown': 'Il n’y a pas de langue «\u00a0{lang}\u00a0» pour --lang\u00a0: choisissez parmi {languages}.',
      'new.unknownType': 'Type de document inconnu\u00a0: «\u00a0{type}\u00a0». Choisissez parmi\u00a0: {types}.',
      'new.notMarkdown': '«\u00a0{file}\u00a0» doit se terminer par .md\u00a0: les documents POC sont des fichiers Markdown.',
      'new.exists': '«\u00a0{file}\u00a0» existe déjà\u00a0; choisissez un autre nom ou ajoutez --force pour le remplacer.',
      'new.created': 'Document créé\u00a0: {template} «\u00a0{title}\u00a0» (identifiant {id}), dans {file}',
      'validate.clean': '✔ aucun problème',
      'validate.errors': { one: '{count} erreur', other: '{count} erreurs' },
      'validate.warnings': { one: '{count} avertissement', other: '{count} avertissements' },
      'validate.status': '{errors}, {warnings}',
      'validate.documentPlace': 'Document',
      'validate.summary': { one: '{count} document\u00a0: {errors}, {warnings}.', other: '{count} documents\u00a0: {errors}, {warnings}.' },
      'validate.linksVault': {
        one: 'Les liens ont été résolus au regard de {count} autre document POC du coffre Obsidian {where}.',
        other: 'Les liens ont été résolus au regard de {count} autres documents POC du coffre Obsidian {where}.',
      },
      'validate.linksFolder': {
        one: 'Les liens ont été résolus au regard de {count} autre document POC de {where} (le dossier du fichier\u00a0; aucun coffre Obsidian au-dessus).',
        other: 'Les liens ont été résolus au regard de {count} autres documents POC de {where} (le dossier du fichier\u00a0; aucun coffre Obsidian au-dessus).',
      },
      'validate.linksUnreadable': {
        one: '{count} d’entre eux n’a pas pu être lu, donc les liens vers lui apparaissent comme non résolus\u00a0; lancez «\u00a0poc validate {where}\u00a0» pour savoir pourquoi.',
        other: '{count} d’entre eux n’ont pas pu être lus, donc les liens vers eux apparaissent comme non résolus\u00a0; lancez «\u00a0poc validate {where}\u00a0» pour savoir pourquoi.',
      },
      'validate.linksTruncated': 'Seules les {max} premières notes de ce dossier ont été lues.',
      'validate.signoffsFrom': 'Les signatures ont été lues sur {server} et vérifiées au regard du texte de chaque fichier.',
      'validate.duplicateId': 'Un autre fichier ({file}) a le même poc-id «\u00a0{id}\u00a0»\u00a0; donnez un nouvel identifiant à l’un des deux.',
      'templates.tailored': '[adapté\u00a0: {origin}]',
      'templates.noFiles': 'Le dossier «\u00a0{dir}\u00a0» ne contient aucun fichier .yaml\u00a0: il n’y a aucun modèle adapté à vérifier, et les modèles intégrés seraient utilisés.',
      'templates.clean': {
        one: '{count} modèle adapté dans «\u00a0{dir}\u00a0»\u00a0: aucun problème\u00a0; chaque règle trouve les noms qu’elle lit.',
        other: '{count} modèles adaptés dans «\u00a0{dir}\u00a0»\u00a0: aucun problème\u00a0; chaque règle trouve les noms qu’elle lit.',
      },
      'templates.problems': { one: '{count} problème dans les modèles adaptés de «\u00a0{dir}\u00a0».', other: '{count} problèmes dans les modèles adaptés de «\u00a0{dir}\u00a0».' },
      'templates.unusable': { one: '{count} fichier est inutilisable tant qu’il n’est pas corrigé.', other: '{count} fichiers sont inutilisables tant qu’ils ne sont pas corrigés.' },
    },
  },
);
