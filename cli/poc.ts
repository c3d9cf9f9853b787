/**
 * The `poc` command line: create, validate and list POC documents, and run
 * and administer the sync server. Flag parsing only; the work is done by
 * cli/commands/, which calls shared/ and server/.
 */
import { Command, Option } from 'commander';
import { checkTimeZone } from '../server/config.js';
import { LOCALES, type Locale } from '../shared/i18n/locale.js';
import { DOC_TYPES } from '../shared/template/template-schema.js';
import { chooseLocale } from '../shared/i18n/locale.js';
import { DEFAULT_MISSION_TIME_ZONE, missionToday } from '../shared/time/mission-day.js';
import { CommandError } from './commands/command.js';
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

const program = new Command()
  .name('poc')
  .description('POC Workspace: Protection of Civilians planning documents (UN Policy on POC in Peacekeeping, 2015).')
  .version('0.1.0')
  .showHelpAfterError();

const templatesOption = () => new Option('--templates <dir>', 'folder of tailored templates (*.yaml) replacing the built-in ones').env('POC_TEMPLATES');
// As `poc serve` takes it: near midnight, the mission's date is not the UTC one.
const timeZoneOption = () =>
  new Option('--time-zone <zone>', "the mission's IANA time zone, whose date counts as today (e.g. Africa/Juba)").env('POC_TIME_ZONE').default(DEFAULT_MISSION_TIME_ZONE);

program
  .command('new')
  .description('write a new document from a template')
  .argument('<type>', DOC_TYPES.join(' | '))
  .argument('<file>', 'the Markdown file to create, e.g. "North Threat Matrix.md"')
  .option('--title <title>', 'document title')
  .option('--id <id>', 'document id (default: a new one)')
  .option('--force', 'replace the file if it exists')
  .addOption(new Option('--lang <lang>', "the document's language: its headings, labels and default title (default: en, English)").choices(LOCALES))
  .addOption(templatesOption())
  .addOption(timeZoneOption())
  .action(async (type: string, file: string, o: { title?: string; id?: string; force?: boolean; lang?: Locale; templates?: string; timeZone: string }) => {
    const date = today(o.timeZone);
    const templates = await loadTemplates(o.templates);
    console.log(await newDocument(templates, type, file, { ...o, today: date }));
  });

program
  .command('validate')
  .description('validate POC documents (files, or folders searched for POC documents); exit code 1 when any error is found')
  .argument('<paths...>', 'files or folders')
  .option('--json', 'machine-readable output')
  .option('--verbose', 'also show information (e.g. threat ranks)')
  .option('--today <date>', 'validate as of this date (YYYY-MM-DD), instead of today in --time-zone')
  .option('--server <url>', "read each document's sign-offs from this sync server and check them against the file's text, e.g. https://poc.example.org")
  .addOption(new Option('--token <token>', 'your token for --server; prefer the POC_TOKEN environment variable (never shown in help), since other users of this computer can read command lines').env('POC_TOKEN'))
  .addOption(templatesOption())
  .addOption(timeZoneOption())
  .action(async (paths: string[], o: { json?: boolean; verbose?: boolean; today?: string; server?: string; token?: string; templates?: string; timeZone: string }) => {
    // The zone is checked even beside --today: a mistyped POC_TIME_ZONE should not wait for the day --today is dropped.
    const inZone = today(o.timeZone);
    const date = o.today ?? inZone;
    const templates = await loadTemplates(o.templates);
    const signoffs = o.server ? { server: o.server, source: await serverSignoffs({ server: o.server, token: o.token }) } : undefined;
    // Findings in the shell's language (LC_ALL, LC_MESSAGES, then LANG, as gettext reads them); English otherwise.
    const report = await validatePaths(paths, templates, date, signoffs, chooseLocale(process.env.LC_ALL, process.env.LC_MESSAGES, process.env.LANG));
    console.log(o.json ? JSON.stringify(report, null, 2) : formatReport(report, templates, { cwd: process.cwd(), verbose: o.verbose }));
    if (report.summary.errors > 0) process.exitCode = 1;
  });

