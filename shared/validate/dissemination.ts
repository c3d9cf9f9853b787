/**
 * Dissemination (Annex A II): once endorsed, the strategy "should be
 * disseminated to all mission components involved in the protection of
 * civilians" and key partners "such as the Protection Cluster, shall also
 * receive a copy". A template cannot say "required once endorsed", so this
 * rule does: after an office listed in the template has approved, each of
 * those two audiences needs a dissemination block with a date sent.
 *
 * Data-driven: the rule runs only for templates with a `dissemination`
 * block type whose audience choices include at least one of the audiences
 * above (their labels come from the template), so other document types and
 * tailored templates without it are left alone. Before any approval it says
 * nothing: while drafting, planned rows without a date are expected.
 * It is a cross-block rule, so the incremental Validator runs it every time.
 */
import { latestByRole } from './signoffs.js';
import { blocksOfType } from './model-index.js';
import { diag, type RuleInput, sectionName } from './rule.js';
import { fieldOf } from './template-index.js';
import { dayNumber } from './values.js';

/** The block type and fields this rule reads. */
export const DISSEMINATION = { blockType: 'dissemination', audience: 'audience', date: 'date' } as const;

/** Audiences the policy says must receive the endorsed strategy (other partners are a judgement call, so optional). */
export const REQUIRED_AUDIENCES = ['mission-components', 'protection-cluster'] as const;

/** Labels of the offices listed in the template whose latest sign-off is an approval, in template order. */
function approvingOffices(input: RuleInput): string[] {
  const list = input.context.signoffs;
  if (!list?.length) return [];
  const latest = latestByRole(list);
  return input.template.signoffs.filter((r) => latest.get(r.role)?.decision === 'approved').map((r) => r.label);
}

/** Warns when an approved document has not recorded sending itself to the mission components and the Protection Cluster. */
export function checkDissemination(input: RuleInput): void {
  const { tix, mix } = input;
  const audience = fieldOf(tix, DISSEMINATION.blockType, DISSEMINATION.audience);
  const labels = new Map((audience?.values ?? []).map((v) => [v.value, v.label]));
  const required = REQUIRED_AUDIENCES.filter((a) => labels.has(a));
  if (!required.length) return;
  const offices = approvingOffices(input);
  if (!offices.length) return;
  // Per required audience: whether some block has a real date sent, else the first block planned for it.
  const sent = new Set<string>();
  const planned = new Map<string, string>();
  for (const { block } of blocksOfType(mix, DISSEMINATION.blockType)) {
    const a = block.fields[DISSEMINATION.audience];
    if (typeof a !== 'string') continue;
    const date = block.fields[DISSEMINATION.date];
    if (typeof date === 'string' && dayNumber(date) !== undefined) sent.add(a);
    else if (!planned.has(a)) planned.set(a, block.id);
  }
  const missing = required.filter((a) => !sent.has(a));
  if (!missing.length) return;
  const home = tix.homes.get(DISSEMINATION.blockType)?.[0];
  const where = home !== undefined && mix.sections.has(home) ? { section: home } : {};
  const what = missing.map((a) => {
    const id = planned.get(a);
    return `"${labels.get(a)}"${id ? ` (${id} has no date sent)` : ''}`;
  });
  const place = home !== undefined ? ` in ${sectionName(tix, home)}` : '';
  input.out.push(
    diag(
      'warning',
      'dissemination-missing',
      `The ${offices.join(' and ')} approved this ${input.template.title}, but it is not recorded as sent to ${what.join(' nor to ')}. Once it is endorsed, record when and to whom it was sent${place}: one dissemination row per audience, with its recipients and the date sent.`,
      where,
    ),
  );
}
