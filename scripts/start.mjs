// `npm start`: build (the plugin, the CLI and the web workspace in dist/web, which the server serves), install the plugin into the demo vault, create the first admin if the store is new, run the server.
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
let token;
if (isNewStore) {
  // Private whatever the umask (the server warns about a looser folder): it will hold every document and the admin token.
  if (!existsSync(data)) {
    mkdirSync(data, { recursive: true, mode: 0o700 });
    chmodSync(data, 0o700);
  }
  const out = execFileSync(
    process.execPath,
    [cli, 'user', 'add', 'admin', '--name', 'Workspace Administrator', '--office', 'head-of-mission', '--office', 'srsg', '--office', 'head-of-office', '--office', 'unct', '--office', 'poc-lead', '--admin', '--data', data],
    { encoding: 'utf8', cwd: root },
  );
  token = out.trim().split('\n').pop();
  writeFileSync(join(data, 'admin-token.txt'), `${token}\n`, { mode: 0o600 });
  chmodSync(join(data, 'admin-token.txt'), 0o600);
}

console.log(`
POC Workspace
  In a browser: http://${host.includes(':') ? `[${host}]` : host}:${port}/  (sign in with the admin token below)
  Demo vault:   ${join(root, 'demo-vault')}  (open it in Obsidian: "Open folder as vault"; enable the POC Workspace plugin)
  Server data:  ${data}
${token ? `  Admin token:  ${token}\n                (shown once; also saved to ${join(data, 'admin-token.txt')}; paste it into the plugin settings)` : `  Admin token:  see ${join(data, 'admin-token.txt')} (created on first start)`}
  Plugin setting "Server URL": ws://${host}:${port}
`);

const server = spawn(process.execPath, [cli, 'serve', '--port', port, '--host', host, '--data', data], { stdio: 'inherit', cwd: root });
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