program
  .command('picture')
  .description('the mission picture: the threats of every threat matrix ranked together with their heat map, and what is overdue, unsigned or missing across the documents')
  .argument('<paths...>', 'files or folders')
  .option('--json', 'machine-readable output (the whole picture; filters apply to the text only)')
  .option('--sector <area...>', 'only threats of matrices covering these areas')
  .option('--tier <tier...>', 'only threats of these tiers (tier-1, tier-2, tier-3)')
  .option('--phase <phase...>', 'only threats in these phases (prevention, pre-emption, response, consolidation)')
  .option('--type <type...>', 'only threats of these types (e.g. sexual-violence)')
  .addOption(new Option('--imminence <which>', 'only imminent threats, or only those that are not').choices(['imminent', 'not-imminent']))
  .option('--today <date>', 'as of this date (YYYY-MM-DD), instead of today in --time-zone')
  .addOption(templatesOption())
  .addOption(timeZoneOption())
  .action(async (paths: string[], o: { json?: boolean; sector?: string[]; tier?: string[]; phase?: string[]; type?: string[]; imminence?: 'imminent' | 'not-imminent'; today?: string; templates?: string; timeZone: string }) => {
    const inZone = today(o.timeZone);
    const templates = await loadTemplates(o.templates);
    const { picture, unreadable } = await picturePaths(paths, templates, o.today ?? inZone);
    const filter = { sector: o.sector, tier: o.tier, phase: o.phase, threatType: o.type, imminence: o.imminence };
    console.log(o.json ? JSON.stringify(picture, null, 2) : formatPicture(picture, { filter, unreadable }));
    // As `poc validate`: a file that cannot be read is an error the person must see in the exit code.
    if (unreadable > 0) process.exitCode = 1;
  });

program
  .command('export')
  .description('a document as Word or PDF, with its title page, classification marking on every page, and the signature page')
  .argument('<source>', 'a POC Markdown file, or a document id on the server (with --server)')
  .addOption(new Option('--format <format>', 'docx (Word) or pdf (default: from the extension of -o)').choices(EXPORT_FORMATS))
  .option('-o, --out <file>', 'where to write, e.g. plan.docx or plan.pdf (default: the document title, in this folder)')
  .addOption(new Option('--paper <size>', 'paper size of a PDF').choices(PAPER_SIZES).default('a4'))
  .option('--at <version>', "a version of the document's history on the server, by id or name (a sign-off's id exports exactly what it signed)")
  .addOption(new Option('--server <url>', 'the server: exports a document id there, and gives a file the sign-offs it holds').env('POC_SERVER'))
  .addOption(new Option('--token <token>', 'your token; prefer the POC_TOKEN environment variable (never shown in help), since other users of this computer can read command lines').env('POC_TOKEN'))
  .addOption(new Option('--mission <name>', "the mission's name for the title page of a file's export").env('POC_MISSION_NAME'))
  .addOption(new Option('--chromium <path>', 'the Chromium that prints a PDF here (default: /usr/bin/chromium and other usual places)').env('POC_CHROMIUM'))
  .addOption(templatesOption())
  .addOption(timeZoneOption())
  .action(async (source: string, o: { format?: ExportFormat; out?: string; paper: PaperSize; at?: string; server?: string; token?: string; mission?: string; chromium?: string; templates?: string; timeZone: string }) => {
    const templates = await loadTemplates(o.templates);
    // `--at`, not `--version`: the program's own --version would answer it with the CLI's version and export nothing.
    const { at, ...rest } = o;
    await exportCommand({ source, ...rest, ...(at ? { version: at } : {}), templates, today: today(o.timeZone) });
  });

program
  .command('templates')
  .description('list the templates and their versions')
  .option('--json', 'machine-readable output')
  .addOption(templatesOption())
  .action(async (o: { json?: boolean; templates?: string }) => {
    console.log(listTemplates(await loadTemplates(o.templates), Boolean(o.json)));
  })
  .command('check')
  .description('check a folder of tailored templates: YAML mistakes, and names the validation rules read that a template no longer has (exit code 1 when there are problems)')
  .argument('<dir>', 'the folder of tailored templates (*.yaml)')
  .action(async (dir: string) => {
    const report = await checkTemplatesFolder(dir);
    console.log(report.text);
    process.exitCode = report.exitCode;
  });

registerServerCommands(program);

program.parseAsync().catch((e: unknown) => {
  console.error(`poc: ${e instanceof Error ? e.message : String(e)}`);
  process.exitCode = e instanceof CommandError ? e.exitCode : 2;
});
