// The README the .vsix ships (shown on the extension's page): the repository's README with every relative
// link to a file the package does not hold turned into plain text (an image to a file not shipped is
// dropped), so nothing on the page is broken. What ships is the allow-list of scripts/vsix-contents.mjs.
// Usage: node scripts/vsix-readme.mjs OUT.md   (reads README.md)
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { pathToFileURL } from 'node:url';
import { shippedPaths } from './vsix-contents.mjs';

/** Inline links and images: `[text](target)` and `![alt](target)`, target without spaces or a title. */
const LINK = /(!?)\[([^\]\n]*)\]\(([^)\s]+)(?:\s+"[^"\n]*")?\)/g;

/** A link to a file of the package (not a web address, an e-mail or an anchor in the same page). */
export function isRelativeLink(target) {
  return !/^[a-z][a-z0-9+.-]*:/i.test(target) && !target.startsWith('#') && !target.startsWith('/');
}

/** The file a relative link points to, inside the package (`docs/rules.md#x` -> `docs/rules.md`). */
export function linkedFile(target) {
  return decodeURIComponent(target.replace(/[#?].*$/, '')).replace(/^\.\//, '');
}

/** Every relative link in a Markdown text, outside fenced code blocks. */
export function relativeLinks(markdown) {
  const links = [];
  for (const part of outsideCode(markdown)) {
    for (const m of part.matchAll(LINK)) if (isRelativeLink(m[3])) links.push({ image: m[1] === '!', text: m[2], target: m[3] });
  }
  return links;
}

/** The README as packaged: links to files that do not ship become their text; such images go. */
export function packagedReadme(markdown, shipped = shippedPaths()) {
  return splitCode(markdown)
    .map(({ code, text }) =>
      code
        ? text
        : text.replace(LINK, (whole, bang, label, target) => {
            if (!isRelativeLink(target) || shipped.has(linkedFile(target))) return whole;
            return bang ? '' : label;
          }),
    )
    .join('');
}

/** The text in pieces, fenced code blocks (``` ... ```) marked as code. */
function splitCode(markdown) {
  const pieces = [];
  const fence = /^```[^\n]*\n[\s\S]*?^```[^\n]*$/gm;
  let at = 0;
  for (const m of markdown.matchAll(fence)) {
    pieces.push({ code: false, text: markdown.slice(at, m.index) }, { code: true, text: m[0] });
    at = m.index + m[0].length;
  }
  pieces.push({ code: false, text: markdown.slice(at) });
  return pieces;
}

function outsideCode(markdown) {
  return splitCode(markdown)
    .filter((p) => !p.code)
    .map((p) => p.text);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const out = process.argv[2];
  if (!out) {
    console.error('usage: node scripts/vsix-readme.mjs OUT.md');
    process.exit(2);
  }
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, packagedReadme(readFileSync('README.md', 'utf8')));
}
