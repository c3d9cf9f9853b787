// The POC domain: templates, the document model, validation, the Markdown mirror, links and hashing.
export * from './template/schema.js';
export * from './template/load.js';
export * from './template/set.js';
export * from './model/types.js';
export * from './validate/diagnostic.js';
