// oidc-provider ships no types: the little the tests use of it, as test/support/oidc-provider.ts calls it.
declare module 'oidc-provider' {
  import type { IncomingMessage, ServerResponse } from 'node:http';
  /** A provider (see node_modules/oidc-provider/docs). */
  export default class Provider {
    constructor(issuer: string, configuration: Record<string, unknown>);
    callback(): (req: IncomingMessage, res: ServerResponse) => void;
    proxy: boolean;
  }
}
