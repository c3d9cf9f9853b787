/**
 * YAML syntax errors in words for the person tailoring a template: what is
 * wrong on the line and how to fix it, instead of the parser's own words
 * ("Nested mappings are not allowed in compact mappings"). The parser's
 * message is kept at the end, in brackets, for anyone searching for it.
 */

/** How to explain one kind of YAML error (keyed by the `yaml` package's error codes). */
const EXPLAIN: Readonly<Record<string, string>> = {
  BLOCK_AS_IMPLICIT_KEY:
    'The text has a colon followed by a space, which YAML reads as the start of a new name. Put the text in quotes when it contains a colon followed by a space, e.g. guidance: "Note: …".',
  MULTILINE_IMPLICIT_KEY:
    'A name (before a colon) runs over more than one line, often because text above it has a colon followed by a space. Put that text in quotes, or write it as a block after "guidance: >-" on lines indented below it.',
  DUPLICATE_KEY: 'This name is given twice at the same level. Keep one of them (or rename the other).',
  TAB_AS_INDENT: 'This line is indented with a tab. Indent with spaces only.',
  BAD_INDENT:
    'This line is not indented like the entries around it. Line it up with the other entries at its level, using spaces; if it continues the text of the line above, put that text in quotes.',
  MISSING_CHAR: 'A quote or bracket opened here is never closed. Add the closing quote (or bracket) at the end of the text.',
  BAD_SCALAR_START: 'A value cannot start with this character (@, ` or %). Put the text in quotes.',
  UNEXPECTED_TOKEN:
    'Something follows a value where the line should end; often a quote inside quoted text. Put text holding double quotes in single quotes (write a single quote inside them twice: \'it\'\'s\').',
  BLOCK_IN_FLOW: 'A list or group written inline ([…] or {…}) holds lines of its own. Write it either on one line or as one entry per line.',
};

/**
 * A YAML syntax error as a sentence a person can act on. `code` is the
 * parser's error code, `parserMessage` its message, `lineText` the text of
 * the line at fault (quoted in the message when given).
 */
export function explainYamlError(code: string, parserMessage: string, lineText?: string): string {
  const first = parserMessage.split('\n')[0].trim().replace(/\.$/, '');
  const shown = lineText?.trim();
  const quote = shown ? ` In "${shown.length > 60 ? `${shown.slice(0, 57)}…` : shown}":` : '';
  const how = EXPLAIN[code] ?? 'The YAML here cannot be read. Check the quotes, colons and indentation of this line and the one above it.';
  return `YAML syntax:${quote} ${how} (The YAML reader says: ${first}.)`;
}
