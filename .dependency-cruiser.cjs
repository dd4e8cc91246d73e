/**
 * The dependency guard (`npm run deps`, part of `npm test`): the layout in docs/architecture.md, checked.
 * - no import cycles anywhere (type-only imports count: they tangle the reading order just the same);
 * - the engine (packages/engine) imports nothing from its hosts: the Node host layer, the CLI, the
 *   language server, the templates and timeline host code, the docs generator, the VS Code client;
 * - the engine imports no Node built-in (`node:fs`, `fs`, `path`, ...): it must load in a browser worker;
 * - the shared server core (hosts/language-server), which the stdio server and the browser worker server both
 *   run, imports no Node built-in and nothing from the Node host layer (packages/node-host) or the browser
 *   host (hosts/language-server/browser-host): what differs comes in through its ServerHost (hosts/language-server/serverHost.ts).
 * The one Node script under the engine folder, the generator of spelling/data/wordFrequency.ts, runs at
 * development time only and is not part of the engine.
 */
const ENGINE = '^packages/engine/';
const ENGINE_DEV_SCRIPTS = '^packages/engine/.*\\.mjs$';
// The shared core: every module of the language server but its two entries and the browser host.
const SERVER_CORE = '^hosts/language-server/(?!node\\.ts$|browser\\.ts$|browser-host/)';

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      severity: 'error',
      comment: 'An import cycle: modules that cannot be read (or loaded) one after the other.',
      from: {},
      to: { circular: true },
    },
    {
      name: 'engine-imports-no-host',
      severity: 'error',
      comment: 'The engine is pure (text and settings in, findings out); hosts depend on it, never the reverse.',
      from: { path: ENGINE, pathNot: ENGINE_DEV_SCRIPTS },
      to: { path: ['^packages/node-host/', '^hosts/'] },
    },
    {
      name: 'engine-imports-no-node-builtin',
      severity: 'error',
      comment: 'The engine runs in a browser worker too: file and process access belong to packages/node-host.',
      from: { path: ENGINE, pathNot: ENGINE_DEV_SCRIPTS },
      to: { dependencyTypes: ['core'] },
    },
    {
      name: 'server-core-imports-no-node',
      severity: 'error',
      comment: 'The server core runs in a browser worker too: Node (built-ins, packages/node-host) comes in through its ServerHost.',
      from: { path: SERVER_CORE },
      to: { path: ['^packages/node-host/', '^hosts/(cli|vscode)/', '^hosts/language-server/(node|browser)\\.ts$', '^hosts/language-server/browser-host/'] },
    },
    {
      name: 'server-core-imports-no-node-builtin',
      severity: 'error',
      comment: 'The server core runs in a browser worker too: file and process access belong to its ServerHost.',
      from: { path: SERVER_CORE },
      to: { dependencyTypes: ['core'] },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: { exportsFields: ['exports'], conditionNames: ['import', 'require', 'node', 'default', 'types'] },
  },
};
