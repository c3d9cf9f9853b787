/**
 * What validation needs besides the document and its template: today's date
 * (injected, so results are reproducible), a way to look up other documents,
 * the verified sign-offs present, and problems met while loading the Y.Doc.
 */
import type { ContentProblem } from '../model/types.js';
import type { SignoffPayload } from '../signoff/record.js';
import type { Locale } from '../i18n/locale.js';

/** What a resolver knows about a linked block in another document. */
export interface ResolvedBlock {
  /** Block type, e.g. "threat". */
  type: string;
  title?: string;
  /** Document type of the document holding the block, when the resolver knows it (lets `targets` such as "threat-matrix/threat" be checked exactly). */
  docType?: string;
  /** The block's plain field values (choices, dates, ratings, yes/no) when the resolver knows them, for rules that compare across documents (a resources row's tier with its objective's). */
  values?: Readonly<Record<string, string | number | boolean>>;
}

/** What a resolver knows about another document. */
export interface ResolvedDocument {
  /** Document type, e.g. "action-plan". */
  type: string;
  title?: string;
}

/** A link in a link field of another document's block that points at a block of the document validated. */
export interface IncomingLink {
  docId: string;
  /** Document type of the linking document, e.g. "action-plan". */
  docType: string;
  /** The linking block's id and type, e.g. "A-3", "action". */
  blockId: string;
  blockType: string;
  /** The link field holding the link, e.g. "serves". */
  field: string;
}

export interface ValidationContext {
  /** Today as YYYY-MM-DD; every date rule compares against it. */
  today: string;
  /**
   * The reader's language, in which messages are written and the template's sections, blocks, fields and
   * choices are named (English when not given). The document's own language plays no part: codes and
   * locations are the same in every language, and days stay written YYYY-MM-DD.
   */
  locale?: Locale;
  /** Looks up a block of another document; undefined means it does not exist. Without a resolver, links to other documents are not checked. */
  resolve?: (docId: string, blockId: string) => ResolvedBlock | undefined;
  /** Looks up another document (for document-level link fields such as the strategy's Action Plan); undefined means it does not exist. */
  resolveDocument?: (docId: string) => ResolvedDocument | undefined;
  /**
   * The links from other documents' link fields into a block (mentions in
   * text are not counted). Given only where every document that may link in
   * is known (the CLI validating a vault): without it, the rules that ask
   * whether anything points at a block (threat-not-addressed,
   * objective-resources-missing) are not run, since a lone file would
   * otherwise be told that nothing serves its threats.
   */
  linksInto?: (docId: string, blockId: string) => readonly IncomingLink[];
  /**
   * Says whether another document exists but could not be read (a mirror
   * file with an error): returns where it is (e.g. its file), else
   * undefined. Links to such a document are reported once per linking
   * document ("could not be read"), not once per link as missing.
   */
  unreadable?: (docId: string) => string | undefined;
  /**
   * Verified sign-offs present on the document, given for its current content (stale or forged ones already removed).
   * Undefined where no sign-off can be verified (no server key known, a Markdown mirror read by the CLI): rules that
   * need to know whether an office signed then say it could not be checked, instead of reading "nobody signed".
   */
  signoffs?: readonly SignoffPayload[];
  /**
   * Verified sign-offs given for an earlier version of the content (the signature checks out; the content changed
   * since). They still stand for the workflow (shared/signoff/workflow.ts: an earlier step's approval of an earlier
   * version counts; the last step's must be of this text), so the rules that follow the workflow read them with
   * `signoffs`; the others ignore them.
   */
  staleSignoffs?: readonly SignoffPayload[];
  /** Problems found while loading the stored content; each becomes an error. */
  problems?: readonly ContentProblem[];
}
