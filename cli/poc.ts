/**
 * The `poc` command line: create, validate and list POC documents, and run
 * and administer the sync server. Flag parsing only; the work is done by
 * cli/commands/, which calls shared/ and server/.
 */
import { Command, Option } from 'commander';
import { checkTimeZone } from '../server/config.js';
import type { Locale } from '../shared/i18n/locale.js';
import { wordsOf } from '../shared/i18n/catalogue.js';
import { cliDocuments } from '../shared/i18n/messages/cli-documents.js';
import { cliHelp } from '../shared/i18n/messages/cli-help.js';
import { DOC_TYPES } from '../shared/template/template-schema.js';
import { cliLocale, languageList, speak } from './cli-language.js';
import { DEFAULT_MISSION_TIME_ZONE, missionToday } from '../shared/time/mission-day.js';
import { CommandError, EXIT_FAILED } from './commands/command.js';
import { checkTemplatesFolder, listTemplates } from './commands/templates.js';
import { newDocument } from './commands/new.js';
import { formatReport, validatePaths } from './commands/validate-files.js';
import { serverSignoffs } from './commands/server-signoffs.js';
import { formatPicture, picturePaths } from './commands/picture.js';
import { exportCommand } from './commands/export.js';
import { EXPORT_FORMATS, type ExportFormat, PAPER_SIZES, type PaperSize } from '../shared/api/exports.js';
import { loadTemplates } from './templates-dir.js';
import { registerServerCommands } from './server-commands.js';

/** Today's date in the mission's time zone `zone`, as the server counts it; an unknown zone is refused, saying what to give. */
const today = (zone: string) => missionToday(checkTimeZone(zone), new Date());

/** The language the CLI speaks (--lang, then LC_ALL, LC_MESSAGES, LANG, then English); an unknown --lang ends here, listing the languages. */
const language: Locale = (() => {
  try {
    return cliLocale(process.argv.slice(2), process.env);
  } catch (e) {
    console.error(`poc: ${(e as Error).message}`);
    return process.exit(EXIT_FAILED);
  }
})();
const h = wordsOf(cliHelp, language);
const d = wordsOf(cliDocuments, language);

// The help is configured before any command is made: commands inherit it.
const program = speak(new Command(), language)
  .name('poc')
  .description(h('program.description'))
  .version('0.1.0')
  .showHelpAfterError()
  // Global, as commander reads program options anywhere on the line: `poc new … --lang fr` is this option too, and new reads it as the document's language.
  .addOption(new Option('--lang <lang>', h('option.lang', { languages: languageList() })));

/** The document language `poc new` was given (--lang), if any: cliLocale has already refused any other value. */
const documentLanguage = (): Locale | undefined => program.opts<{ lang?: Locale }>().lang;

const templatesOption = () => new Option('--templates <dir>', h('option.templates')).env('POC_TEMPLATES');
// As `poc serve` takes it: near midnight, the mission's date is not the UTC one.
const timeZoneOption = () => new Option('--time-zone <zone>', h('option.timeZone')).env('POC_TIME_ZONE').default(DEFAULT_MISSION_TIME_ZONE);

program
  .command('new')
  .description(h('new.description'))
  .argument('<type>', DOC_TYPES.join(' | '))
  .argument('<file>', h('new.file'))
  .option('--title <title>', h('new.title'))
  .option('--id <id>', h('new.id'))
  .option('--force', h('new.force'))
  .addOption(templatesOption())
  .addOption(timeZoneOption())
  .addHelpText('after', h('new.langRule'))
  .action(async (type: string, file: string, o: { title?: string; id?: string; force?: boolean; templates?: string; timeZone: string }) => {
    const date = today(o.timeZone);
    const templates = await loadTemplates(o.templates);
    const lang = documentLanguage();
    console.log(await newDocument(templates, type, file, { ...o, ...(lang ? { lang } : {}), today: date, messages: language }));
  });

