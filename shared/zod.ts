/**
 * The one way shared/ and the plugin write schemas: `zod/mini`, zod's
 * functional API, whose unused parts a bundler can drop (classic `zod` put
 * about 450 KB into the plugin's main.js; see issue 6). Write
 * `import * as z from '../zod.js'` (never from 'zod/mini' directly) so that
 * this setup runs before any schema is built; a namespace import read only
 * as `z.string()`, `z.infer<…>` and so on lets esbuild keep just what is used.
 *
 * `zod/mini` starts bare: its messages are a bare "Invalid input" and it
 * cannot follow a reference cycle. Classic zod configures both when first
 * used; we do the same here, so template errors keep their precise English
 * messages ("Too small: expected string to have >=1 characters") and a
 * template whose YAML aliases form a loop is reported instead of overflowing
 * the stack. `config` fills zod's process-wide settings, which is what
 * classic zod does too, so code that still uses classic zod agrees with it.
 */
import { en } from 'zod/locales';
import { config, globalConfig, memoizer } from 'zod/v4/core';

// The memoizer is read when a container schema (object, array…) is built, so it is set before any schema exists.
if (!globalConfig.localeError) config(en());
if (!globalConfig.memoizer) config({ memoizer: memoizer() });

export * from 'zod/mini';
