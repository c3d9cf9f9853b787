// Keeps manifest.json and versions.json in step with the package version, as Obsidian's sample plugin does.
// Run by `npm version <patch|minor|major>` (the "version" script), or by hand: `node version-bump.mjs 0.2.0`.
import { readFileSync, writeFileSync } from 'node:fs';

const target = process.argv[2] ?? process.env.npm_package_version;
if (!target || !/^\d+\.\d+\.\d+$/.test(target)) {
  console.error(`version-bump: give a version like 0.2.0 (got ${target ?? 'nothing'}).`);
  process.exit(1);
}

const manifest = JSON.parse(readFileSync('manifest.json', 'utf8'));
manifest.version = target;
writeFileSync('manifest.json', `${JSON.stringify(manifest, null, '\t')}\n`);

// versions.json maps each plugin version to the oldest Obsidian that runs it; Obsidian reads it to offer
// users of older apps the newest version they can run. Record the version only when minAppVersion changed.
const versions = JSON.parse(readFileSync('versions.json', 'utf8'));
if (!Object.values(versions).includes(manifest.minAppVersion)) {
  versions[target] = manifest.minAppVersion;
  writeFileSync('versions.json', `${JSON.stringify(versions, null, '\t')}\n`);
}
console.log(`manifest.json is at ${target} (Obsidian ${manifest.minAppVersion} or later).`);
