// An esbuild plugin: unist-util-visit-parents names every visitor function it makes after its node, for
// debugging stack traces (`Object.defineProperty(visit, 'name', ...)`, with terminal colours). That costs
// a property redefinition per node of every tree walked, about a tenth of the check worker's time while
// typing (node --cpu-prof: `factory`, `set natives`). The bundles leave it out; the walk itself is unchanged.
import { readFileSync } from 'node:fs';

const NAMING = /Object\.defineProperty\(visit, 'name', \{[^}]*\}\)/;

export const visitWithoutNames = {
  name: 'visit-without-names',
  setup(b) {
    b.onLoad({ filter: /[\\/]unist-util-visit-parents[\\/]lib[\\/]index\.js$/ }, (args) => {
      const source = readFileSync(args.path, 'utf8');
      // A later version written differently is bundled as it is (slower, still correct); the build says so.
      if (!NAMING.test(source)) return { contents: source, loader: 'js', warnings: [{ text: 'visit-without-names: the naming call was not found; bundled unchanged' }] };
      return { contents: source.replace(NAMING, 'void 0'), loader: 'js' };
    });
  },
};
