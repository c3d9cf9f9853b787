/** Languages, the message catalogue and the interface language (see each module). */
export * from './locale.js';
export * from './catalogue.js';
export * from './interface-locale.js';
