/**
 * A template's texts in several languages. In the YAML, every text a person
 * reads (a title, a description, a label, a guidance) is either a plain
 * string, English, or a map of languages:
 *
 * ```yaml
 * label: { en: Threat, fr: Menace }
 * guidance:
 *   en: One row per threat.
 *   fr: Une ligne par menace.
 * ```
 *
 * English is required, since it is what a text falls back to. Names, ids,
 * enum values and prefixes are never translated: documents in every language
 * follow the same rules and link to each other. Reading a template keeps the
 * English texts in the `Template` itself (so nothing that reads a template
 * changes) and the other languages aside, by a key naming each text
 * ("blockTypes/threat/fields/likelihood/label"), for `localizeTemplate`.
 */
import { DEFAULT_LOCALE, isLocale, LOCALES, type Locale } from '../i18n/locale.js';
import type { Template } from './load.js';
import type { TemplateInput } from './template-schema.js';

/** The keys whose values are texts a person reads, wherever they appear in a template. */
const TEXT_KEYS = ['title', 'source', 'description', 'label', 'guidance'] as const;

/** The texts of one template in the languages other than English, by text key. */
export type TemplateTexts = Partial<Record<Locale, ReadonlyMap<string, string>>>;

/** A text map found in the YAML, at its path. */
interface FoundText {
  path: Array<string | number>;
  texts: Partial<Record<Locale, string>>;
}

/** A problem with a text map, at its path. */
export interface TextProblem {
  path: Array<string | number>;
  message: string;
}

/**
 * Replaces, in the YAML data, every text map by its English text (so the
 * template schema sees plain strings) and returns the maps found, with the
 * problems of those that cannot be read (a language the product does not
 * speak, no English, a text that is not a string).
 */
export function takeTextMaps(data: unknown): { found: FoundText[]; problems: TextProblem[] } {
  const found: FoundText[] = [];
  const problems: TextProblem[] = [];
  const walk = (value: unknown, path: Array<string | number>) => {
    if (Array.isArray(value)) {
      value.forEach((v, i) => walk(v, [...path, i]));
      return;
    }
    if (typeof value !== 'object' || value === null) return;
    const record = value as Record<string, unknown>;
    for (const [key, v] of Object.entries(record)) {
      const at = [...path, key];
      if (!(TEXT_KEYS as readonly string[]).includes(key) || typeof v !== 'object' || v === null || Array.isArray(v)) {
        walk(v, at);
        continue;
      }
      const texts: Partial<Record<Locale, string>> = {};
      let readable = true;
      for (const [lang, text] of Object.entries(v as Record<string, unknown>)) {
        if (!isLocale(lang)) {
          problems.push({ path: [...at, lang], message: `"${lang}" is not a language templates are written in; write the ${key} in ${LOCALES.join(', ')} (e.g. ${key}: { en: …, fr: … })` });
          readable = false;
        } else if (typeof text !== 'string' || !text.trim()) {
          problems.push({ path: [...at, lang], message: `the ${key} in "${lang}" must be text (put it in quotes if it holds a colon)` });
          readable = false;
        } else texts[lang] = text;
      }
      if (texts[DEFAULT_LOCALE] === undefined) {
        if (readable) problems.push({ path: at, message: `the ${key} has no English text: give it as "${DEFAULT_LOCALE}: …" beside the other languages (English is what a text falls back to)` });
        continue;
      }
      record[key] = texts[DEFAULT_LOCALE];
      found.push({ path: at, texts });
    }
  };
  walk(data, []);
  return { found, problems };
}

/** Where a text-bearing object sits in the YAML (its path) and the key prefix of its texts. */
type Place = { path: Array<string | number>; key: string };

/** Every text-bearing object of a checked template's YAML data, with the key prefix its texts are kept under. */
function placesOf(t: TemplateInput): Place[] {
  const places: Place[] = [{ path: [], key: '' }];
  const field = (f: NonNullable<TemplateInput['fields']>[number], path: Array<string | number>, key: string) => {
    places.push({ path, key });
    f.values?.forEach((v, k) => places.push({ path: [...path, 'values', k], key: `${key}values/${v.value}/` }));
  };
  t.fields?.forEach((f, i) => field(f, ['fields', i], `fields/${f.name}/`));
  t.blockTypes?.forEach((b, i) => {
    places.push({ path: ['blockTypes', i], key: `blockTypes/${b.type}/` });
    b.fields.forEach((f, j) => field(f, ['blockTypes', i, 'fields', j], `blockTypes/${b.type}/fields/${f.name}/`));
  });
  const sections = (list: TemplateInput['sections'], path: Array<string | number>) =>
    list.forEach((s, i) => {
      places.push({ path: [...path, i], key: `sections/${s.id}/` });
      sections(s.sections ?? [], [...path, i, 'sections']);
    });
  sections(t.sections, ['sections']);
  t.consultation?.parties.forEach((p, i) => places.push({ path: ['consultation', 'parties', i], key: `parties/${p.id}/` }));
  t.signoffs?.forEach((s, i) => places.push({ path: ['signoffs', i], key: `signoffs/${s.role}/` }));
  return places;
}

