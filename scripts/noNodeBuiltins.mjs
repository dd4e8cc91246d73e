// An esbuild plugin for the web bundles: importing a Node built-in (`fs`, `node:path`, ...) is a build
// error naming the importing module, because a web worker has no Node and the bundle would break only
// when someone opens it in VS Code for the Web.
import { builtinModules } from 'node:module';
import { relative } from 'node:path';

const NODE_BUILTINS = new Set(builtinModules.flatMap((m) => [m, `node:${m}`]));

export const noNodeBuiltins = {
  name: 'no-node-builtins',
  setup(build) {
    build.onResolve({ filter: /.*/ }, (args) => {
      if (!NODE_BUILTINS.has(args.path) && !NODE_BUILTINS.has(args.path.split('/')[0])) return undefined;
      const importer = relative(process.cwd(), args.importer) || args.importer;
      return { errors: [{ text: `A web bundle must not import the Node built-in "${args.path}" (imported by ${importer}): move that code behind a host interface.` }] };
    });
  },
};
