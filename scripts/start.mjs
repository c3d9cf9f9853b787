// `npm start`: build (the plugin, the CLI and the web workspace in dist/web, which the server serves), install the plugin into the demo vault, set up the demo people if the store is new (`poc demo-setup`), run the server.
import { execFileSync, spawn } from 'node:child_process';
import { chmodSync, copyFileSync, existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const data = process.env.POC_DATA ?? join(root, 'data');
const port = process.env.POC_PORT ?? '1234';
const host = process.env.POC_HOST ?? '127.0.0.1';
const cli = join(root, 'dist', 'poc.js');

execFileSync(process.execPath, [join(root, 'esbuild.config.mjs'), 'production'], { stdio: 'inherit', cwd: root });

// The plugin, installed into the demo vault as Obsidian expects.
const pluginDir = join(root, 'demo-vault', '.obsidian', 'plugins', 'poc-workspace');
mkdirSync(pluginDir, { recursive: true });
for (const f of ['main.js', 'manifest.json', 'styles.css']) copyFileSync(join(root, f), join(pluginDir, f));

const isNewStore = !existsSync(join(data, 'poc.sqlite'));
const tokensFile = join(data, 'demo-tokens.txt');
let token;
if (isNewStore) {
  // A new store gets the demo (cli/commands/demo-people.ts): the demo vault imported, an admin who holds no office (so
  // its token cannot sign as anyone) and three demo people, one per role, with a team. Their tokens go to a private
  // file; only the admin's is printed, as before, so the terminal never shows a token that signs for an office.
  const out = execFileSync(process.execPath, [cli, 'demo-setup', '--data', data, '--demo-vault', join(root, 'demo-vault')], { encoding: 'utf8', cwd: root });
  token = out.trim().split('\n').pop();
  writeFileSync(join(data, 'admin-token.txt'), `${token}\n`, { mode: 0o600 });
  chmodSync(join(data, 'admin-token.txt'), 0o600);
}

const origin = `http://${host.includes(':') ? `[${host}]` : host}:${port}/`;
console.log(`
POC Workspace
  In a browser: ${origin}  (sign in with a token: the admin's below, or a demo person's)
  Demo vault:   ${join(root, 'demo-vault')}  (open it in Obsidian: "Open folder as vault"; enable the POC Workspace plugin)
  Server data:  ${data}
${token ? `  Admin token:  ${token}\n                (shown once; also saved to ${join(data, 'admin-token.txt')}; it administers people and documents and signs as no office)` : `  Admin token:  see ${join(data, 'admin-token.txt')} (created on first start)`}
  Demo people:  ${existsSync(tokensFile) ? tokensFile : `${tokensFile} (written when a new store is created)`}
                amina (Head of Office, Sector North), kofi (SRSG), lena (POC officer), omar (Force Commander),
                awa (Head of Office, in French: the French copies of the demo documents): their tokens are in that file;
                sign in as each to try signing off in their office
  Plugin setting "Server URL": ws://${host}:${port}
`);

// The demo mission's name on the title page of every export, unless one is set (POC_MISSION_NAME).
const mission = process.env.POC_MISSION_NAME ? [] : ['--mission-name', 'MINUSAR'];
const server = spawn(process.execPath, [cli, 'serve', '--port', port, '--host', host, '--data', data, ...mission], { stdio: 'inherit', cwd: root });
// Pass the first signal on (a SIGTERM to this process alone must stop the server too) and no more: Ctrl-C in a
// terminal already reaches the server itself, and npm may pass it on to us again. The server stops cleanly on the
// first signal, ignores a second and exits at once on a third, so a second Ctrl-C still forces it.
let forwarded = false;
for (const sig of ['SIGINT', 'SIGTERM']) {
  process.on(sig, () => {
    if (forwarded) return;
    forwarded = true;
    server.kill(sig);
  });
}
server.on('exit', (code) => process.exit(code ?? 0));
