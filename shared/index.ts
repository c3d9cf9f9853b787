// The POC domain: templates, the document model, validation, the Markdown mirror, links and hashing.
export * from './template/template-schema.js';
export * from './template/load.js';
export * from './template/set.js';
export * from './model/types.js';
export * from './model/normalize.js';
export * from './model/ids.js';
export * from './model/nodes.js';
export type * from './model/location.js';
export * from './ydoc/layout.js';
export * from './prosemirror/prosemirror-schema.js';
export * from './prosemirror/convert.js';
export * from './validate/index.js';
export * from './links/index.js';
export * from './hash/canonical.js';
export * from './signoff/record.js';
