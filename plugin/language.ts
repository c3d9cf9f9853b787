/**
 * The plugin's interface language: the person's choice in the settings, or
 * Obsidian's own language ("auto", the default), English when Obsidian's is
 * one the product does not speak. Documents keep their own language.
 */
import { chooseLocale, LOCALES, type Locale } from '../shared/i18n/locale.js';

/** What the language setting may hold: follow Obsidian, or one language. */
export const LANGUAGE_CHOICES = ['auto', ...LOCALES] as const;

/** A value of the language setting. */
export type LanguageChoice = (typeof LANGUAGE_CHOICES)[number];

/** The language to show the interface in, for the setting `choice` and Obsidian's language (`getLanguage()`). */
export function pluginLocale(choice: LanguageChoice, obsidianLanguage: string): Locale {
  return choice === 'auto' ? chooseLocale(obsidianLanguage) : choice;
}
