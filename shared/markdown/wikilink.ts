/**
 * Obsidian wiki links (`[[target#^block|alias]]`) and embeds (`![[…]]`) as
 * a real micromark construct, so the parser sees them as one inline node
 * (`wikiLink`) and an escaped `\[[` stays text. CommonMark has no such
 * syntax; without this extension `[[a#^t-3|T-3]]` would be plain text and
 * the parser could not tell it from escaped user text.
 *
 * Syntax accepted: `[[`, then one or more characters other than a line
 * ending, `[` or `]`, then `]]`; with a leading `!` it is an embed. The
 * inside is kept verbatim in `value`; `parseWikiTarget` splits it.
 */
import type { Literal } from 'mdast';
import type { Extension as FromMarkdownExtension } from 'mdast-util-from-markdown';
import type { Handle } from 'mdast-util-to-markdown';
import type { Code, Construct, Extension, State, TokenizeContext, Effects } from 'micromark-util-types';

/** An Obsidian wiki link or embed in the syntax tree. */
export interface WikiLink extends Literal {
  type: 'wikiLink';
  /** The text between `[[` and `]]`, verbatim. */
  value: string;
  /** True for an embed (`![[…]]`). */
  embed: boolean;
}

declare module 'mdast' {
  interface PhrasingContentMap {
    wikiLink: WikiLink;
  }
  interface RootContentMap {
    wikiLink: WikiLink;
  }
}

declare module 'micromark-util-types' {
  interface TokenTypeMap {
    wikiLink: 'wikiLink';
    wikiLinkMarker: 'wikiLinkMarker';
    wikiLinkValue: 'wikiLinkValue';
  }
}

const LEFT_BRACKET = 91;
const RIGHT_BRACKET = 93;
const EXCLAMATION = 33;

function tokenizer(embed: boolean) {
  return function tokenize(this: TokenizeContext, effects: Effects, ok: State, nok: State): State {
    let size = 0;
    const start: State = (code) => {
      effects.enter('wikiLink');
      effects.enter('wikiLinkMarker');
      if (embed) {
        effects.consume(code);
        return openFirst;
      }
      return openFirst(code);
    };
    const openFirst: State = (code) => {
      if (code !== LEFT_BRACKET) return nok(code);
      effects.consume(code);
      return openSecond;
    };
    const openSecond: State = (code) => {
      if (code !== LEFT_BRACKET) return nok(code);
      effects.consume(code);
      effects.exit('wikiLinkMarker');
      effects.enter('wikiLinkValue');
      return inside;
    };
    const inside: State = (code: Code) => {
      // Codes below -2 are line endings (micromark's virtual codes); null is the end.
      if (code === null || code < -2 || code === LEFT_BRACKET) return nok(code);
      if (code === RIGHT_BRACKET) {
        if (size === 0) return nok(code);
        effects.exit('wikiLinkValue');
        effects.enter('wikiLinkMarker');
        effects.consume(code);
        return closeSecond;
      }
      effects.consume(code);
      size++;
      return inside;
    };
    const closeSecond: State = (code) => {
      if (code !== RIGHT_BRACKET) return nok(code);
      effects.consume(code);
      effects.exit('wikiLinkMarker');
      effects.exit('wikiLink');
      return ok;
    };
    return start;
  };
}

const wikiLinkConstruct: Construct = { name: 'wikiLink', tokenize: tokenizer(false) };
const wikiEmbedConstruct: Construct = { name: 'wikiEmbed', tokenize: tokenizer(true) };

/** The micromark syntax extension for wiki links and embeds. @internal */
export function wikiLinkSyntax(): Extension {
  return { text: { [LEFT_BRACKET]: wikiLinkConstruct, [EXCLAMATION]: wikiEmbedConstruct } };
}

/** The mdast-util-from-markdown extension that turns wiki-link tokens into `wikiLink` nodes. @internal */
export function wikiLinkFromMarkdown(): FromMarkdownExtension {
  return {
    enter: {
      wikiLink(token) {
        this.enter({ type: 'wikiLink', value: '', embed: this.sliceSerialize(token).startsWith('!') }, token);
      },
    },
    exit: {
      wikiLinkValue(token) {
        const node = this.stack[this.stack.length - 1] as unknown as WikiLink;
        node.value = this.sliceSerialize(token);
      },
      wikiLink(token) {
        this.exit(token);
      },
    },
  };
}

/** The mdast-util-to-markdown handler writing a `wikiLink` node back verbatim. @internal */
export const wikiLinkToMarkdown: Handle = (node) => {
  const n = node as WikiLink;
  return `${n.embed ? '!' : ''}[[${n.value}]]`;
};

/** The parts of a wiki link's inside: `target#^anchor|alias` (or `target#heading`). */
export interface WikiTarget {
  /** The file part; empty for a link inside the same file. */
  target: string;
  /** The block id after `#^`, if the link points at a block. */
  anchor?: string;
  /** The heading after `#`, if the link points at a heading. */
  heading?: string;
  alias?: string;
}

/** Splits the inside of a wiki link into target, block anchor or heading, and alias. */
export function parseWikiTarget(value: string): WikiTarget {
  // Obsidian writes `\|` for the alias bar inside tables; treat it as the bar.
  const bar = value.search(/\\?\|/);
  const main = bar < 0 ? value : value.slice(0, bar);
  const alias = bar < 0 ? undefined : value.slice(bar).replace(/^\\?\|/, '');
  const hash = main.indexOf('#');
  const out: WikiTarget = { target: hash < 0 ? main : main.slice(0, hash) };
  if (hash >= 0) {
    const rest = main.slice(hash + 1);
    if (rest.startsWith('^')) out.anchor = rest.slice(1);
    else out.heading = rest;
  }
  if (alias !== undefined) out.alias = alias;
  return out;
}
