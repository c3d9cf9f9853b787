// The HTTP API contract shared by the server, the plugin, the CLI and the web app: schemas, error shape and the client.
export * from './api-errors.js';
export * from './health.js';
export * from './identity.js';
export * from './members.js';
export * from './documents.js';
export * from './signoffs.js';
export * from './tickets.js';
export * from './versions.js';
export * from './session.js';
export * from './ticketed-socket.js';
export * from './client-layout.js';
export * from './server-address.js';
export * from './client.js';
export * from './people.js';
export * from './sign-in.js';
export * from './people-client.js';
export * from './picture.js';