/** The texts other than English of the maps found, by text key, once the template's data has been checked. */
export function textsByKey(found: readonly FoundText[], t: TemplateInput): TemplateTexts {
  const keyOf = new Map<string, string>();
  for (const p of placesOf(t)) for (const k of TEXT_KEYS) keyOf.set(JSON.stringify([...p.path, k]), `${p.key}${k}`);
  const out: Partial<Record<Locale, Map<string, string>>> = {};
  for (const f of found) {
    const key = keyOf.get(JSON.stringify(f.path));
    if (key === undefined) continue;
    for (const l of LOCALES) {
      const text = f.texts[l];
      if (l !== DEFAULT_LOCALE && text !== undefined) (out[l] ??= new Map()).set(key, text);
    }
  }
  return out;
}

/** A copy of `template` with each text replaced by `text(key, english)`; everything else (names, ids, values, rules) as it is. */
export function mapTexts(template: Template, text: (key: string, english: string) => string): Template {
  const local = <T extends object>(obj: T, prefix: string): T => {
    const out = { ...obj } as Record<string, unknown>;
    for (const k of TEXT_KEYS) if (typeof out[k] === 'string') out[k] = text(`${prefix}${k}`, out[k]);
    return out as T;
  };
  const field = <F extends Template['fields'][number]>(f: F, prefix: string): F =>
    f.values ? { ...local(f, prefix), values: f.values.map((v) => local(v, `${prefix}values/${v.value}/`)) } : local(f, prefix);
  return {
    ...local(template, ''),
    fields: template.fields.map((f) => field(f, `fields/${f.name}/`)),
    blockTypes: template.blockTypes.map((b) => ({ ...local(b, `blockTypes/${b.type}/`), fields: b.fields.map((f) => field(f, `blockTypes/${b.type}/fields/${f.name}/`)) })),
    sections: template.sections.map((s) => local(s, `sections/${s.id}/`)),
    ...(template.consultation ? { consultation: { ...template.consultation, parties: template.consultation.parties.map((p) => local(p, `parties/${p.id}/`)) } } : {}),
    signoffs: template.signoffs.map((s) => local(s, `signoffs/${s.role}/`)),
  };
}

/** The key of every text `template` has (in English), in template order. */
export function textKeysOf(template: Template): string[] {
  const keys: string[] = [];
  mapTexts(template, (key, english) => {
    keys.push(key);
    return english;
  });
  return keys;
}

// The texts are kept by the template object and by its sections list, which the copies a template is given
// (`{ ...template, origin }` in TemplateSet, a test's `{ ...template, review }`) share with it.
const store = new WeakMap<object, TemplateTexts>();

/** Keeps `texts` as the other languages of `template` (and of its shallow copies). */
export function keepTexts(template: Template, texts: TemplateTexts): void {
  store.set(template, texts);
  store.set(template.sections, texts);
}

/** The other languages of `template`'s texts; none for a template built in code or deeply copied. */
export function keptTexts(template: Template): TemplateTexts {
  return store.get(template) ?? store.get(template.sections) ?? {};
}

/**
 * Problems of the labels of `template` in its languages (`texts`): two fields of a block,
 * or two values of a choice, with the same label in that language, or with
 * a label that is another's in another language (a Markdown file, read in
 * any language, could not tell them apart). Paths are those of the English
 * template's YAML data, for errors with lines.
 */
export function labelClashes(template: Template, texts: TemplateTexts): TextProblem[] {
  const localized = LOCALES.map((locale) => ({ locale, template: mapTexts(template, (key, english) => texts[locale]?.get(key) ?? english) }));
  const problems: TextProblem[] = [];
  const check = (owners: Array<{ id: string; labels: Array<{ locale: Locale; label: string }> }>, what: string, path: (i: number) => Array<string | number>) => {
    const seen = new Map<string, { id: string; locale: Locale }>();
    owners.forEach((o, i) => {
      for (const { locale, label } of o.labels) {
        const k = label.trim().toLowerCase();
        const before = seen.get(k);
        // Two English labels alike are the schema's to report (fields) or allowed, as they always were (values).
        if (before && before.id !== o.id && (before.locale !== DEFAULT_LOCALE || locale !== DEFAULT_LOCALE)) {
          const other = before.locale === locale ? `${what} "${before.id}"` : `${what} "${before.id}" in "${before.locale}"`;
          problems.push({ path: path(i), message: `label "${label}" (${locale}) of ${what} "${o.id}" is also the label of ${other}: labels must be unique in a block, in every language` });
        } else if (!before) seen.set(k, { id: o.id, locale });
      }
    });
  };
  const labelsOf = (pick: (t: Template) => string | undefined) =>
    localized.flatMap(({ locale, template: t }) => {
      const label = pick(t);
      return label === undefined ? [] : [{ locale, label }];
    });
  template.blockTypes.forEach((b, i) => {
    check(
      b.fields.map((f) => ({ id: f.name, labels: labelsOf((t) => t.blockTypes[i]?.fields.find((x) => x.name === f.name)?.label) })),
      'field',
      (j) => ['blockTypes', i, 'fields', j, 'label'],
    );
    b.fields.forEach((f, j) => {
      if (!f.values) return;
      check(
        f.values.map((v) => ({ id: v.value, labels: labelsOf((t) => t.blockTypes[i]?.fields[j]?.values?.find((x) => x.value === v.value)?.label) })),
        'value',
        (k) => ['blockTypes', i, 'fields', j, 'values', k, 'label'],
      );
    });
  });
  return problems;
}
