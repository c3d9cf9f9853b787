/**
 * The plugin's settings: what they are, their defaults, how stored data is
 * read back (leniently: a bad or missing value falls back to its default),
 * and the settings tab. The token lives here, in the plugin's own data
 * file, never in a note.
 *
 * The tab is described once (`settingGroups`) and rendered two ways:
 * declaratively through `getSettingDefinitions` on Obsidian 1.13+, where it
 * also appears in settings search, and imperatively through `display` on
 * older versions.
 */
import { type App, debounce, type Plugin, PluginSettingTab, Setting, type SettingDefinitionItem, type TextComponent } from 'obsidian';
import * as z from '../shared/zod.js';
import { uiWords } from '../shared/i18n/interface-locale.js';
import { LOCALE_NAMES } from '../shared/i18n/locale.js';
import { pluginSettings } from '../shared/i18n/messages/plugin-settings.js';
import { deviceRowName, type DeviceSettingsHost, renderCodeField, renderDevices, renderSignIn } from './auth/device-settings.js';
import { LANGUAGE_CHOICES, type LanguageChoice, pluginLocale } from './language.js';

const t = uiWords(pluginSettings);

/** Review cadences a new document can default to (the threat matrix's choices). */
export const REVIEW_CADENCES = ['weekly', 'monthly'] as const;
export type ReviewCadence = (typeof REVIEW_CADENCES)[number];

export interface PocSettings {
  /** Sync server, e.g. "https://poc.example.org" or "ws://127.0.0.1:1234"; empty for none. */
  serverUrl: string;
  /** Access token the server issued (`poc user add` prints it). Kept in the plugin's data, never in notes. */
  token: string;
  /** The name others see next to your cursor. */
  displayName: string;
  /** Your cursor colour, "#rrggbb". */
  color: string;
  /** Work without the server even when one is configured. */
  localOnly: boolean;
  /** Review cadence given to new documents whose template asks for one. */
  defaultReviewCadence: ReviewCadence;
  /** Vault folder with a mission's tailored template YAML files; empty for the built-in templates. */
  templatesFolder: string;
  /** The person confirmed sending their token unencrypted (ws://, http://) to the configured server on another computer; reset when the address changes. */
  allowUnencrypted: boolean;
  /** The interface language: "auto" follows Obsidian's. */
  language: LanguageChoice;
}

export const DEFAULT_SETTINGS: PocSettings = {
  serverUrl: '',
  token: '',
  displayName: '',
  color: '#3a7bd5',
  localOnly: false,
  defaultReviewCadence: 'monthly',
  templatesFolder: '',
  allowUnencrypted: false,
  language: 'auto',
};

