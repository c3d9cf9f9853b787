/**
 * Validation on every keystroke. A `Validator` returns what `validate`
 * returns for the same model, template and context, but reuses the work of
 * earlier calls: models are immutable and the editor's `docToModel` keeps
 * the same section and block objects for nodes a keystroke did not touch,
 * so what a block alone decides (its fields, its place, its threat rules,
 * its unfinished links) is remembered per block object, and only the rules
 * that look across blocks run again (ids, links, ranks, sections,
 * consultations, dissemination).
 *
 * What the memo depends on besides the block is kept with it and checked:
 * the template (its index object), the section the block sits in, and for
 * risk lines its rank and the number of rated rows, and the reader's
 * language of the messages. Today, the resolver, the
 * sign-offs and the metadata are read afresh on each call by the rules that
 * use them. The memos are WeakMaps keyed by model objects, so they go with
 * the versions of the document nobody holds any more.
 */
import type { DocModel, Section, TypedBlock } from '../model/types.js';
import type { Template } from '../template/load.js';
import { blockCompletion, type Completion, completionFrom } from './completion.js';
import type { ValidationContext } from './validation-context.js';
import type { Diagnostic } from './diagnostic.js';
import { checkGeneric } from './generic.js';
import { type BlockFacts, blockFacts, buildIndex, type ModelIndex, type SectionFacts, sectionFacts, sectionsWithContent } from './model-index.js';
import { DiagnosticOrder } from './order.js';
import type { RankedThreat } from './risk.js';
import type { PerBlock, RuleInput } from './rule-input.js';
import { type Check, type RuleId, RULES, TYPE_RULES } from './rules.js';
import { indexTemplate, type TemplateIndex } from './template-index.js';
import { checkThreatMatrix, threatRiskInfo } from './threat-matrix.js';
import { checkUnfinishedLinks } from './unfinished-link.js';
import { todayOf } from './validate.js';
import { DEFAULT_LOCALE, type Locale } from '../i18n/locale.js';
import { readerTemplate } from './reader-template.js';

/** Diagnostics a rule gave for one block, with what they depend on besides the block. */
interface BlockMemo {
  readonly tix: TemplateIndex;
  readonly locale: Locale;
  readonly section: string;
  readonly out: readonly Diagnostic[];
}

interface RiskMemo {
  readonly locale: Locale;
  readonly section: string;
  readonly rank: number | undefined;
  readonly rated: number;
  readonly diag: Diagnostic;
}

/**
 * Validates successive versions of one document, reusing what each block
 * alone decided in earlier versions. `validate` stays the reference: every
 * call returns a list equal to it. The diagnostics may be the same objects
 * as in earlier results, so callers must not change them.
 */
export class Validator {
  private readonly sectionFacts = new WeakMap<Section, SectionFacts>();
  private readonly blockFacts = new WeakMap<TypedBlock, BlockFacts>();
  private readonly generic = new WeakMap<TypedBlock, BlockMemo>();
  private readonly threatRows = new WeakMap<TypedBlock, BlockMemo>();
  private readonly leftovers = new WeakMap<TypedBlock, BlockMemo>();
  private readonly risks = new WeakMap<TypedBlock, RiskMemo>();
  private readonly counts = new WeakMap<TypedBlock, { readonly tix: TemplateIndex; readonly count: Completion }>();
  private readonly order = new DiagnosticOrder();
  private last?: ModelIndex;

  /** The rules of `RULES` this class runs with memos instead; each gives what the rule it replaces gives. */
  private readonly memoised: Partial<Record<RuleId, Check>> = {
    generic: (input) => checkGeneric(input, this.viaGenericMemo),
    'unfinished-links': (input) => checkUnfinishedLinks(input, this.viaLeftoverMemo),
    'document-type': (input) => (this.typeRules[input.template.id] ?? TYPE_RULES[input.template.id])?.(input),
  };

