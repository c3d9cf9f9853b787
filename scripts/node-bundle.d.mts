// Types of node-bundle.mjs, for the tests that bundle the server.

/** Packages a server bundle leaves in node_modules. */
export const SERVER_EXTERNALS: string[];

/** A banner giving an ES module bundle a `require`, for the CommonJS dependencies it inlines. */
export const REQUIRE_BANNER: string;
