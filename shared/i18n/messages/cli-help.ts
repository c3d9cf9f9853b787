/**
 * The `poc` command line's help (`poc --help`, `poc new --help`, …): the
 * program, the global --lang option, and the commands converted so far
 * (new, validate, templates), with the few words commander writes itself.
 */
import { defineCatalogue } from '../catalogue.js';

/** The CLI help catalogue. */
export const cliHelp = defineCatalogue(
  'cli-help',
  {
    'program.description': 'POC Workspace: Protection of Civilians planning documents (UN Policy on POC in Peacekeeping, 2015).',
    'option.lang':
      'the language of the messages, and of the document "poc new" writes: {languages} (default for the messages: LC_ALL, LC_MESSAGES, then LANG, else English; for a new document: English)',
    'option.templates': 'folder of tailored templates (*.yaml) replacing the built-in ones',
    'option.timeZone': "the mission's IANA time zone, whose date counts as today (e.g. Africa/Juba)",
    'option.json': 'machine-readable output',
    'option.token': 'your token for --server; prefer the POC_TOKEN environment variable (never shown in help), since other users of this computer can read command lines',
    'commander.help': 'display help for command',
    'commander.version': 'output the version number',
    'commander.usage': 'Usage:',
    'commander.arguments': 'Arguments:',
    'commander.options': 'Options:',
    'commander.commands': 'Commands:',
    'commander.globalOptions': 'Global Options:',
    'commander.default': '(default: {value}',
    'commander.choices': 'choices: {value}',
    'commander.env': 'env: {value}',
    'new.description': 'write a new document from a template',
    'new.file': 'the Markdown file to create, e.g. "North Threat Matrix.md"',
    'new.title': 'document title',
    'new.id': 'document id (default: a new one)',
    'new.force': 'replace the file if it exists',
    'new.langRule':
      '\n--lang also gives the document\'s language: its headings, labels and default title. Without --lang the document is in English, whatever LANG says; "poc --lang fr new threat-matrix North.md" and "poc new threat-matrix North.md --lang fr" both write a French document, with French messages.',
    'validate.description': 'validate POC documents (files, or folders searched for POC documents); exit code 1 when any error is found',
    'validate.paths': 'files or folders',
    'validate.verbose': 'also show information (e.g. threat ranks)',
    'validate.today': 'validate as of this date (YYYY-MM-DD), instead of today in --time-zone',
    'validate.server': "read each document's sign-offs from this sync server and check them against the file's text, e.g. https://poc.example.org",
    'templates.description': 'list the templates and their versions',
    'templates.check.description': 'check a folder of tailored templates: YAML mistakes, and names the validation rules read that a template no longer has (exit code 1 when there are problems)',
    'templates.check.dir': 'the folder of tailored templates (*.yaml)',
  },
  {
    fr: {
      'program.description': 'POC Workspace\u00a0: les documents de planification de la protection des civils (politique des Nations Unies sur la protection des civils dans les opérations de maintien de la paix, 2015).',
      'option.lang':
        'la langue des messages, et du document qu’écrit «\u00a0poc new\u00a0»\u00a0: {languages} (par défaut pour les messages\u00a0: LC_ALL, LC_MESSAGES, puis LANG, sinon l’anglais\u00a0; pour un nouveau document\u00a0: l’anglais)',
      'option.templates': 'dossier de modèles adaptés (*.yaml) qui remplacent les modèles intégrés',
      'option.timeZone': 'le fuseau horaire IANA de la mission, dont la date compte comme aujourd’hui (p. ex. Africa/Juba)',
      'option.json': 'sortie lisible par une machine (JSON)',
      'option.token':
        'votre jeton pour --server\u00a0; préférez la variable d’environnement POC_TOKEN (jamais affichée dans l’aide), car les autres utilisateurs de cet ordinateur peuvent lire les lignes de commande',
      'commander.help': 'afficher l’aide de la commande',
      'commander.version': 'afficher le numéro de version',
      'commander.usage': 'Utilisation\u00a0:',
      'commander.arguments': 'Arguments\u00a0:',
      'commander.options': 'Options\u00a0:',
      'commander.commands': 'Commandes\u00a0:',
      'commander.globalOptions': 'Options globales\u00a0:',
      'commander.default': '(par défaut\u00a0: {value}',
      'commander.choices': 'choix\u00a0: {value}',
      'commander.env': 'variable d’environnement\u00a0: {value}',
      'new.description': 'écrire un nouveau document à partir d’un modèle',
      'new.file': 'le fichier Markdown à créer, p. ex. «\u00a0Matrice des menaces Nord.md\u00a0»',
      'new.title': 'titre du document',
      'new.id': 'identifiant du document (par défaut\u00a0: un nouvel identifiant)',
      'new.force': 'remplacer le fichier s’il existe',
      'new.langRule':
        '\n--lang donne aussi la langue du document\u00a0: ses titres, ses libellés et son titre par défaut. Sans --lang, le document est en anglais, quoi que dise LANG\u00a0; «\u00a0poc --lang fr new threat-matrix Nord.md\u00a0» et «\u00a0poc new threat-matrix Nord.md --lang fr\u00a0» écrivent tous deux un document en français, avec des messages en français.',
      'validate.description': 'valider des documents POC (des fichiers, ou des dossiers où chercher des documents POC)\u00a0; code de sortie 1 dès qu’une erreur est trouvée',
      'validate.paths': 'fichiers ou dossiers',
      'validate.verbose': 'afficher aussi les informations (p. ex. le rang des menaces)',
      'validate.today': 'valider à cette date (AAAA-MM-JJ), au lieu d’aujourd’hui dans --time-zone',
      'validate.server': 'lire les signatures de chaque document sur ce serveur de synchronisation et les vérifier au regard du texte du fichier, p. ex. https://poc.example.org',
      'templates.description': 'lister les modèles et leurs versions',
      'templates.check.description':
        'vérifier un dossier de modèles adaptés\u00a0: erreurs YAML, et noms lus par les règles de validation qu’un modèle n’a plus (code de sortie 1 en cas de problème)',
      'templates.check.dir': 'le dossier des modèles adaptés (*.yaml)',
    },
  },
);
