// An esbuild plugin for the web bundles: a Node built-in module (`fs`, `node:path`, ...) imported anywhere
// below a web entry is a build error naming the importing module, and so is a Node global (`Buffer`,
// `__dirname`, `__filename`) used by the project's own code, because a web worker has neither and the
// bundle would break only when someone opens it in VS Code for the Web. (Libraries in node_modules may
// test for `Buffer` with `typeof` and fall back; their use is not reported.)
import { readFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { relative } from 'node:path';

const NODE_BUILTINS = new Set(builtinModules.flatMap((m) => [m, `node:${m}`]));
const NODE_GLOBALS = ['Buffer', '__dirname', '__filename'];
const sentinel = (name) => `__followup_node_global_${name}__`;

/** Our own modules' uses of a Node global in a bundle's text: `where` is the `// path` comment esbuild puts before each module. */
export function nodeGlobalUses(bundleText) {
  const uses = [];
  let module = '?';
  for (const line of bundleText.split('\n')) {
    const header = /^\s*\/\/ (\S+\.[cm]?[jt]sx?)$/.exec(line);
    if (header) module = header[1];
    for (const name of NODE_GLOBALS) if (line.includes(sentinel(name)) && !module.includes('node_modules/')) uses.push({ name, module });
  }
  return uses;
}

export const noNodeBuiltins = {
  name: 'no-node-builtins',
  setup(build) {
    const options = build.initialOptions;
    options.define = { ...options.define, ...Object.fromEntries(NODE_GLOBALS.map((n) => [n, sentinel(n)])) };
    build.onResolve({ filter: /.*/ }, (args) => {
      if (!NODE_BUILTINS.has(args.path) && !NODE_BUILTINS.has(args.path.split('/')[0])) return undefined;
      const importer = relative(process.cwd(), args.importer) || args.importer;
      return { errors: [{ text: `A web bundle must not import the Node built-in "${args.path}" (imported by ${importer}): move that code behind a host interface.` }] };
    });
    build.onEnd((result) => {
      if (result.errors.length) return;
      const texts = result.outputFiles
        ? result.outputFiles.filter((f) => !f.path.endsWith('.map')).map((f) => f.text)
        : options.outfile ? [readFileSync(options.outfile, 'utf8')] : [];
      const uses = texts.flatMap(nodeGlobalUses);
      const messages = [...new Set(uses.map(({ name, module }) => `A web bundle must not use the Node global "${name}" (used by ${module}): use Uint8Array, TextDecoder or a host interface instead.`))];
      if (messages.length) throw new Error(messages.join("\n"));
    });
  },
};
