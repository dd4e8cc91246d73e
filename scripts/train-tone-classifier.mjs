// Trains the tone sentence classifier from test/corpus/tone (train.txt, dev.txt, dev-2.txt; never
// held-out*) and writes its weights to packages/engine/rules/tone/classifier.json, which the engine
// imports (the build embeds it). Deterministic: the same corpus gives the same file.
//   node scripts/train-tone-classifier.mjs          train and write the weights
//   node scripts/train-tone-classifier.mjs --cv     also print 5-fold cross-validated recall per rule
import { build } from 'esbuild';
import { writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const bundled = await build({ entryPoints: [join(root, 'scripts/tone-classifier/train.ts')], bundle: true, platform: 'node', format: 'cjs', target: 'node20', write: false, logLevel: 'warning' });
const module = { exports: {} };
new Function('module', 'exports', 'require', '__dirname', bundled.outputFiles[0].text)(module, module.exports, createRequire(import.meta.url), root);
const { trainShippedModel, storeModel, crossValidate } = module.exports;

if (process.argv.includes('--cv')) {
  const margins = [0, 0.5, 1, 2];
  const { byRule, alarms, okLines } = crossValidate(root, 5, undefined, margins);
  console.log('5-fold cross-validation on the labelled lines: found by phrases and cues / by the classifier alone / by either');
  margins.forEach((extra, m) => {
    console.log(`threshold + ${extra}:`);
    for (const [rule, s] of Object.entries(byRule)) console.log(`  ${rule.padEnd(20)} ${s.phrases}/${s.total} phrases, ${s.classifier[m]}/${s.total} classifier, ${s.either[m]}/${s.total} either`);
    console.log(`  ok lines the classifier flags: ${alarms[m]}/${okLines}`);
  });
}
const model = trainShippedModel(root);
const text = storeModel(model);
writeFileSync(join(root, 'packages/engine/rules/tone/classifier.json'), text);
console.log(`classifier.json: ${model.features.length} features, ${(text.length / 1024).toFixed(0)} KB; thresholds ${Object.entries(model.rules).map(([id, r]) => `${id.slice(5)} ${r.threshold}`).join(', ')}`);
