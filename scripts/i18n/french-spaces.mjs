// Puts French typography's no-break spaces into the French part of catalogue modules (shared/i18n/messages/*.ts):
// before ":" ";" "?" "!" and inside « », a plain space becomes "\u00a0" (written as that escape), so a line never
// starts with the punctuation or a lone guillemet. A sign glued to what follows is not punctuation but part of an
// address or a parameter ("?token=", ":8080"), and keeps its plain space. Run after writing French messages:
// `node scripts/i18n/french-spaces.mjs [files…]`; the catalogue test fails on any plain space left there.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const dir = 'shared/i18n/messages';
const files = process.argv.length > 2 ? process.argv.slice(2) : readdirSync(dir).filter((f) => f.endsWith('.ts')).map((f) => join(dir, f));
for (const file of files) {
  const text = readFileSync(file, 'utf8');
  const at = text.search(/^\s*fr: \{/m);
  if (at < 0) continue;
  const french = text
    .slice(at)
    .replace(/ ([:;?!](?![\w<])|»)/g, '\\u00a0$1')
    .replace(/« /g, '«\\u00a0');
  if (french !== text.slice(at)) {
    writeFileSync(file, text.slice(0, at) + french);
    console.log(`${file}: no-break spaces put in`);
  }
}