const SettingsSchema = z.object({
  serverUrl: z.string().check(z.trim()),
  token: z.string().check(z.trim()),
  displayName: z.string().check(z.trim(), z.maxLength(80)),
  color: z.string().check(z.regex(/^#[0-9a-fA-F]{6}$/)),
  localOnly: z.boolean(),
  defaultReviewCadence: z.enum(REVIEW_CADENCES),
  templatesFolder: z.string().check(z.trim()),
  allowUnencrypted: z.boolean(),
  language: z.enum(LANGUAGE_CHOICES),
});

/** Settings from stored plugin data: each valid value kept, each missing or malformed one replaced by its default. */
export function normalizeSettings(raw: unknown): PocSettings {
  const out: PocSettings = { ...DEFAULT_SETTINGS };
  if (!raw || typeof raw !== 'object') return out;
  const data = raw as Record<string, unknown>;
  for (const key of Object.keys(DEFAULT_SETTINGS) as Array<keyof PocSettings>) {
    const parsed = SettingsSchema.shape[key].safeParse(data[key]);
    if (parsed.success) (out as unknown as Record<string, unknown>)[key] = parsed.data;
  }
  return out;
}

/** Checks a server URL as typed in the settings; returns a message to show, or undefined when it is usable. */
export function checkServerUrl(value: string): string | undefined {
  if (!value.trim()) return undefined;
  let u: URL;
  try {
    u = new URL(value.trim());
  } catch {
    return t('url.notAddress');
  }
  if (!['ws:', 'wss:', 'http:', 'https:'].includes(u.protocol)) {
    return t('url.scheme', { scheme: u.protocol });
  }
  if (!u.hostname) return t('url.noHost');
  if (u.search || u.hash) return t('url.query');
  return undefined;
}

/** How long typing must pause before a typed setting is applied (each application reconnects every open document). */
export const TYPING_PAUSE_MS = 800;

/** Settings typed character by character: applied after a pause or when the field loses focus, not on every keystroke. */
const TYPED_KEYS: ReadonlySet<string> = new Set<keyof PocSettings>(['serverUrl', 'token', 'displayName', 'templatesFolder']);

/** What the settings tab needs from the plugin. */
export interface SettingsHost extends Plugin, DeviceSettingsHost {
  settings: PocSettings;
  /** Obsidian's interface language (`getLanguage()`), which the "auto" language setting follows. */
  obsidianLanguage(): string;
  /** Changes some settings, saves them and applies them (reconnects, reloads templates). */
  updateSettings(patch: Partial<PocSettings>): Promise<void>;
}

type Row =
  | { key: 'serverUrl' | 'displayName' | 'templatesFolder'; kind: 'text'; name: string; desc: string; placeholder: string; validate?: (v: string) => string | undefined }
  | { key: 'token'; kind: 'secret'; name: string; desc: string }
  | { key: 'localOnly' | 'allowUnencrypted'; kind: 'toggle'; name: string; desc: string }
  | { key: 'color'; kind: 'color'; name: string; desc: string }
  | { key: 'defaultReviewCadence'; kind: 'dropdown'; name: string; desc: string; options: Record<ReviewCadence, string> }
  | { key: 'language'; kind: 'dropdown'; name: string; desc: string; options: Record<LanguageChoice, string> }
  | { key: 'signIn' | 'code' | 'devices'; kind: 'device'; name: string; desc: string };

/** The language setting's choices, each language in its own name; "auto" says which language Obsidian's is. */
function languageOptions(obsidianLanguage: string): Record<LanguageChoice, string> {
  const names = LOCALE_NAMES;
  return { auto: t('language.auto', { language: names[pluginLocale('auto', obsidianLanguage)] }), en: names.en, fr: names.fr };
}

/** The settings, grouped under headings, in the order shown, in the interface language of the moment. */
export function settingGroups(obsidianLanguage: string): ReadonlyArray<{ heading: string; rows: readonly Row[] }> {
  return [
    {
      heading: t('group.server'),
      rows: [
        { key: 'serverUrl', kind: 'text', name: t('serverUrl.name'), desc: t('serverUrl.desc'), placeholder: 'wss://poc.example.org', validate: checkServerUrl },
        { key: 'signIn', kind: 'device', name: deviceRowName('signIn'), desc: t('signIn.desc') },
        { key: 'token', kind: 'secret', name: t('token.name'), desc: t('token.desc') },
        { key: 'code', kind: 'device', name: deviceRowName('code'), desc: t('code.desc') },
        { key: 'devices', kind: 'device', name: deviceRowName('devices'), desc: t('devices.desc') },
        { key: 'localOnly', kind: 'toggle', name: t('localOnly.name'), desc: t('localOnly.desc') },
        { key: 'allowUnencrypted', kind: 'toggle', name: t('allowUnencrypted.name'), desc: t('allowUnencrypted.desc') },
      ],
    },
    {
      heading: t('group.you'),
      rows: [
        { key: 'displayName', kind: 'text', name: t('displayName.name'), desc: t('displayName.desc'), placeholder: t('displayName.placeholder') },
        { key: 'color', kind: 'color', name: t('color.name'), desc: t('color.desc') },
        { key: 'language', kind: 'dropdown', name: t('language.name'), desc: t('language.desc'), options: languageOptions(obsidianLanguage) },
      ],
    },
    {
      heading: t('group.documents'),
      rows: [
        { key: 'defaultReviewCadence', kind: 'dropdown', name: t('cadence.name'), desc: t('cadence.desc'), options: { weekly: t('cadence.weekly'), monthly: t('cadence.monthly') } },
        { key: 'templatesFolder', kind: 'text', name: t('templatesFolder.name'), desc: t('templatesFolder.desc'), placeholder: t('templatesFolder.placeholder') },
      ],
    },
  ];
}

export class PocSettingTab extends PluginSettingTab {
  /** Typed values not applied yet. */
  private pending: Partial<Record<keyof PocSettings, unknown>> = {};
  private readonly applySoon = debounce(() => void this.applyTyped(), TYPING_PAUSE_MS, true);

  constructor(
    app: App,
    private readonly host: SettingsHost,
  ) {
    super(app, host);
  }

  /** Applies what was typed and not applied yet (after a pause, when a field loses focus, when the tab closes). */
  async applyTyped(): Promise<void> {
    this.applySoon.cancel();
    const patch = this.pending;
    this.pending = {};
    if (Object.keys(patch).length) await this.host.updateSettings(normalizeSettings({ ...this.host.settings, ...patch }));
  }

  private typed(key: keyof PocSettings, value: unknown): void {
    this.pending = { ...this.pending, [key]: value };
    this.applySoon();
  }

  /** A text field that applies on a pause or on leaving it, and says in the setting's description what is wrong with its value. */
  private textField(setting: Setting, text: TextComponent, key: keyof PocSettings, desc: string, validate?: (v: string) => string | undefined): void {
    text.onChange((value) => {
      const problem = validate?.(value);
      setting.setDesc(problem ?? desc);
      if (problem) {
        delete this.pending[key];
        return;
      }
      this.typed(key, value.trim());
    });
    text.inputEl.addEventListener('blur', () => void this.applyTyped());
  }

  /** The token field: a password input, so the token is not shown on screen. */
  private secretInput(setting: Setting, text: TextComponent, desc: string): void {
    text.inputEl.type = 'password';
    text.setPlaceholder(t('token.placeholder')).setValue(this.host.settings.token);
    this.textField(setting, text, 'token', desc);
  }

  /** One of the sign-in rows (plugin/auth/device-settings.ts). */
  private deviceRow(setting: Setting, part: 'signIn' | 'code' | 'devices', desc: string): void {
    if (part === 'signIn') renderSignIn(setting, this.host, desc);
    else if (part === 'code') renderCodeField(setting, this.host);
    else renderDevices(setting, this.host);
  }

  override hide(): void {
    void this.applyTyped();
    super.hide();
  }

  override getSettingDefinitions(): SettingDefinitionItem[] {
    return settingGroups(this.host.obsidianLanguage()).map((group) => ({
      type: 'group' as const,
      heading: group.heading,
      items: group.rows.map((row) => {
        const base = { name: row.name, desc: row.desc };
        switch (row.kind) {
          case 'text':
            return { ...base, control: { type: 'text' as const, key: row.key, placeholder: row.placeholder, validate: row.validate } };
          case 'toggle':
            return { ...base, control: { type: 'toggle' as const, key: row.key } };
          case 'color':
            return { ...base, control: { type: 'color' as const, key: row.key } };
          case 'dropdown':
            return { ...base, control: { type: 'dropdown' as const, key: row.key, options: row.options } };
          case 'secret':
            return { ...base, searchable: true, render: (setting: Setting) => void setting.addText((t) => this.secretInput(setting, t, row.desc)) };
          case 'device':
            return { ...base, searchable: true, render: (setting: Setting) => this.deviceRow(setting, row.key, row.desc) };
        }
      }),
    }));
  }

  override getControlValue(key: string): unknown {
    return key in this.pending ? this.pending[key as keyof PocSettings] : this.host.settings[key as keyof PocSettings];
  }

  override async setControlValue(key: string, value: unknown): Promise<void> {
    if (TYPED_KEYS.has(key)) {
      this.typed(key as keyof PocSettings, typeof value === 'string' ? value.trim() : value);
      return;
    }
    await this.applyTyped();
    await this.host.updateSettings(normalizeSettings({ ...this.host.settings, [key]: value }));
  }

  /** The same settings, rendered imperatively for Obsidian before 1.13. */
  override display(): void {
    const { containerEl } = this;
    containerEl.empty();
    for (const group of settingGroups(this.host.obsidianLanguage())) {
      new Setting(containerEl).setName(group.heading).setHeading();
      for (const row of group.rows) {
        const setting = new Setting(containerEl).setName(row.name).setDesc(row.desc);
        switch (row.kind) {
          case 'text':
            setting.addText((t) => {
              t.setPlaceholder(row.placeholder).setValue(this.host.settings[row.key]);
              this.textField(setting, t, row.key, row.desc, row.validate);
            });
            break;
          case 'secret':
            setting.addText((t) => this.secretInput(setting, t, row.desc));
            break;
          case 'device':
            this.deviceRow(setting, row.key, row.desc);
            break;
          case 'toggle':
            setting.addToggle((t) => t.setValue(this.host.settings[row.key]).onChange(async (value) => this.setControlValue(row.key, value)));
            break;
          case 'color':
            setting.addColorPicker((c) => c.setValue(this.host.settings[row.key]).onChange(async (value) => this.setControlValue(row.key, value)));
            break;
          case 'dropdown':
            setting.addDropdown((d) =>
              d
                .addOptions(row.options)
                .setValue(this.host.settings[row.key])
                .onChange(async (value) => this.setControlValue(row.key, value)),
            );
            break;
        }
      }
    }
  }
}
