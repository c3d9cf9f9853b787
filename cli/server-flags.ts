/**
 * The flags the server's commands share (cli/server-commands.ts): --data,
 * --templates, --token-ttl, and the parsers of their numbers and lifetimes,
 * with their help and refusals in the CLI's language.
 */
import { Option } from 'commander';
import { wordsOf } from '../shared/i18n/catalogue.js';
import type { Locale } from '../shared/i18n/locale.js';
import { cliAdminHelp } from '../shared/i18n/messages/cli-admin-help.js';
import { cliServer } from '../shared/i18n/messages/cli-server.js';
import * as ops from './commands/index.js';

/** A commander reducer for a repeatable option: every value given, in order. */
export const collect = (value: string, previous: string[] = []) => [...previous, value];

/** The options and parsers the commands share, their help and refusals in `locale`. */
export function sharedFlags(locale: Locale) {
  const h = wordsOf(cliAdminHelp, locale);
  const t = wordsOf(cliServer, locale);
  return {
    dataOption: () => new Option('--data <dir>', h('option.data')).env('POC_DATA').makeOptionMandatory(),
    templatesOption: () => new Option('--templates <dir>', h('option.templates')).env('POC_TEMPLATES'),
    tokenTtlOption: () => new Option('--token-ttl <lifetime>', h('option.tokenTtl')).env('POC_TOKEN_TTL'),
    positive: (value: string): number => {
      const n = Number(value);
      if (!Number.isInteger(n) || n < 0) throw new ops.CommandError(t('number.notPositive', { value }));
      return n;
    },
    atLeastOne:
      (flag: string) =>
      (value: string): number => {
        const n = Number(value);
        if (!/^\s*\d+\s*$/.test(value) || n < 1) throw new ops.CommandError(t('number.notAtLeastOne', { flag, value }));
        return n;
      },
    /** A commander parser of a lifetime that must end ("12h", "7d"), into ms. */
    lifetime:
      (flag: string) =>
      (value: string): number =>
        ops.parseTokenTtl(value, flag, false, locale)!,
  };
}
