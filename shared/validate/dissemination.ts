/**
 * Dissemination (Annex A II): once endorsed, the strategy "should be
 * disseminated to all mission components involved in the protection of
 * civilians" and key partners "such as the Protection Cluster, shall also
 * receive a copy". A template cannot say "one row per audience", so this
 * rule does: the dissemination plan needs a row for each of those two
 * audiences, whatever their dates.
 *
 * It is a planning expectation, met before endorsement, and does not look
 * at sign-offs: the plan is part of what leadership endorses, and a sign-off
 * is bound to the content of the whole document, so asking for rows (or
 * dates sent) after an approval would push people into making it stale.
 *
 * Data-driven: the rule runs only for templates with a `dissemination`
 * block type whose audience choices include at least one of the audiences
 * above (their labels come from the template), so other document types and
 * tailored templates without it are left alone.
 * It is a cross-block rule, so the incremental Validator runs it every time.
 */
import { blocksOfType } from './model-index.js';
import { bothAnd, diag, quoted, type RuleInput } from './rule-input.js';
import { wordsOf } from '../i18n/catalogue.js';
import { validationNames } from '../i18n/messages/validation-names.js';
import { validationWorkflow } from '../i18n/messages/validation-workflow.js';
import { fieldOf } from './template-index.js';

/** The block type and fields this rule reads. */
export const DISSEMINATION = { blockType: 'dissemination', audience: 'audience' } as const;

/** Audiences the policy says must receive the endorsed strategy (other partners are a judgement call, so optional). */
export const REQUIRED_AUDIENCES = ['mission-components', 'protection-cluster'] as const;

/** Warns when the dissemination plan lacks a row for the mission components or for the Protection Cluster. */
export function checkDissemination(input: RuleInput): void {
  const { tix, mix } = input;
  const audience = fieldOf(tix, DISSEMINATION.blockType, DISSEMINATION.audience);
  const labels = new Map((audience?.values ?? []).map((v) => [v.value, v.label]));
  const required = REQUIRED_AUDIENCES.filter((a) => labels.has(a));
  if (!required.length) return;
  const planned = new Set<unknown>();
  for (const { block } of blocksOfType(mix, DISSEMINATION.blockType)) planned.add(block.fields[DISSEMINATION.audience]);
  const missing = required.filter((a) => !planned.has(a));
  if (!missing.length) return;
  const home = tix.homes.get(DISSEMINATION.blockType)?.[0];
  const where = home !== undefined && mix.sections.has(home) ? { section: home } : {};
  const t = wordsOf(validationWorkflow, input.locale);
  const names = missing.map((a) => quoted(input, labels.get(a)!)).reduce((first, next) => wordsOf(validationNames, input.locale)('list.norFor', { first, next }));
  // Labels are capitalised as choices ("Mission components involved in POC"); in an English sentence only the first letter
  // goes down ("the mission components…"); other languages quote the label as it is.
  const lower = (a: string) => input.locale === 'en' && a === 'mission-components';
  const musts = required.map((a) => t('dissemination.audience', { audience: lower(a) ? lowerFirst(labels.get(a)!) : labels.get(a)! }));
  input.out.push(diag('warning', 'dissemination-missing', t('dissemination.missing', { count: musts.length, names, musts: bothAnd(input, musts) }), where));
}

/** `text` with its first letter in lower case. */
function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}
