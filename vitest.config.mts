import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const nspellCompatible = fileURLToPath(new URL('./packages/engine/spelling/nspellCompatible.ts', import.meta.url));

export default defineConfig({
  // Markdown templates are imported as text, as esbuild's `.md: 'text'` loader does in the bundle.
  plugins: [
    {
      name: 'markdown-as-text',
      transform(code, id) {
        if (id.endsWith('.md')) return { code: `export default ${JSON.stringify(code)};`, map: null };
      },
    },
    // As in the bundle (scripts/build.mjs): retext-spell's checker is served by nspellCompatible.ts.
    {
      name: 'nspell-for-retext-spell',
      enforce: 'pre',
      resolveId(source, importer) {
        if (source === 'nspell' && importer && /[\\/]retext-spell[\\/]/.test(importer)) return nspellCompatible;
      },
    },
  ],
  test: {
    // retext-spell goes through Vite (not Node's loader) so that the plugin above applies to it.
    server: { deps: { inline: ['retext-spell'] } },
    include: ['test/**/*.test.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    pool: 'forks',
    // Protocol tests start the built server: build it first when the sources are newer.
    globalSetup: ['test/helpers/buildOnce.ts'],
    // The engine reads its language data from the host; in tests, from the Node host layer.
    setupFiles: ['test/helpers/languageData.ts'],
  },
});
