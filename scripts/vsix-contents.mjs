// Lists the files in a .vsix (a zip) and checks them against what the extension ships: the bundled
// client and server, the dictionaries, templates, snippets, README (with its picture), LICENSE and docs, and nothing else
// (no sources, tests, node_modules or source maps). Usage: node scripts/vsix-contents.mjs FILE.vsix
import { readFileSync } from 'node:fs';
import { inflateRawSync } from 'node:zlib';
import { pathToFileURL } from 'node:url';

/** The zip's bytes, its entry count and where its central directory starts (from the end record). */
function centralDirectory(bytes) {
  const buf = Buffer.from(bytes);
  for (let i = buf.length - 22; i >= Math.max(0, buf.length - 22 - 65535); i--) {
    if (buf.readUInt32LE(i) === 0x06054b50) return { buf, count: buf.readUInt16LE(i + 10), at: buf.readUInt32LE(i + 16) };
  }
  throw new Error('not a zip file (no end of central directory)');
}

/** Entry names from the zip's central directory. */
export function listZip(bytes) {
  const { buf, count, at: first } = centralDirectory(bytes);
  let at = first;
  const names = [];
  for (let n = 0; n < count; n++) {
    if (buf.readUInt32LE(at) !== 0x02014b50) throw new Error('broken zip central directory');
    const nameLength = buf.readUInt16LE(at + 28);
    const extraLength = buf.readUInt16LE(at + 30);
    const commentLength = buf.readUInt16LE(at + 32);
    names.push(buf.toString('utf8', at + 46, at + 46 + nameLength));
    at += 46 + nameLength + extraLength + commentLength;
  }
  return names;
}

/** The bytes of one entry of a zip (stored or deflated), or undefined when it is not there. */
export function readZipEntry(bytes, wanted) {
  const { buf, count, at: first } = centralDirectory(bytes);
  let at = first;
  for (let n = count; n > 0; n--) {
    const method = buf.readUInt16LE(at + 10);
    const size = buf.readUInt32LE(at + 20);
    const nameLength = buf.readUInt16LE(at + 28);
    const extraLength = buf.readUInt16LE(at + 30);
    const commentLength = buf.readUInt16LE(at + 32);
    const local = buf.readUInt32LE(at + 42);
    if (buf.toString('utf8', at + 46, at + 46 + nameLength) === wanted) {
      const start = local + 30 + buf.readUInt16LE(local + 26) + buf.readUInt16LE(local + 28);
      const data = buf.subarray(start, start + size);
      return method === 0 ? Buffer.from(data) : inflateRawSync(data);
    }
    at += 46 + nameLength + extraLength + commentLength;
  }
  return undefined;
}

const KINDS = ['thank-you', 'check-in', 'point-of-interest', 'other-offer', 'linkedin-request', 'linkedin-heads-up'];

const REQUIRED = [
  'extension.vsixmanifest',
  '[Content_Types].xml',
  'extension/package.json',
  'extension/readme.md',
  'extension/LICENSE.txt',
  'extension/dist/extension.js',
  'extension/dist/server.js',
  'extension/dist/checkWorker.js',
  // VS Code for the Web (package.json `browser`): the extension and its language server for web workers.
  'extension/dist/browserExtension.js',
  'extension/dist/browserServer.js',
  ...['en-GB', 'en-US'].flatMap((d) =>
    ['index.aff', 'index.dic', 'index.words', 'license', 'extra.words', 'extra.LICENSE'].map((f) => `extension/dist/dictionaries/${d}/${f}`),
  ),
  // Names and terms, the part-of-speech lexicon and the common misspellings (with its licence).
  ...['terms.words', 'terms.LICENSE', 'lexicon.tags', 'lexicon.LICENSE', 'misspellings.tsv', 'misspellings.LICENSE'].map((f) => `extension/dist/dictionaries/${f}`),
  ...KINDS.map((k) => `extension/templates/${k}.md`),
  'extension/snippets/markdown.json',
  // The picture at the top of the README (the extension's page).
  'extension/docs/images/vscode-draft.png',
];

/** Shipped when present in the tree (written by other tasks). */
const OPTIONAL = ['extension/docs/rules.md', 'extension/docs/vscode.md', 'extension/changelog.md'];

/**
 * Paths inside the extension (`docs/rules.md`) that a package holds: what the packaged README may link to.
 * The readme itself and the manifest's own files are left out.
 */
export function shippedPaths() {
  return new Set([...REQUIRED, ...OPTIONAL].filter((name) => name.startsWith('extension/')).map((name) => name.slice('extension/'.length)));
}

/** Problems with a package's file list: missing files and files that should not be there. */
export function checkVsixEntries(names) {
  const problems = [];
  for (const name of REQUIRED) if (!names.includes(name)) problems.push(`missing: ${name}`);
  for (const name of names) if (!REQUIRED.includes(name) && !OPTIONAL.includes(name)) problems.push(`not allowed: ${name}`);
  return problems;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const file = process.argv[2];
  if (!file) {
    console.error('usage: node scripts/vsix-contents.mjs FILE.vsix');
    process.exit(2);
  }
  const names = listZip(readFileSync(file));
  const problems = checkVsixEntries(names);
  if (problems.length) {
    console.error(`${file} has the wrong contents; fix .vscodeignore:\n  ${problems.join('\n  ')}`);
    process.exit(1);
  }
  console.log(`${file}: ${names.length} files, contents as expected.`);
}