program
  .command('validate')
  .description(h('validate.description'))
  .argument('<paths...>', h('validate.paths'))
  .option('--json', h('option.json'))
  .option('--verbose', h('validate.verbose'))
  .option('--today <date>', h('validate.today'))
  .option('--server <url>', h('validate.server'))
  .addOption(new Option('--token <token>', h('option.token')).env('POC_TOKEN'))
  .addOption(templatesOption())
  .addOption(timeZoneOption())
  .action(async (paths: string[], o: { json?: boolean; verbose?: boolean; today?: string; server?: string; token?: string; templates?: string; timeZone: string }) => {
    // The zone is checked even beside --today: a mistyped POC_TIME_ZONE should not wait for the day --today is dropped.
    const inZone = today(o.timeZone);
    const date = o.today ?? inZone;
    const templates = await loadTemplates(o.templates);
    const signoffs = o.server ? { server: o.server, source: await serverSignoffs({ server: o.server, token: o.token, locale: language }) } : undefined;
    // Findings in the CLI's language: --lang, then the shell's (LC_ALL, LC_MESSAGES, then LANG, as gettext reads them); English otherwise.
    const report = await validatePaths(paths, templates, date, signoffs, language);
    console.log(o.json ? JSON.stringify(report, null, 2) : formatReport(report, templates, { cwd: process.cwd(), verbose: o.verbose, locale: language }));
    if (report.summary.errors > 0) process.exitCode = 1;
  });

program
  .command('picture')
  .description(d('picture.description'))
  .argument('<paths...>', h('validate.paths'))
  .option('--json', d('picture.json'))
  .option('--sector <area...>', d('picture.sector'))
  .option('--tier <tier...>', d('picture.tier'))
  .option('--phase <phase...>', d('picture.phase'))
  .option('--type <type...>', d('picture.type'))
  .addOption(new Option('--imminence <which>', d('picture.imminence')).choices(['imminent', 'not-imminent']))
  .option('--today <date>', d('picture.today'))
  .addOption(templatesOption())
  .addOption(timeZoneOption())
  .action(async (paths: string[], o: { json?: boolean; sector?: string[]; tier?: string[]; phase?: string[]; type?: string[]; imminence?: 'imminent' | 'not-imminent'; today?: string; templates?: string; timeZone: string }) => {
    const inZone = today(o.timeZone);
    const templates = await loadTemplates(o.templates);
    // Its sentences in the CLI's language, in the text and the JSON alike (the JSON's keys and codes are never translated).
    const { picture, unreadable } = await picturePaths(paths, templates, o.today ?? inZone, language);
    const filter = { sector: o.sector, tier: o.tier, phase: o.phase, threatType: o.type, imminence: o.imminence };
    console.log(o.json ? JSON.stringify(picture, null, 2) : formatPicture(picture, { filter, unreadable, locale: language }));
    // As `poc validate`: a file that cannot be read is an error the person must see in the exit code.
    if (unreadable > 0) process.exitCode = 1;
  });

program
  .command('export')
  .description(d('export.description'))
  .argument('<source>', d('export.source'))
  .addOption(new Option('--format <format>', d('export.format')).choices(EXPORT_FORMATS))
  .option('-o, --out <file>', d('export.out'))
  .addOption(new Option('--paper <size>', d('export.paper')).choices(PAPER_SIZES).default('a4'))
  .option('--at <version>', d('export.at'))
  .addOption(new Option('--server <url>', d('export.server')).env('POC_SERVER'))
  .addOption(new Option('--token <token>', d('export.token')).env('POC_TOKEN'))
  .addOption(new Option('--mission <name>', d('export.mission')).env('POC_MISSION_NAME'))
  .addOption(new Option('--chromium <path>', d('export.chromium')).env('POC_CHROMIUM'))
  .addOption(templatesOption())
  .addOption(timeZoneOption())
  .action(async (source: string, o: { format?: ExportFormat; out?: string; paper: PaperSize; at?: string; server?: string; token?: string; mission?: string; chromium?: string; templates?: string; timeZone: string }) => {
    const templates = await loadTemplates(o.templates);
    // `--at`, not `--version`: the program's own --version would answer it with the CLI's version and export nothing.
    const { at, ...rest } = o;
    await exportCommand({ source, ...rest, ...(at ? { version: at } : {}), templates, today: today(o.timeZone), locale: language });
  });

program
  .command('templates')
  .description(h('templates.description'))
  .option('--json', h('option.json'))
  .addOption(templatesOption())
  .action(async (o: { json?: boolean; templates?: string }) => {
    console.log(listTemplates(await loadTemplates(o.templates), Boolean(o.json), language));
  })
  .command('check')
  .description(h('templates.check.description'))
  .argument('<dir>', h('templates.check.dir'))
  .action(async (dir: string) => {
    const report = await checkTemplatesFolder(dir, language);
    console.log(report.text);
    process.exitCode = report.exitCode;
  });

registerServerCommands(program, language);

program.parseAsync().catch((e: unknown) => {
  console.error(`poc: ${e instanceof Error ? e.message : String(e)}`);
  process.exitCode = e instanceof CommandError ? e.exitCode : 2;
});
