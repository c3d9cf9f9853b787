// The Markdown mirror of a POC document: one parse/serialise pair, plus a cheap frontmatter reader.
export { toMarkdown, type MarkdownOptions } from './serialize.js';
export { parseMarkdown, type ParseOptions, type ParseResult } from './parse.js';
export { readFrontmatter, type FrontmatterInfo } from './frontmatter.js';
export { formatMarkdownError, type MarkdownError } from './mirror-errors.js';
export { obsidianBlockId, type LinkOptions } from './mirror-links.js';
export { vaultLinkOptions, type VaultDocument } from './vault-links.js';
export { isSummaryKey, SUMMARY_KEYS, summaryProperties } from './summary.js';
