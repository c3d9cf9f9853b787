/**
 * The one place that decides the language the `poc` command line speaks:
 * `--lang <en|fr>` anywhere on the command line, then LC_ALL, LC_MESSAGES
 * and LANG (as gettext reads them), then English; and the help in that
 * language, commander's own words included.
 */
import type { Command, Help } from 'commander';
import { translate, wordsOf } from '../shared/i18n/catalogue.js';
import { DEFAULT_LOCALE, isLocale, type Locale, LOCALE_NAMES, LOCALES, supportedLocale } from '../shared/i18n/locale.js';
import { cliHelp } from '../shared/i18n/messages/cli-help.js';
import { cliOutput } from '../shared/i18n/messages/cli-output.js';
import { CommandError } from './commands/command.js';

/** The environment variables the language is read from. */
export type LanguageEnv = Partial<Record<'LC_ALL' | 'LC_MESSAGES' | 'LANG', string>>;

/** The value given to --lang (`--lang fr` or `--lang=fr`) before any "--"; undefined when there is none. */
export function langFlag(args: readonly string[]): string | undefined {
  let found: string | undefined;
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (a === '--') break;
    if (a === '--lang') found = args[++i] ?? '';
    else if (a.startsWith('--lang=')) found = a.slice('--lang='.length);
  }
  return found;
}

/** The languages the CLI speaks, for help and refusals: "en (English), fr (Français)". */
export function languageList(): string {
  return LOCALES.map((l) => `${l} (${LOCALE_NAMES[l]})`).join(', ');
}

/**
 * The shell's language as gettext reads it: the first of LC_ALL, LC_MESSAGES, LANG that is set decides, and a value
 * the CLI does not speak ("C", "POSIX", "de_DE") means English, so `LC_ALL=C` gives stable English output to scripts
 * whatever LANG says.
 */
export function shellLocale(env: LanguageEnv): Locale {
  const decides = [env.LC_ALL, env.LC_MESSAGES, env.LANG].find((v) => v !== undefined && v !== '');
  return supportedLocale(decides) ?? DEFAULT_LOCALE;
}

/**
 * The CLI's language for the arguments `args` (without node and the script) in the environment `env`: --lang,
 * then LC_ALL, LC_MESSAGES, LANG, then English. An unknown --lang is a CommandError listing the languages,
 * written in the shell's language.
 */
export function cliLocale(args: readonly string[], env: LanguageEnv): Locale {
  const shell = shellLocale(env);
  const flag = langFlag(args);
  if (flag === undefined) return shell;
  if (!isLocale(flag)) throw new CommandError(translate(cliOutput, shell, 'lang.unknown', { lang: flag, languages: languageList() }));
  return flag;
}

/** Commander's own words in `locale`: section titles, the (default: …) notes, the help and version options. */
export function localizedHelp(locale: Locale): Partial<Help> {
  // English is commander's own: nothing to change, so English help stays exactly as commander writes it.
  if (locale === DEFAULT_LOCALE) return {};
  const t = wordsOf(cliHelp, locale);
  const titles: Record<string, string> = {
    'Usage:': t('commander.usage'),
    'Arguments:': t('commander.arguments'),
    'Options:': t('commander.options'),
    'Commands:': t('commander.commands'),
    'Global Options:': t('commander.globalOptions'),
  };
  const own: Record<string, string> = { 'display help for command': t('commander.help'), 'output the version number': t('commander.version') };
  // Commander writes these notes after an option's description; only their words change.
  const notes = (text: string) =>
    own[text] ??
    text
      .replace(/\(default: /g, () => t('commander.default', { value: '' }))
      // After choices, commander writes the default inside the same parentheses: "(choices: "a4", "letter", default: "a4")".
      .replace(/, default: /g, () => `, ${t('commander.default', { value: '' }).replace(/^\(/, '')}`)
      .replace(/choices: /g, () => t('commander.choices', { value: '' }))
      .replace(/env: /g, () => t('commander.env', { value: '' }));
  return {
    styleTitle: (s: string) => titles[s] ?? s,
    styleOptionDescription: notes,
    styleSubcommandDescription: notes,
    styleArgumentDescription: notes,
  };
}

/** Applies the help in `locale` to `program` (before its commands are made, which inherit it). */
export function speak(program: Command, locale: Locale): Command {
  return program.configureHelp(localizedHelp(locale));
}