  /** The document-type rules this class runs with memos instead of `TYPE_RULES`. */
  // NEW_BLOCK_TYPE_EDIT_REQUIRED: a block type with per-block rules in a large document: remember them per block here, as the threat matrix's rows are (viaThreatRowMemo).
  private readonly typeRules: Partial<Record<Template['id'], Check>> = {
    'threat-matrix': (input) => checkThreatMatrix(input, this.viaThreatRowMemo, (r, rated, locale) => this.riskLine(r, rated, locale)),
  };

  /** Checks a document as `validate(model, template, context)` does, with the same result and the same RangeError on a bad `context.today`. */
  validate(model: DocModel, template: Template, context: ValidationContext): Diagnostic[] {
    const today = todayOf(context);
    const locale = context.locale ?? DEFAULT_LOCALE;
    // The template in the reader's language is one object per template and language, so its index and the memos hold.
    const read = readerTemplate(template, locale);
    const tix = indexTemplate(read);
    const mix = this.index(model);
    const input: RuleInput = { model, template: read, tix, mix, context, today, locale, filledSections: sectionsWithContent(mix, tix), out: [] };
    // The same rules in the same order as `validate`, so that ties in the sort come out the same.
    for (const rule of RULES) (this.memoised[rule.id] ?? rule.check)(input);
    return this.order.sort(input.out, tix.sectionOrder);
  }

  /** What `completion(model, template)` returns, with each block's count remembered. */
  completion(model: DocModel, template: Template): Completion {
    return completionFrom(indexTemplate(template), this.index(model), (tix, block) => {
      let m = this.counts.get(block);
      if (!m || m.tix !== tix) this.counts.set(block, (m = { tix, count: blockCompletion(tix, block) }));
      return m.count;
    });
  }

  /** Runs a block's own generic rules through their memo. */
  private readonly viaGenericMemo: PerBlock = (input, block, section, rule, subject) => this.push(input, this.generic, block, section, rule, subject);

  /** Runs a block's own unfinished-link rule through its memo. */
  private readonly viaLeftoverMemo: PerBlock = (input, block, section, rule, subject) => this.push(input, this.leftovers, block, section, rule, subject);

  /** Runs a threat row's own rules through their memo. */
  private readonly viaThreatRowMemo: PerBlock = (input, block, section, rule, subject) => this.push(input, this.threatRows, block, section, rule, subject);

  /** The risk line of a rated threat, remembered while its rank, section and the number of rated rows stay. */
  private riskLine(r: RankedThreat, rated: number, locale: Locale): Diagnostic {
    const m = this.risks.get(r.block);
    if (m && m.rank === r.rank && m.rated === rated && m.section === r.section && m.locale === locale) return m.diag;
    const diag = threatRiskInfo(r, rated, locale);
    this.risks.set(r.block, { locale, section: r.section, rank: r.rank, rated, diag });
    return diag;
  }

  /**
   * Appends what `rule` reports about `subject` (which stands for `block` in
   * `section`), running it only when the memo does not hold it for this
   * template and section.
   */
  private push<T>(input: RuleInput, memo: WeakMap<TypedBlock, BlockMemo>, block: TypedBlock, section: string, rule: (input: RuleInput, subject: T) => void, subject: T): void {
    let m = memo.get(block);
    if (!m || m.tix !== input.tix || m.section !== section || m.locale !== input.locale) {
      const out: Diagnostic[] = [];
      rule({ ...input, out }, subject);
      memo.set(block, (m = { tix: input.tix, locale: input.locale, section, out }));
    }
    for (const d of m.out) input.out.push(d);
  }

  /** The model's index (equal to `indexModel`), built from the facts remembered per section and block. */
  private index(model: DocModel): ModelIndex {
    if (this.last?.model === model) return this.last;
    return (this.last = buildIndex(model, (s) => this.factsOf(s)));
  }

  private factsOf(s: Section): SectionFacts {
    let f = this.sectionFacts.get(s);
    if (!f) this.sectionFacts.set(s, (f = sectionFacts(s, (block, section) => this.blockFactsOf(block, section))));
    return f;
  }

  private blockFactsOf(block: TypedBlock, section: string): BlockFacts {
    let f = this.blockFacts.get(block);
    if (!f || f.section !== section) this.blockFacts.set(block, (f = blockFacts(block, section)));
    return f;
  }
}
