import { defineConfig } from 'vitest/config';

export default defineConfig({
  // Markdown templates are imported as text, as esbuild's `.md: 'text'` loader does in the bundle.
  plugins: [
    {
      name: 'markdown-as-text',
      transform(code, id) {
        if (id.endsWith('.md')) return { code: `export default ${JSON.stringify(code)};`, map: null };
      },
    },
  ],
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    pool: 'forks',
    // Protocol tests start the built server: build it first when the sources are newer.
    globalSetup: ['test/helpers/buildOnce.ts'],
  },
});
