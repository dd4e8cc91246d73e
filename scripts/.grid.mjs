import { build } from 'esbuild';
import { createRequire } from 'node:module';
const root = '/work/wt12';
const out = await build({ entryPoints: [root + '/scripts/tone-classifier/train.ts'], bundle: true, platform: 'node', format: 'cjs', write: false, logLevel: 'warning' });
const module = { exports: {} };
new Function('module', 'exports', 'require', '__dirname', out.outputFiles[0].text)(module, module.exports, createRequire(import.meta.url), root);
const { crossValidate, DEFAULT_OPTIONS } = module.exports;
for (const opt of JSON.parse(process.argv[2])) {
  const o = { ...DEFAULT_OPTIONS, ...opt };
  const { byRule, alarms, okLines } = crossValidate(root, 5, o, [0, 1]);
  const line = (m) => Object.entries(byRule).map(([r, s]) => `${r.slice(0, 6)} ${s.either[m]}`).join(' ') + ` | total ${Object.values(byRule).reduce((a, s) => a + s.either[m], 0)} alarms ${alarms[m]}`;
  console.log(JSON.stringify(opt), '\n  +0:', line(0), '\n  +1:', line(1));
}
